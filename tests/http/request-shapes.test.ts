import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { auditServer } from 'graphql-http';
import { MALFORMED_REQUESTS } from '../support/malformed-requests';
import { HttpResponse, HttpTestApp, startHttpTestApp } from './support/http-test-app';

/**
 * Every malformed request shape the GraphQL-over-HTTP spec names is a 4xx with GraphQL `errors`,
 * never a 5xx or a masked INTERNAL_SERVER_ERROR, on every custom execution path: selection-built
 * SQL (meetings, meeting, node), graphql-jit (compiled at first use), the analytics and response
 * caches, and persisted queries (APQ). Each shape runs twice per document, after a good request
 * of it, so the second meets warm plans and caches. The server logs no error for any of them.
 */
let app: HttpTestApp;
let meetingId: string;

beforeAll(async () => {
  app = await startHttpTestApp({
    rateLimit: { enabled: false },
    jit: { enabled: true, compileAfter: 1 },
    selectionSql: true,
  });
  const res = await app.gql('{ meetings(first: 1) { nodes { id } } }');
  meetingId = (res.json!.data!.meetings as { nodes: { id: string }[] }).nodes[0].id;
});
afterAll(() => app?.close());

// Apollo's CSRF prevention wants a header a browser form cannot send on a GET.
const GET_HEADERS = { 'apollo-require-preflight': '1' };

const get = (params: Record<string, string>) =>
  app.request(`/graphql?${new URLSearchParams(params)}`, { headers: GET_HEADERS });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A 4xx (the status given, when given) carrying GraphQL errors, none of them masked. */
function expectClientError(res: HttpResponse, status?: number) {
  const summary = `${res.status} ${res.text.slice(0, 300)}`;
  if (status !== undefined) expect(summary).toMatch(new RegExp(`^${status} `));
  expect(summary).toMatch(/^4\d\d /);
  expect(res.headers.get('content-type')).toMatch(/json/);
  expect(res.json?.errors?.length).toBeGreaterThan(0);
  for (const error of res.json!.errors!) {
    expect(typeof error.message).toBe('string');
    expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  }
}

interface Document {
  path: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** Variables of the right shape and wrong type for the document's arguments. */
  badVariables: Record<string, unknown>;
  /** Variables that would carry a NUL character into PostgreSQL. */
  nulVariables: () => Record<string, unknown>;
}

/** One operation named Q per custom path; a good request of each must answer 200 first. */
const DOCUMENTS: Document[] = [
  {
    path: 'resolvers and DataLoaders (graphql-jit)',
    query: 'query Q($code: String!) { sector(code: $code) { code parent { code } } }',
    variables: () => ({ code: 'alternative-energy' }),
    badVariables: { code: 5 },
    nulVariables: () => ({ code: 'energy\u0000' }),
  },
  {
    path: 'selection-built SQL: meetings page',
    query: `query Q($n: Int!, $c: [String!]) {
      meetings(first: $n, filter: { countryCodes: $c }) { totalCount nodes { id title date } }
    }`,
    variables: () => ({ n: 2, c: ['AZ'] }),
    badVariables: { n: { deep: [1] } },
    nulVariables: () => ({ n: 2, c: ['A\u0000Z'] }),
  },
  {
    path: 'selection-built SQL: meeting(id)',
    query: 'query Q($id: ID!) { meeting(id: $id) { id title city } }',
    variables: () => ({ id: meetingId }),
    badVariables: { id: ['not', 'an', 'id'] },
    nulVariables: () => ({ id: `${meetingId}\u0000` }),
  },
  {
    path: 'selection-built SQL: node(id)',
    query: 'query Q($id: ID!) { node(id: $id) { id ... on Meeting { title } } }',
    variables: () => ({ id: meetingId }),
    badVariables: { id: { id: 1 } },
    nulVariables: () => ({ id: `\u0000${meetingId}` }),
  },
  {
    path: 'cached analytics and the response cache',
    query:
      'query Q($c: String!) { topSectors(country: $c) { mentions sector { code parent { code } } } }',
    variables: () => ({ c: 'KR' }),
    badVariables: { c: 42 },
    nulVariables: () => ({ c: 'K\u0000R' }),
  },
];

