import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { startHttpTestApp, HttpTestApp } from './support/http-test-app';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const codeOf = (res: { json?: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.json?.errors?.[0]?.extensions?.code;

const DASHBOARD = 'https://dashboard.example.org';

function preflight(app: HttpTestApp, origin: string) {
  return app.request('/graphql', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
}

describe('CORS with an allow-list', () => {
  let app: HttpTestApp;
  beforeAll(async () => {
    app = await startHttpTestApp({ seed: false, corsOrigins: [DASHBOARD], production: true });
  });
  afterAll(() => app.close());

  test('a preflight from an allowed origin gets 204 with methods, headers and max-age', async () => {
    const res = await preflight(app, DASHBOARD);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'content-type,authorization,apollo-require-preflight,x-apollo-operation-name,' +
        'x-atlas-consistency-token',
    );
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  test('a preflight from another origin gets no CORS headers', async () => {
    const res = await preflight(app, 'https://evil.example.net');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  test('localhost is not allowed in production unless listed', async () => {
    const res = await preflight(app, 'http://localhost:5173');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('the actual request from an allowed origin carries the origin; others do not', async () => {
    const allowed = await app.gql('{ __typename }', undefined, { origin: DASHBOARD });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const other = await app.gql('{ __typename }', undefined, {
      origin: 'https://evil.example.net',
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('CSRF prevention still refuses a simple GET without a preflight header', async () => {
    const res = await app.request(`/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: DASHBOARD },
    });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
  });
});

describe('CORS defaults', () => {
  let app: HttpTestApp;
  beforeAll(async () => {
    app = await startHttpTestApp({ seed: false });
  });
  afterAll(() => app.close());

  test('outside production any localhost port is allowed, other origins are not', async () => {
    expect(
      (await preflight(app, 'http://localhost:5173')).headers.get('access-control-allow-origin'),
    ).toBe('http://localhost:5173');
    expect((await preflight(app, DASHBOARD)).headers.get('access-control-allow-origin')).toBeNull();
  });

  test('the service’s own origin is allowed', async () => {
    const own = new URL(app.base).origin;
    const res = await preflight(app, own);
    expect(res.headers.get('access-control-allow-origin')).toBe(own);
  });
});

describe('CORS_ORIGINS=*', () => {
  let app: HttpTestApp;
  beforeAll(async () => {
    app = await startHttpTestApp({ seed: false, corsOrigins: '*' });
  });
  afterAll(() => app.close());

  test('any origin is allowed, without credentials', async () => {
    const res = await preflight(app, 'https://anyone.example.com');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('automatic persisted queries', () => {
  let app: HttpTestApp;
  beforeAll(async () => {
    app = await startHttpTestApp({ limits: { maxDepth: 4 } });
  });
  afterAll(() => app.close());

  const query = `query Sectors { sectors(first: 3) { nodes { code } } }`;
  const persisted = (hash: string) => ({
    persistedQuery: { version: 1, sha256Hash: hash },
  });

  test('a hash alone is PERSISTED_QUERY_NOT_FOUND, then works once registered', async () => {
    const hash = sha256(query);
    const unknown = await app.post({ extensions: persisted(hash) });
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await app.post({ query, extensions: persisted(hash) });
    expect(registered.status).toBe(200);
    expect(registered.json?.errors).toBeUndefined();
    const byHash = await app.post({ extensions: persisted(hash) });
    expect(byHash.status).toBe(200);
    expect(byHash.json?.data).toEqual(registered.json?.data);
  });

  test('GET with a persisted hash answers a query, so a CDN can cache it', async () => {
    const hash = sha256(query);
    await app.post({ query, extensions: persisted(hash) });
    const extensions = encodeURIComponent(JSON.stringify(persisted(hash)));
    const res = await app.request(`/graphql?operationName=Sectors&extensions=${extensions}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect((res.json?.data as { sectors: { nodes: unknown[] } }).sectors.nodes).toHaveLength(3);
  });

  test('a hash that does not match its query is refused and not stored', async () => {
    const wrong = sha256('{ __typename }');
    const res = await app.post({ query, extensions: persisted(wrong) });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_REQUEST');
    const after = await app.post({ extensions: persisted(wrong) });
    expect(codeOf(after)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  test('the limits apply when a query is registered, and a refused one is not stored', async () => {
    const deep = `{ meetings { nodes { participants { person { positions { organization { name } } } } } } }`;
    const hash = sha256(deep);
    const res = await app.post({ query: deep, extensions: persisted(hash) });
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.message).toMatch(/depth/i);
    expect(codeOf(await app.post({ extensions: persisted(hash) }))).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });

  test('a mutation over GET stays refused, persisted or not', async () => {
    const mutation = `mutation { deleteMeeting(id: "TWVldGluZzox", version: 1) { deletedId } }`;
    const hash = sha256(mutation);
    const extensions = encodeURIComponent(JSON.stringify(persisted(hash)));
    const res = await app.request(
      `/graphql?query=${encodeURIComponent(mutation)}&extensions=${extensions}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(res.status).toBe(405);
  });
});

describe('persisted requests count against the rate limit', () => {
  let app: HttpTestApp;
  beforeAll(async () => {
    app = await startHttpTestApp({
      seed: false,
      rateLimit: { enabled: true, capacity: 60, refillPerSecond: 1 },
      limits: { maxCost: 60 },
    });
  });
  afterAll(() => app.close());

  test('a hash-only request spends the budget like the full text', async () => {
    const query = `{ sectors(first: 20) { nodes { code } } }`;
    const hash = sha256(query);
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const statuses: number[] = [];
    statuses.push((await app.post({ query, extensions })).status);
    for (let i = 0; i < 5; i += 1) statuses.push((await app.post({ extensions })).status);
    expect(statuses[0]).toBe(200);
    expect(statuses).toContain(429);
  });
});
