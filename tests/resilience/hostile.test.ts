import 'reflect-metadata';
import { startHttpTestApp, HttpTestApp, HttpResponse } from '../http/support/http-test-app';

/**
 * Hostile requests: each is rejected cleanly (a 4xx JSON error, no stack trace, quickly), and
 * the normal request sent right after it succeeds.
 */
let app: HttpTestApp;
beforeAll(async () => {
  app = await startHttpTestApp({ rateLimit: { enabled: false }, statementTimeoutMs: 5000 });
});
afterAll(() => app.close());

const NORMAL = `query Normal { country(code: "KR") { name meetings(first: 3) { nodes { title } } } }`;

async function expectCleanRejection(
  send: () => Promise<HttpResponse>,
  status: number[],
  code?: string,
) {
  const started = Date.now();
  const res = await send();
  // A generous bound on a loaded machine: what matters is that the rejection does not hang.
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(status).toContain(res.status);
  expect(res.headers.get('content-type')).toMatch(/json/);
  expect(res.json?.errors?.length).toBeGreaterThan(0);
  if (code) expect(res.json?.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.text).not.toMatch(/node_modules|\.[jt]s:\d+|stacktrace/);
  const next = await app.gql(NORMAL);
  expect(next.status).toBe(200);
  expect(next.json?.errors).toBeUndefined();
  expect((next.json?.data?.country as { name: string }).name).toMatch(/Korea/);
  return res;
}

test('deep nesting', async () => {
  let selection = 'title';
  for (let i = 0; i < 200; i += 1) selection = `visit { ${selection} }`;
  await expectCleanRejection(
    () => app.gql(`{ meetings(first: 1) { nodes { ${selection} } } }`),
    [400],
    'DEPTH_LIMIT_EXCEEDED',
  );
});

test('deep nesting through fragments', async () => {
  const fragments = Array.from(
    { length: 20 },
    (_, i) => `fragment F${i} on Meeting { visit { ${i < 19 ? `...F${i + 1}` : 'title'} } }`,
  );
  await expectCleanRejection(
    () => app.gql(`{ meetings(first: 1) { nodes { ...F0 } } } ${fragments.join(' ')}`),
    [400],
    'DEPTH_LIMIT_EXCEEDED',
  );
});

test('an alias flood', async () => {
  const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
  await expectCleanRejection(() => app.gql(`{ ${aliases} }`), [400], 'ALIAS_LIMIT_EXCEEDED');
});

test('an alias flood of expensive fields under the token limit', async () => {
  const aliases = Array.from(
    { length: 30 },
    (_, i) => `a${i}: countries(first: 100) { nodes { meetings(first: 100) { nodes { title } } } }`,
  ).join(' ');
  await expectCleanRejection(() => app.gql(`{ ${aliases} }`), [400], 'COST_LIMIT_EXCEEDED');
});

test('huge lists: a page of a million', async () => {
  await expectCleanRejection(
    () => app.gql(`{ meetings(first: 1000000) { nodes { title } } }`),
    [400],
    'BAD_USER_INPUT',
  );
});

test('huge lists: node(ids:) with thousands of ids', async () => {
  const ids = Array.from({ length: 5_000 }, (_, i) => `id${i}`);
  await expectCleanRejection(
    () => app.gql(`query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }),
    [400],
    'BAD_USER_INPUT',
  );
});

test('huge lists: an enormous filter list', async () => {
  const codes = Array.from({ length: 30_000 }, () => 'KR');
  await expectCleanRejection(
    () =>
      app.gql(
        `query Q($c: [String!]) { meetings(filter: { countryCodes: $c }) { nodes { title } } }`,
        {
          c: codes,
        },
      ),
    [413],
    'PAYLOAD_TOO_LARGE',
  );
});

test('fragment cycles', async () => {
  await expectCleanRejection(
    () =>
      app.gql(`{ meetings(first: 1) { nodes { ...A } } }
        fragment A on Meeting { title visit { ...B } }
        fragment B on Meeting { title visit { ...A } }`),
    [400],
    'GRAPHQL_VALIDATION_FAILED',
  );
});

test('a fragment spreading itself', async () => {
  await expectCleanRejection(
    () => app.gql(`{ meetings(first: 1) { nodes { ...A } } } fragment A on Meeting { ...A }`),
    [400],
    'GRAPHQL_VALIDATION_FAILED',
  );
});

test('a 1 MB body', async () => {
  const query = `{ __typename ${' '.repeat(1024 * 1024)} }`;
  await expectCleanRejection(() => app.post({ query }), [413], 'PAYLOAD_TOO_LARGE');
});

test('random bytes, as JSON and as no content type at all', async () => {
  let seed = 42;
  const bytes = Buffer.alloc(64 * 1024);
  for (let i = 0; i < bytes.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed & 0xff;
  }
  await expectCleanRejection(
    () =>
      app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bytes,
      }),
    [400],
    'BAD_REQUEST',
  );
  await expectCleanRejection(
    () =>
      app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: bytes,
      }),
    [415],
    'UNSUPPORTED_MEDIA_TYPE',
  );
});

test('wrong variable types', async () => {
  const query = `query Q($n: Int, $c: String!) { country(code: $c) { meetings(first: $n) { nodes { title } } } }`;
  for (const variables of [
    { n: 'ten', c: 'KR' },
    { n: 1.5, c: 'KR' },
    { n: 2 ** 40, c: 'KR' },
    { n: 1, c: { $ne: null } },
    { n: 1, c: null },
    { n: [1, 2], c: ['KR'] },
  ]) {
    await expectCleanRejection(() => app.gql(query, variables), [400], 'BAD_USER_INPUT');
  }
});

test('variables that are not an object', async () => {
  await expectCleanRejection(
    () => app.post({ query: NORMAL, variables: '{"n": 1}' }),
    [400],
    'BAD_REQUEST',
  );
});
