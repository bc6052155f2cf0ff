import 'reflect-metadata';
import { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../../src/common/database/data-source.factory';
import { preparedQuery } from '../../src/common/database/prepared-query';
import { createTestDatabase, TestDatabase } from '../support/test-database';

class Recorder implements Logger {
  readonly statements: string[] = [];
  logQuery(query: string) {
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

let database: TestDatabase;
let dataSource: DataSource;
const recorder = new Recorder();

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = createDataSource({
    url: database.url,
    entities: [],
    poolSize: database.embedded ? 1 : 2,
    embedded: database.embedded,
    logging: true,
    logger: recorder,
  });
  await dataSource.initialize();
  await dataSource.query('CREATE TABLE probe (id int PRIMARY KEY, v int NOT NULL)');
  await dataSource.query('INSERT INTO probe VALUES (1, 10), (2, 20), (3, 30)');
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const LOOKUP = 'SELECT id, v FROM probe WHERE id = ANY($1) ORDER BY id';

test('a lookup answers like an ordinary query and is reported to the logger', async () => {
  recorder.statements.length = 0;
  const rows = await preparedQuery(dataSource, LOOKUP, [[3, 1]]);
  expect(rows).toEqual([
    { id: 1, v: 10 },
    { id: 3, v: 30 },
  ]);
  expect(recorder.statements).toEqual([LOOKUP]);
  // Again on the same connection(s): the prepared statement is reused, with new parameters.
  for (let round = 0; round < 3; round += 1) {
    expect(await preparedQuery(dataSource, LOOKUP, [[2]])).toEqual([{ id: 2, v: 20 }]);
  }
});

test('a column whose type changed under the prepared plan is read in its new type', async () => {
  // Prepare it on every connection of the pool.
  await Promise.all([1, 2, 3, 4].map(() => preparedQuery(dataSource, LOOKUP, [[1]])));
  await dataSource.query('ALTER TABLE probe ALTER COLUMN v TYPE text');
  const rows = await Promise.all([1, 2].map(() => preparedQuery(dataSource, LOOKUP, [[1, 2]])));
  for (const answer of rows)
    expect(answer).toEqual([
      { id: 1, v: '10' },
      { id: 2, v: '20' },
    ]);
});

test('a failing statement rejects with the database error and leaves the pool usable', async () => {
  await expect(preparedQuery(dataSource, 'SELECT id FROM no_such_table', [])).rejects.toMatchObject(
    {
      code: '42P01',
    },
  );
  expect(await preparedQuery(dataSource, LOOKUP, [[3]])).toEqual([{ id: 3, v: '30' }]);
});
