import 'reflect-metadata';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { seed, SEED_FILE } from '../modules/dataset/seed';
import { runCli } from './run-cli';

runCli(async (args) => {
  const database = await openDatabase(loadConfig(), { entities });
  try {
    const summary = await seed(database.dataSource, args[0] ?? SEED_FILE);
    console.log(`seeded: ${JSON.stringify(summary)}`);
  } finally {
    await database.close();
  }
});
