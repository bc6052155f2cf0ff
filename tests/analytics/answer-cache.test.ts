import { MemoryAnswerStore, readDataVersion } from '../../src/common/cache/answer-cache';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Analytics answers are cached per question and data version; every committed write, by any
 * path (GraphQL, raw SQL from another connection, a rolled-back transaction excepted), moves the
 * version so the next request computes a fresh answer.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(() => app.close());

const TOP = `{ topSectors(country: "KR", limit: 3) { sector { code } mentions } }`;
type Top = { topSectors: { sector: { code: string }; mentions: number }[] };

async function top(): Promise<Top['topSectors']> {
  const res = await app.gql<Top>(TOP);
  expect(res.errors).toBeUndefined();
  return res.data!.topSectors;
}

test('a repeated question is answered from the cache: only the data version is read', async () => {
  const first = await top();
  expect(first.length).toBeGreaterThan(0);
  app.statements.count = 0;
  app.statements.sql = [];
  expect(await top()).toEqual(first);
  const analyticsStatements = app.statements.sql.filter((sql) => /analytics_/.test(sql));
  expect(analyticsStatements).toEqual([]);
  expect(app.statements.sql.some((sql) => sql.includes('atlas_data_version'))).toBe(true);
});

test('a whole analytics answer is served before execution: one statement, the same body', async () => {
  const query = `query ($c: String!) { topPartners(country: $c, limit: 5) { partner { code name } mentions share } }`;
  const first = await app.gql(query, { c: 'KR' });
  expect(first.errors).toBeUndefined();
  app.statements.sql = [];
  const second = await app.gql(query, { c: 'KR' });
  expect(second.data).toEqual(first.data);
  expect(app.statements.sql).toHaveLength(1);
  expect(app.statements.sql[0]).toContain('atlas_data_version');
  // a query mixing analytics with other fields is executed as usual
  app.statements.sql = [];
  const mixed = await app.gql(
    `{ topPartners(country: "KR", limit: 5) { mentions } countries(first: 1) { nodes { code } } }`,
  );
  expect(mixed.errors).toBeUndefined();
  expect(app.statements.sql.some((sql) => /FROM "?country"?/.test(sql))).toBe(true);
});

test('a committed write moves the data version and the next answer sees it', async () => {
  const before = await top();
  const version = await readDataVersion(app.dataSource);
  const sector = before[0].sector.code;
  await app.dataSource.query(
    `DELETE FROM sector_interest WHERE id = (
       SELECT si.id FROM sector_interest si JOIN country c ON c.id = si.country_id
        JOIN sector s ON s.id = si.sector_id WHERE c.alpha2 = 'KR' AND s.code = $1 LIMIT 1)`,
    [sector],
  );
  expect(await readDataVersion(app.dataSource)).not.toBe(version);
  const after = await top();
  const mentions = (list: Top['topSectors']) =>
    list.find((item) => item.sector.code === sector)?.mentions ?? 0;
  expect(mentions(after)).toBe(mentions(before) - 1);
});

// The embedded pool has one connection: while the runner holds it, read through the runner.
const versionOn = async (runner: { query(sql: string): Promise<{ version: string }[]> }) =>
  (await runner.query('SELECT sum("version")::text AS "version" FROM "atlas_data_version"'))[0]
    .version;

test('a rolled-back write leaves the version as it was; one transaction bumps it once', async () => {
  const version = BigInt(await readDataVersion(app.dataSource));
  const runner = app.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`UPDATE sector SET name = name || ' x' WHERE code = 'energy'`);
    await runner.rollbackTransaction();
    expect(BigInt(await versionOn(runner))).toBe(version);
    await runner.startTransaction();
    await runner.query(`UPDATE sector SET name = name || ' x' WHERE code = 'energy'`);
    await runner.query(`UPDATE sector SET name = left(name, -2) WHERE code = 'energy'`);
    await runner.commitTransaction();
  } finally {
    await runner.release();
  }
  expect(BigInt(await readDataVersion(app.dataSource))).toBe(version + 1n);
});

test('the in-memory store is bounded by entries and by size, least recently used out first', async () => {
  const store = new MemoryAnswerStore(2, 100);
  await store.set('a', 1);
  await store.set('b', 2);
  expect(await store.get('a')).toBe(1); // a is now the most recent
  await store.set('c', 3);
  expect(await store.get('b')).toBeUndefined();
  expect(await store.get('a')).toBe(1);
  expect(await store.get('c')).toBe(3);
  await store.set('big', 'x'.repeat(60)); // 130 bytes: more than the whole store holds
  expect(await store.get('big')).toBeUndefined();
  await store.set('d', 'y'.repeat(46)); // 98 bytes: pushes the other two (4 bytes each) out
  expect(store.size).toBe(1);
  expect(await store.get('d')).toBe('y'.repeat(46));
});
