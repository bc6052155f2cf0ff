import 'reflect-metadata';
import { bearer, issueKeys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * graphql-jit runs repeated queries (src/common/graphql/jit-executor.ts). The same questions go
 * to an app compiling every query at first use and to one on graphql-js alone, over the same
 * database: the answers must be identical, errors and partial data included.
 */
let compiled: TestApp;
let reference: TestApp;
let seedMeetingId: string;

beforeAll(async () => {
  compiled = await startTestApp({
    jit: { enabled: true, compileAfter: 1 },
    answerCache: false,
    selectionSql: false,
  });
  reference = await startTestApp({
    sameDatabaseAs: compiled,
    jit: { enabled: false, compileAfter: 1 },
    answerCache: false,
    selectionSql: false,
  });
  const page = await reference.gql<{ meetings: { nodes: { id: string }[] } }>(
    '{ meetings(first: 1) { nodes { id } } }',
  );
  seedMeetingId = page.data!.meetings.nodes[0].id;
});
afterAll(async () => {
  await reference?.close();
  await compiled?.close();
});

const foreignId = Buffer.from('Meeting:2147483647', 'utf8').toString('base64url');

const questions: [string, string, () => Record<string, unknown>][] = [
  [
    'the nested page',
    `{ meetings(first: 50) { totalCount pageInfo { hasNextPage endCursor }
       nodes { id title date participants { person { name } country { alpha2 } }
       interests { sector { code name } country { alpha2 } partner { alpha2 } speaker { name }
       evidence { text start end } } } } }`,
    () => ({}),
  ],
  [
    'fragments, aliases, @skip/@include and __typename through an interface',
    `query Q($id: ID!, $withParts: Boolean!) {
       first: node(id: $id) { __typename id ...M }
       again: node(id: $id) { ... on Meeting { city @skip(if: true) date } }
     }
     fragment M on Meeting { title participants @include(if: $withParts) { role person { name } } }`,
    () => ({ id: seedMeetingId, withParts: true }),
  ],
  [
    'several nodes, one of them naming nothing',
    'query Q($ids: [ID!]!) { nodes(ids: $ids) { id ... on Meeting { title } } }',
    () => ({ ids: [seedMeetingId, foreignId] }),
  ],
  [
    'analytics with enums, nested objects and lists',
    `{ sectorInterest(groupBy: [COUNTRY, SECTOR], limit: 20) { country { alpha2 } sector { code } mentions meetings }
       topSectors(country: "KR", limit: 5) { sector { code parent { code } } mentions }
       sectorOverlap(a: "AZ", b: "KR") { sector { code } } }`,
    () => ({}),
  ],
  [
    'the sector tree, three levels deep',
    '{ sectors(first: 5) { nodes { code children { code parent { code } children { code } } } } }',
    () => ({}),
  ],
  [
    'a typed error beside data (a cursor from another connection)',
    `query Q($after: String!) { ok: countries(first: 2) { nodes { alpha2 } }
       bad: meetings(first: 2, after: $after) { nodes { id } } }`,
    () => ({ after: 'bm90LWEtY3Vyc29y' }),
  ],
  [
    'a typed error from a malformed id',
    'query Q($id: ID!) { node(id: $id) { id } }',
    () => ({ id: Buffer.from(':5', 'utf8').toString('base64url') }),
  ],
  [
    'introspection of one type',
    '{ __type(name: "Meeting") { name fields { name type { kind name ofType { name } } } } }',
    () => ({}),
  ],
];

test.each(questions)('%s: the compiled answer is graphql-js’s', async (name, query, variables) => {
  const vars = variables();
  const errorExpected = name.includes('error');
  // Twice each: the second run uses the compiled plan, whatever the first did.
  for (let round = 0; round < 2; round += 1) {
    const [a, b] = await Promise.all([compiled.gql(query, vars), reference.gql(query, vars)]);
    expect(a.status).toBe(b.status);
    expect(a.body.errors === undefined).toBe(!errorExpected);
    expect({ data: a.body.data, errors: a.body.errors }).toEqual({
      data: b.body.data,
      errors: b.body.errors,
    });
  }
});

/** Executions so far by engine, from the app's /metrics. */
async function engines(app: TestApp): Promise<{ jit: number; js: number }> {
  const text = await (await fetch(app.url.replace(/\/graphql$/, '/metrics'))).text();
  const read = (engine: string) =>
    Number(
      new RegExp(`atlas_graphql_executions_total\\{engine="${engine}"\\} (\\d+)`).exec(text)?.[1] ??
        0,
    );
  return { jit: read('jit'), js: read('graphql-js') };
}

test('the questions above did reach both engines', async () => {
  const ofCompiled = await engines(compiled);
  // Error answers are re-run on graphql-js, so the compiled app used both engines.
  expect(ofCompiled.jit).toBeGreaterThanOrEqual(2 * 6);
  expect(ofCompiled.js).toBeGreaterThanOrEqual(2 * 2);
  expect((await engines(reference)).jit).toBe(0);
});

test('with compileAfter 2 a query runs on graphql-js once, then compiled', async () => {
  const app = await startTestApp({
    sameDatabaseAs: compiled,
    jit: { enabled: true, compileAfter: 2 },
    answerCache: false,
    selectionSql: false,
  });
  try {
    const query = '{ countries(first: 3) { nodes { alpha2 name } } }';
    const first = await app.gql(query);
    expect(await engines(app)).toEqual({ jit: 0, js: 1 });
    const second = await app.gql(query);
    expect(await engines(app)).toEqual({ jit: 1, js: 1 });
    expect(second.body.data).toEqual(first.body.data);
    const { admin } = await issueKeys(app.dataSource);
    const remove =
      'mutation D($id: ID!) { deleteMeeting(id: $id) { deletedId userErrors { code } } }';
    const removed = await app.gql(remove, { id: seedMeetingId }, bearer(admin));
    expect(removed.body.data).toEqual({
      deleteMeeting: { deletedId: seedMeetingId, userErrors: [] },
    });
    const again = await app.gql(remove, { id: seedMeetingId }, bearer(admin));
    expect(again.body.data).toMatchObject({ deleteMeeting: { deletedId: null } });
    // Mutations never compile, however often they come.
    expect(await engines(app)).toEqual({ jit: 1, js: 3 });
  } finally {
    await app.close();
  }
});
