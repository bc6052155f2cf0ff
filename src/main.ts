import 'reflect-metadata';
import { createApp } from './app';
import { loadConfig } from './common/config';
import { openDatabase } from './common/database/database';
import { isEmpty, seed, syncReferenceData } from './modules/dataset/seed';
import { buildAppSchema } from './schema';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const { dataSource } = database;
  await syncReferenceData(dataSource);
  if (config.seedOnStart && (await isEmpty(dataSource))) {
    const summary = await seed(dataSource);
    console.log(`seeded an empty database: ${JSON.stringify(summary)}`);
  }
  const { httpServer, apollo } = await createApp({
    dataSource,
    schema: await buildAppSchema(),
    production: config.nodeEnv === 'production',
  });
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const where = database.embedded ? `embedded PGlite (${config.pgliteDir})` : 'PostgreSQL server';
  console.log(`Cooperation Atlas on http://localhost:${config.port}/graphql, data in ${where}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing the database`);
    await apollo.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