/** Malformed shapes of a request for one document: [name, send, expected status]. */
function shapesOf(doc: Document): [string, () => Promise<HttpResponse>, number][] {
  const { query } = doc;
  const variables = doc.variables();
  const hash = sha256(query);
  const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };
  const post = (body: Record<string, unknown>) => app.post(body);
  return [
    ['POST, unknown operationName', () => post({ query, variables, operationName: 'B' }), 400],
    [
      'POST, two operations and no operationName',
      () => post({ query: `${query} query Other { __typename }`, variables }),
      400,
    ],
    [
      'POST, operationName given for an anonymous operation',
      () => post({ query: query.replace(/^query Q/, 'query'), variables, operationName: 'Q' }),
      400,
    ],
    ['POST, operationName a number', () => post({ query, variables, operationName: 1 }), 400],
    ['POST, operationName an object', () => post({ query, variables, operationName: {} }), 400],
    ['POST, variables a string', () => post({ query, variables: JSON.stringify(variables) }), 400],
    ['POST, variables an array', () => post({ query, variables: [variables] }), 400],
    ['POST, variables a number', () => post({ query, variables: 7 }), 400],
    ['POST, a required variable missing', () => post({ query, variables: {} }), 400],
    ['POST, a variable of the wrong type', () => post({ query, variables: doc.badVariables }), 400],
    ['POST, extensions a string', () => post({ query, variables, extensions: 'x' }), 400],
    ['POST, extensions an array', () => post({ query, variables, extensions: [] }), 400],
    ['POST, query not a string', () => post({ query: [query], variables }), 400],
    [
      'POST, a NUL character in a variable',
      () => post({ query, variables: doc.nulVariables() }),
      400,
    ],
    [
      'GET, unknown operationName',
      () => get({ query, variables: JSON.stringify(variables), operationName: 'B' }),
      400,
    ],
    ['GET, variables not JSON', () => get({ query, variables: '{"n":' }), 400],
    ['GET, variables a JSON array', () => get({ query, variables: '[]' }), 400],
    ['GET, extensions not JSON', () => get({ query, extensions: '{' }), 400],
    [
      'GET, operationName twice',
      () => app.request(`/graphql?${getTwice(query)}`, { headers: GET_HEADERS }),
      400,
    ],
    [
      'APQ: hash only, unknown operationName',
      () => post({ extensions: persisted, variables, operationName: 'B' }),
      400,
    ],
    [
      'APQ: hash only, a variable of the wrong type',
      () => post({ extensions: persisted, variables: doc.badVariables }),
      400,
    ],
    [
      'APQ over GET: hash only, unknown operationName',
      () =>
        get({
          extensions: JSON.stringify(persisted),
          variables: JSON.stringify(variables),
          operationName: 'B',
        }),
      400,
    ],
    [
      'APQ: a hash that is not the query’s',
      () =>
        post({
          query,
          variables,
          extensions: { persistedQuery: { version: 1, sha256Hash: sha256('x') } },
        }),
      400,
    ],
    [
      'APQ: version 2',
      () =>
        post({
          query,
          variables,
          extensions: { persistedQuery: { version: 2, sha256Hash: hash } },
        }),
      400,
    ],
    [
      'APQ: hash a number',
      () => post({ extensions: { persistedQuery: { version: 1, sha256Hash: 5 } }, variables }),
      400,
    ],
  ];
}

function getTwice(query: string): string {
  const params = new URLSearchParams({ query, operationName: 'Q' });
  params.append('operationName', 'Q');
  return params.toString();
}

describe.each(DOCUMENTS)('$path', (doc) => {
  test('malformed request shapes are 4xx with GraphQL errors, twice each', async () => {
    const good = await app.post({
      query: doc.query,
      variables: doc.variables(),
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(doc.query) } },
    });
    expect(`${good.status} ${good.text.slice(0, 200)}`).toMatch(/^200 \{"data":/);
    expect(good.json?.errors).toBeUndefined();
    for (const round of [1, 2]) {
      for (const [name, send, status] of shapesOf(doc)) {
        const res = await send();
        try {
          expectClientError(res, status);
        } catch (error) {
          throw new Error(`${name} (round ${round}): ${(error as Error).message}`);
        }
      }
    }
  });
});

test.each(MALFORMED_REQUESTS.map((request) => [request.name, request] as const))(
  '%s: a 4xx with GraphQL errors',
  async (_name, request) => {
    expectClientError(await app.request(request.path, request.init), request.status);
  },
);

test('an unknown persisted-query hash answers PERSISTED_QUERY_NOT_FOUND, as APQ clients expect', async () => {
  // Apollo Client's persisted-queries link then sends the text; on a 4xx it would stop hashing.
  const res = await app.post({
    extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ unknown }') } },
  });
  expect(res.status).toBe(200);
  expect(res.json?.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
});

/**
 * graphql-http's server audit suite (the spec's own list of shapes). The warnings that remain
 * are listed here and in docs/operations.md with the reason each stays.
 */
const EXPECTED_WARNINGS: Record<string, string> = {
  // The spec prefers 200 for request errors when the client accepts only application/json (the
  // legacy media type). Apollo Server, and issue 5, answer 400: a request that cannot run is a
  // client error, and HTTP-level tooling (metrics, load balancers, logs) should see it as one.
  // Clients that send Accept: application/graphql-response+json get the spec's 4xx anyway.
  '572B': 'parse failure answers 400, not 200, for Accept: application/json',
  FDE2: 'validation failure answers 400, not 200, for Accept: application/json',
  '7B9B': 'variable coercion failure answers 400, not 200, for Accept: application/json',
};

test('the graphql-http server audit passes with zero errors', async () => {
  const results = await auditServer({ url: app.url });
  const describe = async (result: (typeof results)[number]) =>
    `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}${
      'response' in result && result.response
        ? ` [${result.response.status} ${await result.response
            .clone()
            .text()
            .catch(() => '')}]`
        : ''
    }`;
  const errors = results.filter((result) => result.status === 'error');
  const warnings = results.filter((result) => result.status === 'warn');
  expect(results.length).toBeGreaterThan(50);
  expect(await Promise.all(errors.map(describe))).toEqual([]);
  expect(warnings.map((w) => w.id).sort()).toEqual(Object.keys(EXPECTED_WARNINGS).sort());
});

test('none of these requests logged an error', () => {
  // Runs last: the log holds every request above.
  const errors = app.logs.filter((line) => line.level === 'error' || line.level === 'fatal');
  expect(errors).toEqual([]);
  expect(app.logs.filter((line) => line.msg === 'request').length).toBeGreaterThan(300);
});
