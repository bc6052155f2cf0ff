import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/common/database/data-source.factory';
import { schemaDiff } from '../../src/common/database/schema-diff';
import { entities } from '../../src/entities';
import { createTestDatabase, TestDatabase } from '../support/test-database';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = createDataSource({
    url: database.url,
    entities,
    poolSize: 1,
    embedded: database.embedded,
  });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

test('after all migrations, generating a migration yields nothing', async () => {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  expect(applied.length).toBeGreaterThan(0);
  expect(await dataSource.showMigrations()).toBe(false);
  expect(await schemaDiff(dataSource)).toEqual({ up: [], down: [] });
});

test('every migration reverts and applies again', async () => {
  const count = dataSource.migrations.length;
  for (let i = 0; i < count; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
  const tables: { n: number }[] = await dataSource.query(
    "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
  );
  expect(tables[0].n).toBe(0);
  await dataSource.runMigrations({ transaction: 'each' });
  expect(await schemaDiff(dataSource)).toEqual({ up: [], down: [] });
});

test('natural keys are unique and every foreign key is indexed', async () => {
  const unindexed: { table_name: string; column_name: string }[] = await dataSource.query(`
    SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f'
       AND NOT EXISTS (
         SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`);
  expect(unindexed).toEqual([]);
  const unique: { indexdef: string }[] = await dataSource.query(
    "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE%'",
  );
  const defs = unique.map((u) => u.indexdef).join('\n');
  expect(defs).toMatch(/ON public\.country USING btree \(code\)/);
  expect(defs).toMatch(/ON public\.sector USING btree \(code\)/);
  expect(defs).toMatch(/ON public\.source USING btree \(url\)/);
});
