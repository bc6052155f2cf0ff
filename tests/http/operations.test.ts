import 'reflect-metadata';
import { startHttpTestApp, HttpTestApp } from './support/http-test-app';

let app: HttpTestApp;
beforeAll(async () => {
  app = await startHttpTestApp({ seed: false });
});
afterAll(() => app.close());

const codeOf = (res: { json?: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.json?.errors?.[0]?.extensions?.code;

/** The one log line the app wrote for the request with this ID. */
function logLineFor(requestId: string) {
  const lines = app.logs.filter((line) => line.requestId === requestId && line.msg === 'request');
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe('malformed requests get a clean 4xx JSON error and one log line', () => {
  test('bad JSON is 400 BAD_REQUEST', async () => {
    const res = await app.post('{"query": "{ __typename }"', { 'x-request-id': 'bad-json-1' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(codeOf(res)).toBe('BAD_REQUEST');
    expect(res.text).not.toMatch(/at .*\.js|node_modules|SyntaxError/);
    expect(logLineFor('bad-json-1')).toMatchObject({ status: 400, outcome: 'rejected' });
  });

  test('a body of more than 100 KB is 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await app.post({
      query: `{ __typename }`,
      variables: { x: 'x'.repeat(101 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(codeOf(res)).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a wrong content type is 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': type },
        body: 'query={__typename}',
      });
      expect(res.status).toBe(415);
      expect(codeOf(res)).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  test('a mutation sent by GET is 405, even with the preflight header', async () => {
    const query = encodeURIComponent('mutation { __typename }');
    const res = await app.request(`/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'get-mutation-1' },
    });
    expect(res.status).toBe(405);
    expect(res.json?.errors?.[0]?.message).toMatch(/GET requests only support query/);
    expect(logLineFor('get-mutation-1')).toMatchObject({ status: 405, outcome: 'rejected' });
  });

  test('CSRF prevention stays on: a simple GET without a preflight header is refused', async () => {
    const res = await app.request(`/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/Cross-Site Request Forgery/);
    const allowed = await app.request(`/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.json?.data).toEqual({ __typename: 'Query' });
  });

  test('a POST without a body is 400', async () => {
    const res = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.json?.errors).toHaveLength(1);
  });

  test('random bytes are 400 and the next request succeeds', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const res = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(res.json?.errors).toHaveLength(1);
    expect((await app.gql('{ __typename }')).status).toBe(200);
  });

  test('an unknown path is a JSON 404', async () => {
    const res = await app.request('/nope');
    expect(res.status).toBe(404);
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('logs', () => {
  test('one JSON line per request with request ID, operation, duration, cost and outcome', async () => {
    const res = await app.gql(
      'query CountryName { country(code: "KR") { name } }',
      {},
      { 'x-request-id': 'log-test-1' },
    );
    expect(res.headers.get('x-request-id')).toBe('log-test-1');
    const line = logLineFor('log-test-1');
    expect(line).toMatchObject({
      level: 'info',
      operation: 'CountryName',
      operationType: 'query',
      outcome: 'ok',
      status: 200,
      cost: 1,
    });
    expect(typeof line.durationMs).toBe('number');
    expect(typeof line.time).toBe('string');
  });

  test('a request without an ID gets one, in the response and the log', async () => {
    const res = await app.gql('{ __typename }', {}, { 'x-request-id': 'bad id with spaces' });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logLineFor(id)).toMatchObject({ outcome: 'ok' });
  });
});

describe('health', () => {
  test('/healthz says the process is up', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'ok' });
  });

  test('/readyz is 200 when the database answers and migrations are current', async () => {
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'ready', database: 'ok', migrations: 'current' });
  });

  test('/readyz is 503 while a migration is pending', async () => {
    const [last] = await app.dataSource.query(
      'SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1',
    );
    await app.dataSource.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const res = await app.request('/readyz');
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ status: 'unavailable', migrations: 'pending' });
    } finally {
      await app.dataSource.query(
        'INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)',
        [last.id, last.timestamp, last.name],
      );
    }
    expect((await app.request('/readyz')).status).toBe(200);
  });

  test('/readyz is 503 once shutdown has begun', async () => {
    app.app.lifecycle.shuttingDown = true;
    try {
      expect((await app.request('/readyz')).status).toBe(503);
    } finally {
      app.app.lifecycle.shuttingDown = false;
    }
  });
});

describe('metrics', () => {
  test('/metrics has requests and latency by operation and outcome, errors by code, pool and process', async () => {
    await app.gql('query MetricsProbe { __typename }');
    await app.gql('{ countries(first: 101) { nodes { name } } }');
    const res = await app.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(res.text).toMatch(
      /atlas_graphql_requests_total\{operation="MetricsProbe",outcome="ok"\} 1/,
    );
    expect(res.text).toMatch(
      /atlas_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="MetricsProbe",outcome="ok"\}/,
    );
    expect(res.text).toMatch(/atlas_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(res.text).toMatch(/atlas_db_pool_connections\{state="total"\} \d+/);
    expect(res.text).toMatch(/atlas_db_pool_connections\{state="waiting"\} \d+/);
    expect(res.text).toMatch(/process_cpu_user_seconds_total/);
    expect(res.text).toMatch(/nodejs_eventloop_lag_seconds/);
  });
});
