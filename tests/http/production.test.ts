import 'reflect-metadata';
import { startHttpTestApp, HttpTestApp } from './support/http-test-app';

describe('NODE_ENV=production', () => {
  let app: HttpTestApp;
  beforeAll(async () => {
    app = await startHttpTestApp({ seed: false, production: true });
  });
  afterAll(() => app.close());

  test('an internal error is masked for the client and logged with the request ID', async () => {
    await app.dataSource.query('ALTER TABLE sector RENAME TO sector_hidden');
    let res;
    try {
      res = await app.gql(
        '{ sectors(first: 5) { nodes { code } } }',
        {},
        { 'x-request-id': 'mask-1' },
      );
    } finally {
      await app.dataSource.query('ALTER TABLE sector_hidden RENAME TO sector');
    }
    const error = res.json!.errors![0];
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'mask-1' });
    expect(res.text).not.toMatch(/sector_|SELECT|relation "|does not exist|stacktrace|\.[jt]s:\d/i);
    const logged = app.logs.find(
      (line) => line.requestId === 'mask-1' && line.msg === 'unexpected error',
    );
    expect(JSON.stringify(logged)).toMatch(/sector/);
    expect(
      app.logs.find((line) => line.requestId === 'mask-1' && line.msg === 'request'),
    ).toMatchObject({ outcome: 'error', errorCodes: ['INTERNAL_SERVER_ERROR'] });
    const metrics = await app.request('/metrics');
    expect(metrics.text).toMatch(/atlas_graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} 1/);
  });

  test('field suggestions are hidden', async () => {
    const res = await app.gql('{ countrie(code: "KR") { name } }');
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Did you mean/);
  });

  test('introspection is off', async () => {
    const res = await app.gql('{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/introspection/i);
  });

  test('Sandbox is off', async () => {
    const res = await app.request('/graphql', { headers: { accept: 'text/html' } });
    // A GraphQL answer (no query given), not a landing page, and not a failure.
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(res.text).not.toMatch(/<html|sandbox/i);
  });
});

describe('NODE_ENV=production with ALLOW_INTROSPECTION=true', () => {
  let app: HttpTestApp;
  beforeAll(async () => {
    app = await startHttpTestApp({ seed: false, production: true, allowIntrospection: true });
  });
  afterAll(() => app.close());

  test('introspection and Sandbox are on', async () => {
    const res = await app.gql('{ __schema { queryType { name } } }');
    expect(res.status).toBe(200);
    expect(res.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await app.request('/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
  });
});

describe('development', () => {
  let app: HttpTestApp;
  beforeAll(async () => {
    app = await startHttpTestApp({ seed: false, production: false });
  });
  afterAll(() => app.close());

  test('field suggestions, introspection and Sandbox are on', async () => {
    const res = await app.gql('{ countrie(code: "KR") { name } }');
    expect(res.text).toMatch(/Did you mean/);
    expect((await app.gql('{ __schema { queryType { name } } }')).status).toBe(200);
  });
});
