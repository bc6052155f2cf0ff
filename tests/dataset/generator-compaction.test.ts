import 'reflect-metadata';
import { generate } from '../../src/cli/generator/generator';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The generator writes in batches, and every batch rewrites the rollup groups it touches. Left
 * as they are, the rollups keep the pages of every dead version; scans then read all of them.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
  await generate(app.dataSource, { interests: 600, seed: 3, batchMeetings: 8 });
}, 240_000);
afterAll(() => app?.close());

const ROLLUPS = [
  'analytics_country_root_year',
  'analytics_country_sector_year',
  'analytics_country_partner_year',
  'analytics_country_sector_total',
  'analytics_country_partner_total',
];

/** Pages a table takes beyond a fresh copy of its rows. */
async function excessPages(table: string): Promise<number> {
  await app.dataSource.query(`DROP TABLE IF EXISTS fresh_copy`);
  await app.dataSource.query(`CREATE TABLE fresh_copy AS SELECT * FROM ${table}`);
  const [{ kept, fresh }] = await app.dataSource.query(
    `SELECT pg_relation_size($1::regclass)::int AS kept, pg_relation_size('fresh_copy')::int AS fresh`,
    [table],
  );
  await app.dataSource.query(`DROP TABLE fresh_copy`);
  return (kept - fresh) / 8192;
}

test('every rollup takes no more pages than a fresh copy of its rows', async () => {
  const excess: Record<string, number> = {};
  for (const table of ROLLUPS) {
    const [{ rows }] = await app.dataSource.query(`SELECT count(*)::int AS rows FROM ${table}`);
    expect(rows).toBeGreaterThan(0);
    excess[table] = Math.max(0, await excessPages(table));
  }
  expect(excess).toEqual(Object.fromEntries(ROLLUPS.map((table) => [table, 0])));
});
