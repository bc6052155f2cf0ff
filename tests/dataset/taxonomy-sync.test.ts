import 'reflect-metadata';
import { readTaxonomy, syncTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app?.close());

const sectorWrites = () => app.statements.sql.filter((sql) => /INSERT INTO sector\b/.test(sql));

test('a start that finds the taxonomy in place writes nothing to sector', async () => {
  // Every statement on sector rebuilds the analytics sector tree; a start must not cause one.
  app.statements.sql.length = 0;
  await syncTaxonomy(app.dataSource);
  expect(sectorWrites()).toEqual([]);
  const [{ sectors }] = await app.dataSource.query('SELECT count(*)::int AS sectors FROM sector');
  expect(sectors).toBe(readTaxonomy().length);
});

test('only what is missing is written: emptied synonyms come back, edited ones stay', async () => {
  await app.dataSource.query(`UPDATE sector SET synonyms = '{}' WHERE code = 'energy'`);
  await app.dataSource.query(`UPDATE sector SET synonyms = '{"own words"}' WHERE code = 'tourism'`);
  app.statements.sql.length = 0;
  await syncTaxonomy(app.dataSource);
  expect(sectorWrites()).toHaveLength(1);
  const rows: { code: string; synonyms: string[] }[] = await app.dataSource.query(
    `SELECT code, synonyms FROM sector WHERE code IN ('energy', 'tourism') ORDER BY code`,
  );
  expect(rows[0].synonyms.length).toBeGreaterThan(0);
  expect(rows[1].synonyms).toEqual(['own words']);
});
