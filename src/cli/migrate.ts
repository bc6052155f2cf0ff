import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { renderMigration, schemaDiff } from '../common/database/schema-diff';
import { runCli } from './run-cli';

const USAGE = 'usage: migrate run | revert | generate <PascalCaseName>';

runCli(async (args) => {
  const [command, name] = args;
  const config = { ...loadConfig(), migrationsRun: false };
  const database = await openDatabase(config, { entities });
  try {
    const { dataSource } = database;
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(
        applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'up to date',
      );
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else if (command === 'generate') {
      if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error(USAGE);
      if (await dataSource.showMigrations()) {
        throw new Error('Apply the pending migrations first (npm run migration:run).');
      }
      const diff = await schemaDiff(dataSource);
      if (diff.up.length === 0) {
        console.log('No changes: the entities and the migrations agree.');
        return;
      }
      const timestamp = Date.now();
      const file = path.resolve('migrations', `${timestamp}-${name}.ts`);
      writeFileSync(file, renderMigration(name, timestamp, diff));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    } else {
      throw new Error(USAGE);
    }
  } finally {
    await database.close();
  }
});
