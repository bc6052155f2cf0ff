import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { DatasetService } from '../../src/modules/dataset/dataset.service';
import { seedAll, SEED_FILE, syncReferenceData } from '../../src/modules/dataset/seed';
import { readDatasetFile } from '../../src/modules/dataset/dataset-file';
import { syntheticDataset } from '../support/synthetic-dataset';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The fast seed (triggers off, derived tables refreshed once per file) must leave every derived
 * table exactly as the triggers leave it: one database is seeded fast, the other loads the same
 * files the normal way, and every read-model table is compared row for row.
 */
let fast: TestApp;
let slow: TestApp;
let files: string[];
beforeAll(async () => {
  fast = await startTestApp({ seed: false });
  slow = await startTestApp({ seed: false });
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-seed-fast-'));
  const write = (name: string, data: unknown) => {
    writeFileSync(path.join(dir, name), JSON.stringify(data));
    return path.join(dir, name);
  };
  files = [
    SEED_FILE,
    write('a.json', syntheticDataset({ meetings: 120, prefix: 'a', seed: 3 })),
    write('b.json', syntheticDataset({ meetings: 80, prefix: 'b', seed: 5 })),
  ];
}, 180_000);
afterAll(async () => {
  await fast?.close();
  await slow?.close();
});

const DERIVED = [
  'analytics_sector_tree',
  'analytics_interest',
  'analytics_country_sector_year',
  'analytics_country_partner_year',
  'analytics_country_sector_total',
  'analytics_country_partner_total',
  'analytics_pair_sector_year',
  'analytics_pair_sector_total',
  'analytics_country_root_year',
  'analytics_country_root_total',
  'analytics_country_root_cumulative',
  'analytics_country_cumulative',
  'analytics_meeting_pair',
  'analytics_pair_month',
  'analytics_relation_anniversary',
];

/** A table's rows as text, meetings named by key (a file loaded in parts numbers them otherwise). */
async function rows(ds: DataSource, table: string): Promise<string[]> {
  const byKey = ['analytics_interest', 'analytics_meeting_pair'].includes(table);
  const found: { r: string }[] = await ds.query(
    byKey
      ? `SELECT (to_jsonb(t) - 'interest_id' - 'meeting_id' || jsonb_build_object('meeting', m.key))::text AS r
           FROM "${table}" t JOIN meeting m ON m.id = t.meeting_id`
      : `SELECT to_jsonb(t)::text AS r FROM "${table}" t`,
  );
  return found.map((x) => x.r).sort();
}

/** Share sums are floating point: compared to 9 digits. */
async function shares(ds: DataSource): Promise<unknown[]> {
  return ds.query(
    `SELECT channel, root_id, round(share_sum::numeric, 9)::text AS s, countries
       FROM analytics_root_share_total ORDER BY 1, 2`,
  );
}

/** Every single-column foreign key of the schema, checked by an anti-join. */
async function danglingReferences(ds: DataSource): Promise<string[]> {
  const keys: { t: string; col: string; ref: string; refcol: string }[] = await ds.query(
    `SELECT c.conrelid::regclass::text AS t, a.attname AS col, c.confrelid::regclass::text AS ref,
            af.attname AS refcol
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND cardinality(c.conkey) = 1`,
  );
  const dangling: string[] = [];
  for (const k of keys) {
    const [{ n }]: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM ${k.t} x WHERE x."${k.col}" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ${k.ref} y WHERE y."${k.refcol}" = x."${k.col}")`,
    );
    if (n > 0) dangling.push(`${k.t}.${k.col}: ${n}`);
  }
  return dangling;
}

test('a fast seed, in parts or not, leaves every rollup as the triggers would, with one audit entry per part', async () => {
  // The article through the start's entry point; the second file in parts of 25 meetings.
  await seedAll(fast.dataSource, files.slice(0, 1));
  const service = new DatasetService(fast.dataSource);
  await service.seedFile(readDatasetFile(files[1]), path.basename(files[1]), 25);
  await service.seedFile(readDatasetFile(files[2]), path.basename(files[2]));
  await syncReferenceData(slow.dataSource);
  for (const file of files) {
    await new DatasetService(slow.dataSource).load(readDatasetFile(file), { operation: 'seed' });
  }
  const [{ n: interests }] = await fast.dataSource.query(
    'SELECT count(*)::int AS n FROM analytics_interest',
  );
  expect(interests).toBeGreaterThan(600);
  for (const table of DERIVED) {
    expect({ table, rows: await rows(fast.dataSource, table) }).toEqual({
      table,
      rows: await rows(slow.dataSource, table),
    });
  }
  expect(await shares(fast.dataSource)).toEqual(await shares(slow.dataSource));
  expect(await danglingReferences(fast.dataSource)).toEqual([]);

  const audit: { operation: string; file: string }[] = await fast.dataSource.query(
    `SELECT operation, changes -> 'file' ->> 'after' AS file FROM audit_log
      WHERE entity = 'seed_file' ORDER BY id`,
  );
  expect([...new Set(audit.map((a) => a.file))]).toEqual(files.map((f) => path.basename(f)));
  expect(audit.every((a) => a.operation === 'seed')).toBe(true);
  expect(audit.filter((a) => a.file === 'a.json').length).toBeGreaterThanOrEqual(5);
  const recorded = await fast.dataSource.query('SELECT name FROM seed_file ORDER BY name');
  expect(recorded.map((r: { name: string }) => r.name).sort()).toEqual(
    files.map((f) => path.basename(f)).sort(),
  );
  const [{ v }] = await fast.dataSource.query(
    'SELECT sum(version)::int AS v FROM atlas_data_version',
  );
  expect(v).toBeGreaterThanOrEqual(files.length);
});

test('a file that changes stored rows is loaded with the triggers on', async () => {
  const changed = syntheticDataset({ meetings: 120, prefix: 'a', seed: 3 });
  for (const m of changed.meetings ?? []) m.start = '1999-05-01';
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-seed-fast-changed-'));
  const file = path.join(dir, 'a-changed.json');
  writeFileSync(file, JSON.stringify(changed));
  await seedAll(fast.dataSource, [file]);
  await new DatasetService(slow.dataSource).load(changed, { operation: 'seed' });
  for (const table of DERIVED) {
    expect({ table, rows: await rows(fast.dataSource, table) }).toEqual({
      table,
      rows: await rows(slow.dataSource, table),
    });
  }
  const [{ n }] = await fast.dataSource.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'meeting' AND action = 'UPDATE'`,
  );
  expect(n).toBeGreaterThan(0);
});
