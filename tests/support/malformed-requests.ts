/**
 * Malformed and hostile requests to /graphql, each with the 4xx it must get: the request-shape
 * corpus (tests/http/request-shapes.test.ts) sends each once, the soak (tests/soak) over and over
 * next to real traffic. Shapes that need a document of the caller's are in the corpus itself.
 */
export interface MalformedRequest {
  name: string;
  /** Path and query string, e.g. /graphql?query=… */
  path: string;
  init: RequestInit;
  status: number;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
// Apollo's CSRF prevention wants a header a browser form cannot send on a GET.
const GET_HEADERS = { 'apollo-require-preflight': '1' };
const MEETING_ID = Buffer.from('Meeting:1').toString('base64');

function post(body: unknown, headers: Record<string, string> = JSON_HEADERS) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { path: '/graphql', init: { method: 'POST', headers, body: text } };
}

function get(
  params: Record<string, string> | string,
  headers: Record<string, string> = GET_HEADERS,
) {
  const search = typeof params === 'string' ? params : new URLSearchParams(params).toString();
  return { path: `/graphql?${search}`, init: { headers } };
}

const shape = (name: string, request: Omit<MalformedRequest, 'name' | 'status'>, status: number) =>
  ({ name, ...request, status }) satisfies MalformedRequest;

const deep = `{ meetings(first: 1) { nodes { ${'visit { '.repeat(15)}title${' }'.repeat(15)} } } }`;

export const MALFORMED_REQUESTS: MalformedRequest[] = [
  shape('GET without a query', get({}), 400),
  shape('GET, a mutation', get({ query: 'mutation { __typename }' }), 405),
  shape('GET, query given twice', get('query=%7Ba%7D&query=%7Bb%7D'), 400),
  shape('GET without a CSRF-safe header', get({ query: '{ __typename }' }, {}), 400),
  shape(
    'GET, unknown operationName on a selection-built page',
    get({ query: 'query A { meetings(first: 1) { nodes { title } } }', operationName: 'B' }),
    400,
  ),
  shape('POST, body not JSON', post('{"query":'), 400),
  shape('POST, a batch (JSON array)', post('[{"query":"{ __typename }"}]'), 400),
  shape('POST, an empty batch', post('[]'), 400),
  shape('POST, body a JSON number', post('5'), 400),
  shape('POST, body JSON null', post('null'), 400),
  shape('POST, body a JSON string', post('"{ __typename }"'), 400),
  shape('POST, an empty object', post('{}'), 400),
  shape('POST, an empty body', post(''), 400),
  shape('POST, query missing', post({ variables: {} }), 400),
  shape('POST, query empty', post({ query: '' }), 400),
  shape('POST, query a number', post({ query: 5 }), 400),
  shape('POST, query null', post({ query: null }), 400),
  shape('POST, query an object', post({ query: { kind: 'Document' } }), 400),
  shape('POST, a parse error', post({ query: '{ __typename' }), 400),
  shape('POST, a validation error', post({ query: '{ noSuchField }' }), 400),
  shape(
    'POST, unknown operationName',
    post({ query: 'query A { __typename }', operationName: 'B' }),
    400,
  ),
  shape(
    'POST, two operations and no operationName',
    post({ query: 'query A { meetings(first: 1) { nodes { title } } } query B { __typename }' }),
    400,
  ),
  shape(
    'POST, unknown operationName on meeting(id)',
    post({ query: `query A { meeting(id: "${MEETING_ID}") { title } }`, operationName: 'B' }),
    400,
  ),
  shape(
    'POST, unknown operationName on node(id)',
    post({ query: `query A { node(id: "${MEETING_ID}") { id } }`, operationName: 'B' }),
    400,
  ),
  shape(
    'POST, unknown operationName on cached analytics',
    post({ query: 'query A { topSectors(country: "KR") { mentions } }', operationName: 'B' }),
    400,
  ),
  shape('POST, operationName a number', post({ query: '{ __typename }', operationName: 1 }), 400),
  shape('POST, variables an array', post({ query: '{ __typename }', variables: [] }), 400),
  shape('POST, extensions a string', post({ query: '{ __typename }', extensions: 'x' }), 400),
  shape('POST, a NUL character in the query', post({ query: '{ __typename }\u0000' }), 400),
  shape(
    'POST, a NUL character in an argument',
    post({
      query: 'query ($c: String!) { country(code: $c) { name } }',
      variables: { c: 'K\u0000R' },
    }),
    400,
  ),
  shape(
    'POST, a bad argument: a page of a million',
    post({ query: '{ meetings(first: 1000000) { nodes { title } } }' }),
    400,
  ),
  shape(
    'POST, a variable of the wrong type',
    post({
      query: 'query ($n: Int!) { meetings(first: $n) { totalCount } }',
      variables: { n: 'x' },
    }),
    400,
  ),
  shape(
    'POST, a subscription',
    post({ query: 'subscription S { meetingRecorded { id title } }' }),
    400,
  ),
  shape('POST, a query too deep', post({ query: deep }), 400),
  shape(
    'POST, a query of too many tokens',
    post({ query: `{ ${'__typename '.repeat(6_000)} }` }),
    400,
  ),
  shape(
    'POST, an alias flood',
    post({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    400,
  ),
  shape(
    'POST, persisted query version 2',
    post({ extensions: { persistedQuery: { version: 2, sha256Hash: 'ab' } } }),
    400,
  ),
  shape(
    'POST, persisted query hash not the query’s',
    post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    }),
    400,
  ),
  shape('POST, no Content-Type', post('{"query":"{ __typename }"}', {}), 415),
  shape(
    'POST, Content-Type text/plain',
    post('{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
    415,
  ),
  shape(
    'POST, Content-Type application/graphql',
    post('{ __typename }', { 'content-type': 'application/graphql' }),
    415,
  ),
  shape(
    'POST, a charset other than UTF-8',
    post('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin1' }),
    415,
  ),
  shape(
    'POST, Accept only text/html',
    post('{"query":"{ __typename }"}', { ...JSON_HEADERS, accept: 'text/html' }),
    406,
  ),
  shape(
    'POST, a body over the size limit',
    post({ query: `{ __typename } #${'x'.repeat(2_000_000)}` }),
    413,
  ),
];
