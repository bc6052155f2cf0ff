import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { seed, seedAll, seedFiles } from '../modules/dataset/seed';
import { runCli } from './run-cli';

/** npm run seed: the seed manifest's files in order (SEED_MANIFEST or datasets/seed.json); npm run seed -- <file>: that file. */
runCli(async (args) => {
  const config = loadConfig();
  const database = await openDatabase(config, { entities });
  try {
    if (args[0]) {
      const summary = await seed(database.dataSource, args[0]);
      console.log(`seeded ${args[0]}: ${JSON.stringify(summary)}`);
      return;
    }
    await seedAll(
      database.dataSource,
      seedFiles(config.seedManifest),
      ({ file, summary, seconds }) =>
        console.log(
          `seeded ${path.basename(file)} in ${seconds.toFixed(1)} s: ${JSON.stringify(summary)}`,
        ),
    );
  } finally {
    await database.close();
  }
});
