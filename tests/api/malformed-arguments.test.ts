import { bearer, issueKeys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A corpus of malformed read arguments. Each must be refused as the client's fault (a 4xx-class
 * code), never reach PostgreSQL as a masked INTERNAL_SERVER_ERROR.
 */
const CLIENT_CODES = [
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'NOT_FOUND',
  'COST_LIMIT_EXCEEDED',
];

let app: TestApp;
let admin: Record<string, string>;
const real: Record<string, string> = {};

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const cursor = (...parts: unknown[]) => b64(JSON.stringify(parts));

async function endCursor(query: string, path: string[], headers?: Record<string, string>) {
  const res = await app.gql(query, {}, headers);
  expect(res.errors).toBeUndefined();
  let value: unknown = res.data;
  for (const key of path) value = (value as Record<string, unknown>)[key];
  const found = (value as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
  expect(found).toEqual(expect.any(String));
  return found;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = bearer((await issueKeys(app.dataSource)).admin);
  real.countriesByName = await endCursor('{ countries(first: 2) { pageInfo { endCursor } } }', [
    'countries',
  ]);
  real.meetingsNewest = await endCursor('{ meetings(first: 2) { pageInfo { endCursor } } }', [
    'meetings',
  ]);
  real.azMeetings = await endCursor(
    '{ country(code: "AZ") { meetings(first: 1) { pageInfo { endCursor } } } }',
    ['country', 'meetings'],
  );
  real.auditLog = await endCursor(
    '{ auditLog(first: 1) { pageInfo { endCursor } } }',
    ['auditLog'],
    admin,
  );
});
afterAll(() => app.close());

interface Entry {
  name: string;
  query: string | (() => string);
  variables?: () => Record<string, unknown>;
  /** The argument the error must name, when the app (not GraphQL validation) refuses it. */
  field?: string;
  asAdmin?: boolean;
}

const MEETINGS = `query($after: String, $before: String, $first: Int, $last: Int, $orderBy: MeetingOrder! = DATE_DESC) {
  meetings(after: $after, before: $before, first: $first, last: $last, orderBy: $orderBy) { nodes { id } }
}`;
const list = (field: string, extra = '') =>
  `query($after: String, $before: String, $last: Int) {
    ${field}(after: $after, before: $before, last: $last${extra}) { nodes { id } }
  }`;

