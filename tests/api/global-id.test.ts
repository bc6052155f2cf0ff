import 'reflect-metadata';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app.close());

const id = (raw: string) => Buffer.from(raw, 'utf8').toString('base64url');

test.each([
  ['a number beyond the integer columns', id('Meeting:99999999999999')],
  ['just past the largest integer', id('Meeting:2147483648')],
  ['zero', id('Meeting:0')],
  ['no type', id(':5')],
])('node(id:) with %s is BAD_USER_INPUT, never a 500', async (_name, globalId) => {
  const res = await app.gql(`query N($id: ID!) { node(id: $id) { id } }`, { id: globalId });
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('the largest integer id is well-formed and simply names nothing', async () => {
  const res = await app.gql(`query N($id: ID!) { node(id: $id) { id } }`, {
    id: id('Meeting:2147483647'),
  });
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ node: null });
});
