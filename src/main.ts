import 'reflect-metadata';
import { createApp } from './app';
import { loadConfig } from './common/config';
import { openDatabase } from './common/database/database';
import { installShutdown } from './common/http/shutdown';
import { createLogger } from './common/logger';
import { ensureFirstAdminKey } from './modules/api-key/first-admin-key';
import { isEmpty, seed, syncReferenceData } from './modules/dataset/seed';
import { buildAppSchema } from './schema';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const database = await openDatabase(config, { statementTimeoutMs: config.statementTimeoutMs });
  const { dataSource } = database;
  await syncReferenceData(dataSource);
  if (config.seedOnStart && (await isEmpty(dataSource))) {
    const summary = await seed(dataSource);
    logger.info({ summary }, 'seeded an empty database');
  }
  await ensureFirstAdminKey(dataSource, config, logger);
  const production = config.nodeEnv === 'production';
  const { httpServer, apollo, lifecycle } = await createApp({
    dataSource,
    schema: await buildAppSchema(),
    production,
    logger,
    limits: config.limits,
    rateLimit: config.rateLimit,
    allowIntrospection: config.allowIntrospection,
    trustProxy: config.trustProxy,
    corsOrigins: config.corsOrigins,
    // Leave a part of the grace period to close the pool once requests are done.
    stopGracePeriodMs: Math.max(0, config.shutdownGraceMs - 1000),
  });
  installShutdown({
    logger,
    graceMs: config.shutdownGraceMs,
    lifecycle,
    stop: async () => {
      await apollo.stop();
      logger.info('requests in flight finished; closing the database pool');
      await database.close();
    },
  });
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const where = database.embedded ? `embedded PGlite (${config.pgliteDir})` : 'PostgreSQL server';
  logger.info(
    {
      port: config.port,
      production,
      statementTimeoutMs: database.embedded ? null : config.statementTimeoutMs,
    },
    `Cooperation Atlas on http://localhost:${config.port}/graphql, data in ${where}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
