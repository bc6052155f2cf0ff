import { startTestApp, TestApp } from '../support/test-app';
import { cli } from '../support/built-cli';

/** Server only (the resilience suite runs with DATABASE_URL): the CLI beside a running server. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  expect(app.database.embedded).toBe(false);
}, 120_000);
afterAll(() => app?.close());

test('a key created by the CLI works on the running server at once', async () => {
  const created = cli('apikey.js', ['create', '--role', 'admin', '--name', 'CLI admin'], {
    DATABASE_URL: app.database.url,
  });
  expect(created.status).toBe(0);
  const secret = created.stdout.trim().split('\n').pop()!;
  const res = await app.gql<{ apiKeys: { name: string }[] }>(
    '{ apiKeys { name } }',
    {},
    { authorization: `Bearer ${secret}` },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.apiKeys.map((key) => key.name)).toContain('CLI admin');
});
