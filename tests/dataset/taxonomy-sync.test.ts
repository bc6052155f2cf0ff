import 'reflect-metadata';
import { readTaxonomy, syncTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app?.close());

const OLD_SECTORS = [
  ...['energy', 'alternative-energy', 'oil-gas', 'energy-security', 'education'],
  ...['vocational-education', 'higher-education', 'e-government', 'smart-cities', 'mining'],
  ...['agriculture', 'ict', 'digital-infrastructure', 'investment', 'trade-economy'],
  ...['political-dialogue', 'parliamentary', 'reconstruction', 'multilateral', 'transport'],
  ...['logistics', 'tourism', 'security', 'defence', 'demining', 'humanitarian', 'health'],
  ...['culture', 'environment', 'science-technology'],
];

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

test('a database with the old taxonomy gets the new sectors, their phrases and the CRS codes', async () => {
  // Back to the taxonomy before issue 25: the migration's down puts the moved phrases back on
  // their old sectors, the sectors it added are gone and some old ones have no CRS code.
  const { SectorCrsTaxonomy1795936000000: Migration } =
    await import('../../migrations/1795936000000-SectorCrsTaxonomy');
  // One query runner at a time: the embedded pool has one connection.
  const migrate = async (step: 'up' | 'down') => {
    const runner = app.dataSource.createQueryRunner();
    try {
      await new Migration()[step](runner);
    } finally {
      await runner.release();
    }
  };
  await migrate('down');
  const added = readTaxonomy()
    .map((sector) => sector.code)
    .filter((code) => !OLD_SECTORS.includes(code));
  expect(added).toHaveLength(20);
  await app.dataSource.query(`DELETE FROM sector WHERE code = 'debt-relief'`);
  await app.dataSource.query(`DELETE FROM sector WHERE code = ANY($1)`, [added]);
  await app.dataSource.query(
    `UPDATE sector SET crs_code = NULL WHERE code IN ('political-dialogue', 'defence')`,
  );
  const before = await app.dataSource.query(
    `SELECT code, crs_code, 'climate' = ANY(synonyms) AS climate FROM sector
        WHERE code IN ('environment', 'energy') ORDER BY code`,
  );
  expect(before).toEqual([
    { code: 'energy', crs_code: '230', climate: false },
    { code: 'environment', crs_code: '410', climate: true },
  ]);

  await migrate('up');
  await syncTaxonomy(app.dataSource);
  const rows: { code: string; crs_code: string; parent: string | null; synonyms: string[] }[] =
    await app.dataSource.query(
      `SELECT s.code, s.crs_code, p.code AS parent, s.synonyms FROM sector s
         LEFT JOIN sector p ON p.id = s.parent_id ORDER BY s.code`,
    );
  const by = new Map(rows.map((row) => [row.code, row]));
  expect(rows).toHaveLength(readTaxonomy().length);
  expect(rows.filter((row) => row.crs_code === null)).toEqual([]);
  expect(by.get('energy')?.crs_code).toBe('231');
  expect(by.get('political-dialogue')?.crs_code).toBe('15121');
  expect(by.get('debt-relief')).toMatchObject({ parent: 'finance-banking', crs_code: '600' });
  expect(by.get('climate-change')?.synonyms).toContain('climate change');
  expect(by.get('environment')?.synonyms).not.toContain('climate');
  expect(by.get('environment')?.synonyms).not.toContain('climate change');
  expect(by.get('agriculture')?.synonyms).not.toContain('fisheries');

  app.statements.sql.length = 0;
  await syncTaxonomy(app.dataSource);
  expect(sectorWrites()).toEqual([]);
});
