import 'reflect-metadata';
import { buildSqlCatalogue } from '../../src/common/graphql/selection-sql/sql-catalogue';
import { buildAppSchema, selectionSqlParts } from '../../src/schema';
import { bearer, issueKeys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Pages and lookups of meetings built as JSON text by PostgreSQL (src/common/graphql/selection-sql).
 * The same questions go to an app with it and to one on the resolvers alone (graphql-js, no jit),
 * over one database: the response bodies must be the same bytes. Each question also says which
 * path must answer it, read from the app's /metrics, so a silent fallback fails the test too.
 */
let sql: TestApp;
let reference: TestApp;
let meetingId: string;
let personId: string;
let relationId: string;

beforeAll(async () => {
  // No rate limit: the budget left, reported in every answer, would differ between the apps.
  sql = await startTestApp({
    answerCache: false,
    selectionSql: true,
    rateLimit: { enabled: false },
  });
  reference = await startTestApp({
    sameDatabaseAs: sql,
    answerCache: false,
    rateLimit: { enabled: false },
    selectionSql: false,
    jit: { enabled: false, compileAfter: 1 },
  });
  const page = await reference.gql<{
    meetings: { nodes: { id: string; participants: { person: { id: string } | null }[] }[] };
  }>('{ meetings(first: 1) { nodes { id participants { person { id } } } } }');
  meetingId = page.data!.meetings.nodes[0].id;
  personId = page.data!.meetings.nodes[0].participants.find((p) => p.person)!.person!.id;
  const relations = await reference.gql<{ upcomingAnniversaries: { relation: { id: string } }[] }>(
    '{ upcomingAnniversaries(within: 3660, every: 1, asOf: "2024-01-01", limit: 1) { relation { id } } }',
  );
  relationId = relations.data!.upcomingAnniversaries[0].relation.id;
});
afterAll(async () => {
  await reference?.close();
  await sql?.close();
});

async function raw(app: TestApp, query: string, variables: Record<string, unknown>) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

async function sqlAnswers(): Promise<number> {
  const text = await (await fetch(sql.url.replace(/\/graphql$/, '/metrics'))).text();
  return Number(/atlas_graphql_executions_total\{engine="sql"\} (\d+)/.exec(text)?.[1] ?? 0);
}

const COUNTRY = 'id kind code alpha2 alpha3 numeric name __typename';
const EVERY_FIELD = `
  __typename id key title kind date datePrecision endsOn endDatePrecision city summary version
  parties { ${COUNTRY} } placeCountry { ${COUNTRY} } hostCountry { name }
  visit { id title participants { role } }
  sources { id url title version }
  participants { __typename id version role description capacity
    person { id key name aliases version country { alpha2 } }
    country { ${COUNTRY} }
    organization { id key name acronym kind version parent { name } }
    meeting { id title } }
  interests { __typename id version stance note
    sector { id code name description synonyms crsCode version parent { code parent { code } } }
    country { alpha2 } partner { alpha2 } speaker { name aliases } meeting { id date } }`;

type Question = [string, string, () => Record<string, unknown>];

const bySql: Question[] = [
  [
    'the peer benchmark page',
    `{ meetings(first: 50) { nodes { id title date participants { person { name } country { alpha2 } }
       interests { sector { code } country { alpha2 } } } } }`,
    () => ({}),
  ],
  [
    'every field it knows, on every type',
    `{ meetings(first: 30) { nodes { ${EVERY_FIELD} } } }`,
    () => ({}),
  ],
  [
    'one meeting with every field',
    `query Q($id: ID!) { meeting(id: $id) { ${EVERY_FIELD} } }`,
    () => ({ id: meetingId }),
  ],
  [
    'a meeting that does not exist',
    'query Q($id: ID!) { meeting(id: $id) { id title } }',
    () => ({ id: Buffer.from('Meeting:2147483647').toString('base64url') }),
  ],
  [
    'node(id) of a meeting, a person and a country, fragments on each type and on Node',
    `query Q($m: ID!, $p: ID!, $c: ID!) {
       m: node(id: $m) { __typename id ...N ... on Meeting { title date participants { person { name } } } }
       p: node(id: $p) { ...N ... on Meeting { title } ... on Person { name aliases country { alpha2 } } }
       c: node(id: $c) { id ... on Country { code name } } }
     fragment N on Node { id }`,
    () => ({ m: meetingId, p: personId, c: Buffer.from('Country:1').toString('base64url') }),
  ],
  [
    'node(id) naming no row',
    'query Q($id: ID!) { node(id: $id) { id ... on Person { name } } }',
    () => ({ id: Buffer.from('Person:2147483647').toString('base64url') }),
  ],
  [
    'edges, cursors, pageInfo, totalCount and nodes side by side, with different selections',
    `{ meetings(first: 3, orderBy: TITLE_ASC) { __typename totalCount
       pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
       edges { __typename cursor node { id title } } nodes { date parties { alpha2 } } } }`,
    () => ({}),
  ],
  [
    'fragments, an interface condition, aliases and literal @skip/@include',
    `query Q { first: meetings(first: 4, orderBy: DATE_ASC) { nodes { ...M ... on Node { id }
         summary @skip(if: true) city @include(if: true)
         participants { ... on Participant { role } who: person { n: name } } } }
       one: meeting(id: "${Buffer.from('Meeting:1').toString('base64url')}") { ...M }
       __typename }
     fragment M on Meeting { title kind interests { stance sector { code } } }`,
    () => ({}),
  ],
  [
    'the next page after a cursor, and a page backwards',
    `query Q($filter: MeetingFilter) {
       a: meetings(first: 2, filter: $filter) { pageInfo { endCursor } nodes { id title } }
       b: meetings(last: 2, filter: $filter) { pageInfo { hasPreviousPage startCursor } nodes { id } } }`,
    () => ({ filter: { countryCodes: ['AZ'] } }),
  ],
  [
    'filters: countries, sectors, dates, kind, person and search',
    `query Q($person: ID!) {
       c: meetings(first: 5, filter: { countryCodes: ["KR", "AZ"], from: "2000-01-01", to: "2030-12-31" }) { totalCount nodes { id } }
       s: meetings(first: 5, filter: { sectorCodes: ["energy"] }) { nodes { id interests { sector { code } } } }
       k: meetings(first: 5, filter: { kind: BILATERAL_MEETING, search: "cooperation" }) { nodes { title } }
       p: meetings(first: 5, filter: { personId: $person }) { nodes { participants { person { name } } } }
       none: meetings(first: 5, filter: { to: "1900-01-01" }) { totalCount pageInfo { endCursor } nodes { id } } }`,
    () => ({ person: personId }),
  ],
  [
    'sectorInterest by sector and year (the rollup), with sectors',
    `query Q($c: [String!]) { sectorInterest(filter: { countryCodes: $c }, groupBy: [SECTOR, PERIOD]) {
       sector { code name } period periodPrecision mentions meetings firstMentionedOn lastMentionedOn } }`,
    () => ({ c: ['AZ'] }),
  ],
  [
    'sectorInterest by party, partner and month (interest rows), fragments and aliases',
    `{ sectorInterest(groupBy: [COUNTRY, PARTNER, PERIOD], period: MONTH, limit: 50) {
       __typename ...B p: partner { alpha2 name } sector { code } } }
     fragment B on InterestBucket { country { id code } period periodPrecision mentions meetings
       firstMentionedOn lastMentionedOn }`,
    () => ({}),
  ],
  [
    'sectorInterest filtered (sectors, window, channels), exact sectors, totals',
    `{ a: sectorInterest(groupBy: [SECTOR, COUNTRY], filter: { sectorCodes: ["energy"], from: "2000-01-01", to: "2030-06-30" }) {
         sector { code parent { code } } country { alpha2 } mentions meetings }
       b: sectorInterest(groupBy: [SECTOR, PERIOD], period: QUARTER, exactSector: true, filter: { channels: [MEETINGS] }) {
         sector { id code } period periodPrecision firstMentionedOn lastMentionedOn }
       c: sectorInterest(groupBy: []) { sector { code } country { code } mentions meetings firstMentionedOn }
       none: sectorInterest(groupBy: [SECTOR], filter: { to: "1900-01-01" }) { mentions } }`,
    () => ({}),
  ],
  [
    'sectorOverlap of a pair, all time and in a window, either order',
    `{ all: sectorOverlap(a: "AZ", b: "KR") { sector { code name parent { code } } mentionsByA mentionsByB mentions }
       w: sectorOverlap(a: "kr", b: "az", from: "2000-03-15", to: "2030-12-31", channels: [MEETINGS]) { __typename mentions sector { id } } }`,
    () => ({}),
  ],
  [
    'engagementTimeline of a pair by quarter and by month in a window, either order',
    `{ q: engagementTimeline(a: "AZ", b: "KR", period: QUARTER) { period periodPrecision meetings byKind { kind meetings } }
       m: engagementTimeline(a: "KR", b: "AZ", period: MONTH, from: "2000-02-03", to: "2030-06-29") {
         __typename byKind { __typename n: meetings kind } period }
       none: engagementTimeline(a: "AZ", b: "KR", to: "1900-12-31") { period } }`,
    () => ({}),
  ],
  [
    'upcomingAnniversaries with their relations and parties, and node(id) of a relation',
    `query Q($r: ID!) {
       a: upcomingAnniversaries(within: 3660, every: 1, asOf: "2024-01-01") {
         years date precision daysUntil countries { code alpha2 id } relation { id established establishedOn establishedPrecision note version } }
       b: upcomingAnniversaries(within: 30, every: 100, asOf: "2024-01-01", limit: 3) { __typename years relation { __typename } }
       r: node(id: $r) { id ... on BilateralRelation { established establishedPrecision } } }`,
    () => ({ r: relationId }),
  ],
];

const byResolvers: Question[] = [
  [
    'error: upcomingAnniversaries looking too far ahead',
    '{ upcomingAnniversaries(within: 4000) { years } }',
    () => ({}),
  ],
  [
    "a relation's countries (a field resolver)",
    '{ upcomingAnniversaries(within: 3660, every: 1, asOf: "2024-01-01") { relation { countries { code } } } }',
    () => ({}),
  ],
  [
    'error: engagementTimeline of a party with itself',
    '{ engagementTimeline(a: "AZ", b: "az") { period } }',
    () => ({}),
  ],
  [
    'error: sectorInterest with a limit out of range',
    '{ sectorInterest(groupBy: [SECTOR], limit: 0) { mentions } }',
    () => ({}),
  ],
  [
    'error: sectorInterest of an unknown party',
    '{ sectorInterest(groupBy: [SECTOR], filter: { countryCodes: ["QQ"] }) { mentions } }',
    () => ({}),
  ],

  [
    'a field it does not know (createdAt)',
    '{ meetings(first: 3) { nodes { id createdAt } } }',
    () => ({}),
  ],
  [
    'a condition in a variable',
    'query Q($c: Boolean!) { meetings(first: 3) { nodes { id city @include(if: $c) } } }',
    () => ({ c: false }),
  ],
  [
    'error: a cursor of another connection',
    'query Q($after: String!) { meetings(first: 2, after: $after) { nodes { id } } }',
    () => ({ after: Buffer.from('["countries:NAME_ASC","x",1]').toString('base64url') }),
  ],
  ['error: a page larger than allowed', '{ meetings(first: 101) { nodes { id } } }', () => ({})],
  [
    'error: too many country codes for the filter',
    'query Q($codes: [String!]) { meetings(first: 2, filter: { countryCodes: $codes }) { nodes { id } } }',
    () => ({ codes: Array.from({ length: 21 }, () => 'KR') }),
  ],
  [
    'error: an unknown country code',
    '{ meetings(first: 2, filter: { countryCodes: ["QQ"] }) { nodes { id } } }',
    () => ({}),
  ],
  [
    'node(id) of a type only admins may read (ApiKey)',
    'query Q($id: ID!) { node(id: $id) { id } }',
    () => ({ id: Buffer.from('ApiKey:1').toString('base64url') }),
  ],
  [
    'node(id) of a type the schema does not have',
    'query Q($id: ID!) { node(id: $id) { id } }',
    () => ({ id: Buffer.from('Nothing:1').toString('base64url') }),
  ],
  [
    'error: a malformed node id',
    'query Q($id: ID!) { node(id: $id) { id } }',
    () => ({ id: 'not-an-id' }),
  ],
  [
    'error: the id of another type',
    'query Q($id: ID!) { meeting(id: $id) { id } }',
    () => ({ id: Buffer.from('Person:1').toString('base64url') }),
  ],
];

async function ask([, query, variables]: Question, expectedBySql: number) {
  const vars = variables();
  for (let round = 0; round < 2; round += 1) {
    const before = await sqlAnswers();
    const a = await raw(sql, query, vars);
    expect((await sqlAnswers()) - before).toBe(expectedBySql);
    const b = await raw(reference, query, vars);
    expect(a.status).toBe(b.status);
    expect(a.text).toBe(b.text);
  }
}

test.each(bySql)('%s: answered in SQL, the same bytes as the resolvers', async (...question) => {
  await ask(question, 1);
});

test.each(byResolvers)('%s: left to the resolvers, the same bytes', async (...question) => {
  await ask(question, 0);
  if (question[0].startsWith('error')) {
    expect(JSON.parse((await raw(sql, question[1], question[2]())).text).errors).toBeDefined();
  }
});

test('the questions above returned data, not just matching nulls', async () => {
  const page = await sql.gql<{ meetings: { nodes: { participants: unknown[] }[] } }>(
    `{ meetings(first: 30) { nodes { ${EVERY_FIELD} } } }`,
  );
  expect(page.body.errors).toBeUndefined();
  expect(page.data!.meetings.nodes.length).toBeGreaterThan(0);
  expect(page.data!.meetings.nodes.some((node) => node.participants.length > 0)).toBe(true);
  const [, anniversaries] = bySql.find(([name]) => name.startsWith('upcomingAnniversaries'))!;
  const relations = await sql.gql<{ a: { countries: unknown[] }[]; r: { id: string } | null }>(
    anniversaries,
    { r: relationId },
  );
  expect(relations.data!.a.length).toBeGreaterThan(0);
  expect(relations.data!.a[0].countries).toHaveLength(2);
  expect(relations.data!.r).not.toBeNull();
  const [, query, variables] = bySql.find(([name]) => name.startsWith('node(id) of a meeting'))!;
  const nodes = await sql.gql<Record<string, { id: string } | null>>(query, variables());
  expect(nodes.body.errors).toBeUndefined();
  expect(Object.values(nodes.data!).map((node) => typeof node?.id)).toEqual([
    'string',
    'string',
    'string',
  ]);
});

test('a page with its participants, people, countries, interests and sectors is one statement', async () => {
  const query = `{ meetings(first: 20) { nodes { id participants { person { name } country { alpha2 } }
    interests { sector { code } country { alpha2 } } } } }`;
  await sql.gql(query);
  sql.statements.count = 0;
  const before = await sqlAnswers();
  await sql.gql(query);
  expect((await sqlAnswers()) - before).toBe(1);
  expect(sql.statements.count).toBe(1);
});

test.each([
  ['meeting(id)', 'meeting(id: $m) { id createdAt }'],
  ['node(id)', 'node(id: $m) { id ... on Meeting { createdAt } }'],
])(
  'a %s SQL cannot write, beside a page it can, costs no statement of its own',
  async (_, lookup) => {
    const query = `query Q($m: ID!) { meetings(first: 3) { nodes { id } } ${lookup} }`;
    const statements = async (app: TestApp) => {
      await app.gql(query, { m: meetingId });
      app.statements.count = 0;
      const answer = await app.gql(query, { m: meetingId });
      expect(answer.body.errors).toBeUndefined();
      return app.statements.count;
    };
    const before = await sqlAnswers();
    expect(await statements(sql)).toBe(await statements(reference));
    expect((await sqlAnswers()) - before).toBe(0);
  },
);

test('a committed delete shows in the next answer', async () => {
  const query = '{ meetings(first: 5, orderBy: TITLE_ASC) { totalCount nodes { id title } } }';
  const before = await raw(sql, query, {});
  const first = JSON.parse(before.text).data.meetings.nodes[0].id as string;
  const { admin } = await issueKeys(sql.dataSource);
  const removed = await sql.gql(
    'mutation D($id: ID!) { deleteMeeting(id: $id) { deletedId } }',
    { id: first },
    bearer(admin),
  );
  expect(removed.body.data).toEqual({ deleteMeeting: { deletedId: first } });
  const after = await raw(sql, query, {});
  expect(after.text).not.toContain(first);
  expect(after.text).toBe((await raw(reference, query, {})).text);
});

test('the catalogue reads plain columns and leaves the rest to resolvers', async () => {
  const catalogue = buildSqlCatalogue(await buildAppSchema(), sql.dataSource, selectionSqlParts);
  const meeting = catalogue.get('Meeting')!.fields;
  for (const field of ['id', 'key', 'title', 'kind', 'date', 'city', 'version', 'participants']) {
    expect(meeting.has(field)).toBe(true);
  }
  // A timestamp (its scalar formats it) and jsonb evidence go through their resolvers.
  expect(meeting.has('createdAt')).toBe(false);
  expect(catalogue.get('SectorInterest')!.fields.has('evidence')).toBe(false);
  expect(catalogue.get('Person')!.fields.has('aliases')).toBe(true);
});

test('sectorInterest answered in SQL counts what the resolvers count', async () => {
  const query = `{ sectorInterest(groupBy: [SECTOR, PERIOD], period: MONTH) { sector { code } mentions
    firstMentionedOn } }`;
  const answer = await sql.gql<{
    sectorInterest: { sector: { code: string }; mentions: number }[];
  }>(query);
  expect(answer.body.errors).toBeUndefined();
  const buckets = answer.data!.sectorInterest;
  expect(buckets.length).toBeGreaterThan(0);
  expect(buckets.every((bucket) => bucket.sector.code && bucket.mentions > 0)).toBe(true);
  const [{ count }] = await sql.dataSource.query(
    'SELECT count(*)::int AS count FROM sector_interest',
  );
  expect(buckets.reduce((sum, bucket) => sum + bucket.mentions, 0)).toBe(count);
});

/** Calls of two parties (the meetings' rows: key, title, kind, date, precision, summary), each
 * with one energy interest of the first party with the second. */
async function insertCalls(meetings: string, [party, partner]: string[], params: unknown[] = []) {
  await sql.dataSource.query(
    `WITH m AS (
       INSERT INTO meeting (key, title, kind, start_date, date_precision, summary)
       ${meetings} RETURNING id),
     p AS (
       INSERT INTO meeting_party (meeting_id, country_id)
       SELECT m.id, c.id FROM m, country c WHERE c.code IN ('${party}', '${partner}'))
     INSERT INTO sector_interest (meeting_id, sector_id, country_id, partner_id, stance, note, source_id)
     SELECT m.id, (SELECT id FROM sector WHERE code = 'energy'), (SELECT id FROM country WHERE code = '${party}'),
            (SELECT id FROM country WHERE code = '${partner}'), 'DISCUSSED', 'test', (SELECT min(id) FROM source)
       FROM m`,
    params,
  );
}

test('sectorInterest in SQL writes first and last mentions before 1900 as the resolvers do', async () => {
  for (const [key, date, precision] of [
    ['old-1850', '1850-01-01', 'YEAR'],
    ['old-1899-12', '1899-12-01', 'MONTH'],
    ['old-1899-12-31', '1899-12-31', 'DAY'],
  ]) {
    await insertCalls(
      `VALUES ($1, $1, 'PHONE_CALL', $2, $3, 'test')`,
      ['IS', 'NZ'],
      [key, date, precision],
    );
  }
  const query = `{ r: sectorInterest(filter: { countryCodes: ["IS"] }, groupBy: [SECTOR, PERIOD]) {
      period firstMentionedOn lastMentionedOn }
    f: sectorInterest(groupBy: [COUNTRY, PERIOD], period: MONTH, filter: { countryCodes: ["IS"] }) {
      period periodPrecision firstMentionedOn lastMentionedOn }
    t: sectorInterest(groupBy: [], filter: { countryCodes: ["IS"] }) { firstMentionedOn lastMentionedOn } }`;
  await ask(['', query, () => ({})], 1);
  const answer = JSON.parse((await raw(sql, query, {})).text);
  // 1899-12 and 1899-12-31 end on the same day: the coarser wins.
  expect(answer.data.t).toEqual([{ firstMentionedOn: '1850', lastMentionedOn: '1899-12' }]);
});

test('a list past the 32 kB pieces PostgreSQL writes it in reads as the resolvers write it', async () => {
  // 400 interests of Fiji with Tonga, one a month: 400 buckets by sector, parties and month.
  await insertCalls(
    `SELECT 'pieces-' || n, 'Pieces ' || n, 'PHONE_CALL',
            (DATE '1980-01-01' + n * INTERVAL '1 month')::date, 'DAY', 'test'
       FROM generate_series(1, 400) AS n`,
    ['FJ', 'TO'],
  );
  const query = `{ sectorInterest(filter: { countryCodes: ["FJ"] }, groupBy: [SECTOR, COUNTRY, PARTNER, PERIOD],
      period: MONTH) { sector { code name description } country { name } partner { name } period
      periodPrecision mentions meetings firstMentionedOn lastMentionedOn } }`;
  await ask(['', query, () => ({})], 1);
  const answer = await raw(sql, query, {});
  expect(answer.text.length).toBeGreaterThan(3 * 32_768);
  expect(JSON.parse(answer.text).data.sectorInterest).toHaveLength(400);
});
