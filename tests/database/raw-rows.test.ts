import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { createDataSource } from '../../src/common/database/data-source.factory';
import { Loaders } from '../../src/common/loaders';
import { createTestDatabase, TestDatabase } from '../support/test-database';

@Entity('phrase_probe')
class PhraseProbe {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phrases!: string[];

  @Column({ type: 'text', array: true, nullable: true })
  others!: string[] | null;
}

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = createDataSource({
    url: database.url,
    entities: [PhraseProbe],
    poolSize: 1,
    embedded: database.embedded,
  });
  await dataSource.initialize();
  await dataSource.query(
    'CREATE TABLE phrase_probe (id int PRIMARY KEY, phrases text[] NOT NULL, others text[])',
  );
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

test('text arrays read by a loader keep every character, empty and null arrays', async () => {
  const awkward = ['a "quoted", {braced} phrase', 'back\\slash', 'NULL', '', 'Ünïcødé ’s'];
  await dataSource.query('INSERT INTO phrase_probe VALUES ($1, $2, $3), ($4, $5, $6)', [
    1,
    awkward,
    ['x', null],
    2,
    [],
    null,
  ]);
  const loaded = await new Loaders(dataSource).byId(PhraseProbe).loadMany([1, 2, 3]);
  expect(loaded).toEqual([
    Object.assign(new PhraseProbe(), { id: 1, phrases: awkward, others: ['x', null] }),
    Object.assign(new PhraseProbe(), { id: 2, phrases: [], others: null }),
    null,
  ]);
});
