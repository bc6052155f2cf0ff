import { bearer, issueKeys, Keys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Public reads (no API key) are answered from the response cache without executing: the only
 * statement is the data-version read. A committed write retires every cached answer, and a
 * request with a key neither reads nor fills the public entries.
 */
let app: TestApp;
let keys: Keys;

beforeAll(async () => {
  app = await startTestApp();
  keys = await issueKeys(app.dataSource);
}, 120_000);
afterAll(() => app.close());

const PAGE = `query Page($first: Int!) {
  meetings(first: $first) { totalCount nodes { id title parties { code } } }
  sector(code: "energy") { id name version }
}`;
type Page = {
  meetings: { totalCount: number; nodes: { id: string; title: string }[] };
  sector: { id: string; name: string; version: number };
};

function reset() {
  app.statements.count = 0;
  app.statements.sql = [];
}

test('a repeated public read is served from the cache: one statement, the same answer', async () => {
  const first = await app.gql<Page>(PAGE, { first: 5 });
  expect(first.errors).toBeUndefined();
  reset();
  const second = await app.gql<Page>(PAGE, { first: 5 });
  expect(second.data).toEqual(first.data);
  expect(app.statements.sql).toHaveLength(1);
  expect(app.statements.sql[0]).toContain('atlas_data_version');
  // other variables are another question, executed
  reset();
  const other = await app.gql<Page>(PAGE, { first: 2 });
  expect(other.data!.meetings.nodes).toHaveLength(2);
  expect(app.statements.sql.some((sql) => /FROM "?meeting"?/.test(sql))).toBe(true);
});

test('a write retires the cached answer: the next public read sees it', async () => {
  const before = await app.gql<Page>(PAGE, { first: 5 });
  const { id, version } = before.data!.sector;
  const renamed = await app.gql(
    `mutation ($input: UpdateSectorInput!) { updateSector(input: $input) { userErrors { message } } }`,
    { input: { id, version, name: 'Energy and power' } },
    bearer(keys.editor),
  );
  expect(renamed.errors).toBeUndefined();
  reset();
  const after = await app.gql<Page>(PAGE, { first: 5 });
  expect(after.data!.sector.name).toBe('Energy and power');
  expect(app.statements.sql.length).toBeGreaterThan(1);
});

test('a request with a key is never served from, nor stored in, the public cache', async () => {
  const query = `{ countries(first: 3) { nodes { code name } } }`;
  reset();
  const keyed = await app.gql(query, undefined, bearer(keys.viewer));
  expect(keyed.errors).toBeUndefined();
  expect(app.statements.sql.some((sql) => /FROM "?country"?/.test(sql))).toBe(true);
  // not stored: the first public ask still executes
  reset();
  const anonymous = await app.gql(query);
  expect(anonymous.data).toEqual(keyed.data);
  expect(app.statements.sql.some((sql) => /FROM "?country"?/.test(sql))).toBe(true);
  // now cached for the public, but a keyed ask still executes
  reset();
  await app.gql(query);
  expect(app.statements.sql).toHaveLength(1);
  reset();
  await app.gql(query, undefined, bearer(keys.viewer));
  expect(app.statements.sql.some((sql) => /FROM "?country"?/.test(sql))).toBe(true);
});