const CORPUS: Entry[] = [
  // Cursors from another connection or another sort order.
  {
    name: 'a countries-by-name cursor given to countries by code',
    query: `query($after: String) { countries(after: $after, orderBy: CODE_ASC) { nodes { id } } }`,
    variables: () => ({ after: real.countriesByName }),
    field: 'after',
  },
  {
    name: 'a newest-first meetings cursor given to oldest-first meetings',
    query: MEETINGS,
    variables: () => ({ after: real.meetingsNewest, orderBy: 'DATE_ASC' }),
    field: 'after',
  },
  {
    name: 'a newest-first meetings cursor given to meetings by title',
    query: MEETINGS,
    variables: () => ({ after: real.meetingsNewest, orderBy: 'TITLE_ASC' }),
    field: 'after',
  },
  {
    name: 'a countries cursor given to meetings as before',
    query: MEETINGS,
    variables: () => ({ before: real.countriesByName, last: 2 }),
    field: 'before',
  },
  {
    name: "a country's meetings cursor given to the root meetings",
    query: MEETINGS,
    variables: () => ({ after: real.azMeetings }),
    field: 'after',
  },
  {
    name: 'a root meetings cursor given to a country’s meetings',
    query: `query($after: String) { country(code: "AZ") { meetings(after: $after) { nodes { id } } } }`,
    variables: () => ({ after: real.meetingsNewest }),
    field: 'after',
  },
  {
    name: "a country's meetings cursor given to a country's people",
    query: `query($after: String) { country(code: "AZ") { people(after: $after) { nodes { id } } } }`,
    variables: () => ({ after: real.azMeetings }),
    field: 'after',
  },
  {
    name: 'an audit log cursor given to sources',
    query: list('sources'),
    variables: () => ({ after: real.auditLog }),
    field: 'after',
  },
  // Well-formed cursors with values of the wrong type.
  ...(
    [
      ['a word for a date', 'meetings:DATE_DESC', 'yesterday', 1],
      ['a number for a date', 'meetings:DATE_DESC', 20220101, 1],
      ['an impossible date', 'meetings:DATE_DESC', '2022-02-30', 1],
      ['the year 0', 'meetings:DATE_DESC', '0000-01-01', 1],
      ['an id as a string', 'meetings:DATE_DESC', '2022-01-01', '5'],
      ['an id beyond the integer columns', 'meetings:DATE_DESC', '2022-01-01', 99999999999],
      ['a negative id', 'meetings:DATE_DESC', '2022-01-01', -3],
      ['a fractional id', 'meetings:DATE_DESC', '2022-01-01', 1.5],
      ['a number for a title', 'meetings:TITLE_ASC', 12, 1],
    ] as const
  ).map(([name, connection, value, id]) => ({
    name: `a meetings cursor with ${name}`,
    query: MEETINGS,
    variables: () => ({
      after: cursor(connection, value, id),
      orderBy: connection.split(':')[1],
    }),
    field: 'after',
  })),
  {
    name: 'a sources cursor whose time is not a time',
    query: list('sources'),
    variables: () => ({ before: cursor('sources', 'not a time', 1), last: 1 }),
    field: 'before',
  },
  {
    name: 'a relations cursor with a number for a date',
    query: list('bilateralRelations'),
    variables: () => ({ after: cursor('bilateralRelations', 5, 1) }),
    field: 'after',
  },
  {
    name: 'an organizations cursor holding a NUL character',
    query: list('organizations'),
    variables: () => ({ after: cursor('organizations', 'A\u0000', 1) }),
    field: 'after',
  },
  {
    name: 'a people cursor with an array for a name',
    query: list('people'),
    variables: () => ({ after: cursor('people', ['x'], 1) }),
    field: 'after',
  },
  {
    name: 'a sectors cursor with null for a code',
    query: list('sectors'),
    variables: () => ({ after: cursor('sectors', null, 1) }),
    field: 'after',
  },
  {
    name: 'an audit log cursor with a word for an id',
    query: list('auditLog'),
    variables: () => ({ after: cursor('auditLog', 'x', 1) }),
    field: 'after',
    asAdmin: true,
  },
  {
    name: 'an audit log cursor with a fraction for an id',
    query: list('auditLog'),
    variables: () => ({ after: cursor('auditLog', 1.5, 1) }),
    field: 'after',
    asAdmin: true,
  },
  // Cursors that are not cursors.
  ...(
    [
      ['garbage', '!!!@@@'],
      ['base64 of nothing useful', 'AAAA'],
      ['base64 of plain text', b64('hello world')],
      ['a cursor of the old two-part form', b64(JSON.stringify(['Azerbaijan', 5]))],
      ['a JSON object', b64(JSON.stringify({ connection: 'countries:NAME_ASC' }))],
      ['a very long string', 'A'.repeat(20_000)],
    ] as const
  ).map(([name, after]) => ({
    name: `a cursor that is ${name}`,
    query: list('countries'),
    variables: () => ({ after }),
    field: 'after',
  })),
  // Page sizes.
  { name: 'first: -1', query: '{ meetings(first: -1) { nodes { id } } }', field: 'first' },
  {
    name: 'first: 1000000',
    query: '{ meetings(first: 1000000) { nodes { id } } }',
    field: 'first',
  },
  { name: 'last: 0', query: '{ countries(last: 0) { nodes { id } } }', field: 'last' },
  { name: 'first beyond Int', query: '{ meetings(first: 3000000000) { nodes { id } } }' },
  {
    name: 'an unknown channel',
    query: '{ topSectors(country: "AZ", channels: [SPEECHES]) { __typename } }',
  },
  {
    name: 'a nested first: 0',
    query: '{ country(code: "AZ") { people(first: 0) { nodes { id } } } }',
    field: 'first',
  },
  // Limits of the analytics lists.
  ...(
    [
      ['topSectors(country: "AZ", limit: -1)', 'limit'],
      ['topPartners(country: "AZ", limit: 0)', 'limit'],
      ['upcomingAnniversaries(within: -5)', 'within'],
      ['upcomingAnniversaries(within: 1000000000)', 'within'],
      ['upcomingAnniversaries(within: 30, every: 0)', 'every'],
      ['upcomingAnniversaries(within: 30, every: -5)', 'every'],
      ['upcomingAnniversaries(within: 30, limit: -1)', 'limit'],
    ] as const
  ).map(([call, field]) => ({
    name: call,
    query: `{ ${call} { __typename } }`,
    field,
  })),
  {
    name: 'sectorInterest(limit: -1)',
    query: '{ sectorInterest(groupBy: [], limit: -1) { __typename } }',
    field: 'limit',
  },
  {
    name: 'topSectors(limit: 100000000)',
    query: '{ topSectors(country: "AZ", limit: 100000000) { __typename } }',
  },
  {
    name: 'sectorInterest(limit: 2000000000)',
    query: '{ sectorInterest(groupBy: [], limit: 2000000000) { __typename } }',
  },
  // IDs.
  { name: 'node(id:) with garbage', query: '{ node(id: "garbage") { id } }', field: 'id' },
  {
    name: 'node(id:) with a negative number',
    query: () => `{ node(id: "${b64('Meeting:-1')}") { id } }`,
    field: 'id',
  },
  {
    name: 'node(id:) with a fraction',
    query: () => `{ node(id: "${b64('Meeting:1.5')}") { id } }`,
    field: 'id',
  },
  {
    name: 'nodes(ids:) with one ID out of range',
    query: () => `{ nodes(ids: ["${b64('Meeting:1')}", "${b64('Meeting:9999999999')}"]) { id } }`,
    field: 'ids',
  },
  {
    name: 'meeting(id:) with the ID of a country',
    query: () => `{ meeting(id: "${b64('Country:1')}") { id } }`,
    field: 'id',
  },
  {
    name: 'meeting(id:) out of range',
    query: () => `{ meeting(id: "${b64('Meeting:99999999999')}") { id } }`,
    field: 'id',
  },
  {
    name: 'person(id:) with garbage',
    query: '{ person(id: "%%%") { id } }',
    field: 'id',
  },
  {
    name: 'a meetings filter with a meeting ID for personId',
    query: () => `{ meetings(filter: { personId: "${b64('Meeting:1')}" }) { nodes { id } } }`,
    field: 'filter.personId',
  },
  {
    name: 'a meetings filter with organizationId out of range',
    query: () =>
      `{ meetings(filter: { organizationId: "${b64('Organization:99999999999')}" }) { nodes { id } } }`,
    field: 'filter.organizationId',
  },
  {
    name: 'a people filter with organizationId of the wrong type',
    query: () => `{ people(filter: { organizationId: "${b64('Person:1')}" }) { nodes { id } } }`,
    field: 'filter.organizationId',
  },
  {
    name: 'an audit filter with a nodeId that is garbage',
    query: '{ auditLog(filter: { nodeId: "??" }) { nodes { id } } }',
    field: 'filter.nodeId',
    asAdmin: true,
  },
  {
    name: 'an audit filter with apiKeyId of the wrong type',
    query: () => `{ auditLog(filter: { apiKeyId: "${b64('Meeting:1')}" }) { nodes { id } } }`,
    field: 'filter.apiKeyId',
    asAdmin: true,
  },
  {
    name: 'an audit filter with entityId beyond Int',
    query: '{ auditLog(filter: { entityId: 99999999999 }) { nodes { id } } }',
    asAdmin: true,
  },
  // Dates.
  {
    name: 'a meetings filter with month 13',
    query: '{ meetings(filter: { from: "2022-13-01" }) { nodes { id } } }',
  },
  {
    name: 'a meetings filter with February 30',
    query: '{ meetings(filter: { from: "2022-02-30" }) { nodes { id } } }',
  },
  {
    name: 'a meetings filter with the year 0 as a variable',
    query: 'query($f: MeetingFilter) { meetings(filter: $f) { nodes { id } } }',
    variables: () => ({ f: { from: '0000-01-01' } }),
  },
  {
    name: 'a meetings filter with from after to',
    query: '{ meetings(filter: { from: "2023-01-01", to: "2022-01-01" }) { nodes { id } } }',
    field: 'filter.from',
  },
  {
    name: 'an interest filter with a date that is a word',
    query: '{ sectorInterest(groupBy: [], filter: { to: "soon" }) { __typename } }',
  },
  {
    name: 'a timeline from the year 0',
    query: '{ engagementTimeline(a: "AZ", b: "KR", from: "0000-06-01") { __typename } }',
  },
  {
    name: 'an anniversary as of the year 0',
    query: '{ upcomingAnniversaries(within: 30, asOf: "0000-01-01") { __typename } }',
  },
  {
    name: 'an audit filter with a time that is a word',
    query: '{ auditLog(filter: { from: "tuesday" }) { nodes { id } } }',
    asAdmin: true,
  },
  // Country and sector codes.
  {
    name: 'an unknown country code in a meetings filter',
    query: '{ meetings(filter: { countryCodes: ["XX"] }) { nodes { id } } }',
    field: 'filter.countryCodes',
  },
  {
    name: 'an unknown sector code in a meetings filter',
    query: '{ meetings(filter: { sectorCodes: ["no-such-sector"] }) { nodes { id } } }',
    field: 'filter.sectorCodes',
  },
  {
    name: 'an unknown sector code in an agreements filter',
    query: '{ agreements(filter: { sectorCodes: ["no-such-sector"] }) { nodes { id } } }',
    field: 'filter.sectorCodes',
  },
  {
    name: 'an unknown party in topSectors',
    query: '{ topSectors(country: "ZZ") { __typename } }',
    field: 'country',
  },
  {
    name: 'an unknown party in meetingsPerYear',
    query: '{ meetingsPerYear(party: "ZZ") { year } }',
    field: 'party',
  },
  {
    name: 'an unknown meeting kind in meetingsPerParty',
    query: '{ meetingsPerParty(kinds: [PICNIC]) { meetings } }',
  },
  {
    name: 'an unknown partner in topSectors',
    query: '{ topSectors(country: "AZ", partner: "ZZ") { __typename } }',
    field: 'partner',
  },
  {
    name: 'an unknown sector in topPartners',
    query: '{ topPartners(country: "AZ", sector: "no-such-sector") { __typename } }',
    field: 'sector',
  },
  {
    name: 'an unknown partner code in an interest filter',
    query: '{ sectorInterest(groupBy: [], filter: { partnerCodes: ["??"] }) { __typename } }',
    field: 'filter.partnerCodes',
  },
  {
    name: 'an unknown sector code in an interest filter',
    query: '{ sectorInterest(groupBy: [], filter: { sectorCodes: ["nope"] }) { __typename } }',
    field: 'filter.sectorCodes',
  },
  {
    name: 'an unknown country code for bilateralRelations',
    query: '{ bilateralRelations(countryCode: "QQ") { nodes { id } } }',
    field: 'countryCode',
  },
  {
    name: 'an unknown country code in an organizations filter',
    query: '{ organizations(filter: { countryCode: "QQ" }) { nodes { id } } }',
    field: 'filter.countryCode',
  },
  {
    name: 'an empty party code in sectorShare',
    query: '{ sectorShare(country: "") { __typename } }',
    field: 'country',
  },
  {
    name: 'an unknown pair in sectorOverlap',
    query: '{ sectorOverlap(a: "AZ", b: "ZZ") { __typename } }',
    field: 'b',
  },
  {
    name: 'a country code holding a NUL character',
    query: 'query($c: [String!]) { meetings(filter: { countryCodes: $c }) { nodes { id } } }',
    variables: () => ({ c: ['A\u0000'] }),
    field: 'filter.countryCodes',
  },
  {
    name: 'a sector code holding a NUL character',
    query: 'query($s: [String!]) { meetings(filter: { sectorCodes: $s }) { nodes { id } } }',
    variables: () => ({ s: ['energy\u0000'] }),
    field: 'filter.sectorCodes',
  },
  {
    name: 'a search holding a NUL character',
    query: 'query($s: String) { organizations(filter: { search: $s }) { nodes { id } } }',
    variables: () => ({ s: 'A\u0000' }),
    field: 'filter.search',
  },
  {
    name: 'a meetings search holding a NUL character',
    query: 'query($s: String) { meetings(filter: { search: $s }) { nodes { id } } }',
    variables: () => ({ s: 'talks\u0000' }),
    field: 'filter.search',
  },
  {
    name: 'country(code:) holding a NUL character',
    query: 'query($c: String!) { country(code: $c) { id } }',
    variables: () => ({ c: 'A\u0000' }),
    field: 'code',
  },
  {
    name: 'source(url:) holding a NUL character',
    query: 'query($u: String!) { source(url: $u) { id } }',
    variables: () => ({ u: 'https://example.org/\u0000' }),
    field: 'url',
  },
  // Enums and types.
  { name: 'an unknown order', query: '{ meetings(orderBy: SIDEWAYS) { nodes { id } } }' },
  {
    name: 'a string for first, as a variable',
    query: 'query($n: Int) { meetings(first: $n) { nodes { id } } }',
    variables: () => ({ n: 'ten' }),
  },
];

test('the corpus covers every family of argument', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CORPUS.map((entry) => entry.name)).size).toBe(CORPUS.length);
});

test.each(CORPUS.map((entry) => [entry.name, entry] as const))(
  '%s is refused as bad input, never a 500',
  async (_name, entry) => {
    const query = typeof entry.query === 'function' ? entry.query() : entry.query;
    const res = await app.gql(query, entry.variables?.(), entry.asAdmin ? admin : {});
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.length).toBeGreaterThan(0);
    const codes = res.errors!.map((error) => error.extensions?.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    expect(CLIENT_CODES).toContain(codes[0]);
    if (entry.field) {
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: entry.field,
      });
    }
  },
);
