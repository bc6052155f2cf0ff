import 'reflect-metadata';
import cluster from 'node:cluster';
import { DataSource } from 'typeorm';
import { createApp } from './app';
import { AppConfig, loadConfig } from './common/config';
import { openDatabase } from './common/database/database';
import { ReadRouter } from './common/database/replicas/read-router';
import { runCluster } from './common/http/cluster';
import { installShutdown } from './common/http/shutdown';
import { createLogger, Logger } from './common/logger';
import { connectRedis } from './common/redis/redis-connection';
import { ensureFirstAdminKey } from './modules/api-key/first-admin-key';
import { isEmpty, seed, syncReferenceData } from './modules/dataset/seed';
import { createLiveBus } from './modules/live/event-bus';
import { entities } from './entities';
import { buildAppSchema } from './schema';

/** Reference data and, on an empty database, the seed (migrations ran when it was opened). */
async function prepareData(dataSource: DataSource, config: AppConfig, logger: Logger) {
  await syncReferenceData(dataSource);
  if (config.seedOnStart && (await isEmpty(dataSource))) {
    const summary = await seed(dataSource);
    logger.info({ summary }, 'seeded an empty database');
  }
  await ensureFirstAdminKey(dataSource, config, logger);
}

/** Done once by the cluster primary, so its workers start on a ready database. */
async function prepareDatabase(config: AppConfig, logger: Logger): Promise<void> {
  const database = await openDatabase(config, {
    entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    await prepareData(database.dataSource, config, logger);
  } finally {
    await database.close();
  }
}

async function serve(config: AppConfig, logger: Logger, prepared: boolean): Promise<void> {
  const database = await openDatabase(prepared ? { ...config, migrationsRun: false } : config, {
    entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const { dataSource } = database;
  if (!prepared) await prepareData(dataSource, config, logger);
  const redis = config.redisUrl
    ? connectRedis(config.redisUrl, logger, config.redisPrefix)
    : undefined;
  const readRouter =
    config.databaseReadUrls.length > 0 && !database.embedded
      ? new ReadRouter(
          dataSource,
          {
            urls: config.databaseReadUrls,
            maxLagMs: config.replicaMaxLagMs,
            poolSize: config.poolSize,
            statementTimeoutMs: config.statementTimeoutMs,
          },
          logger,
        )
      : undefined;
  if (config.databaseReadUrls.length > 0 && database.embedded) {
    logger.warn('DATABASE_READ_URLS is ignored on the embedded database');
  }
  await readRouter?.start();
  const live = createLiveBus({ redisUrl: config.redisUrl, logger });
  const production = config.nodeEnv === 'production';
  const { httpServer, apollo, lifecycle } = await createApp({
    dataSource,
    schema: await buildAppSchema({ live }),
    live,
    production,
    logger,
    limits: config.limits,
    rateLimit: config.rateLimit,
    allowIntrospection: config.allowIntrospection,
    trustProxy: config.trustProxy,
    corsOrigins: config.corsOrigins,
    redis,
    readRouter,
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
      await readRouter?.stop();
      await redis?.close();
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
      redis: redis !== undefined,
      readReplicas: readRouter?.size ?? 0,
    },
    `Cooperation Atlas on http://localhost:${config.port}/graphql, data in ${where}`,
  );
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  if (cluster.isWorker) return serve(config, logger, process.env.ATLAS_PREPARED === '1');
  if (config.webConcurrency > 1 && !config.databaseUrl) {
    logger.warn('WEB_CONCURRENCY needs DATABASE_URL: embedded PGlite serves one process only');
  }
  if (config.webConcurrency <= 1 || !config.databaseUrl) return serve(config, logger, false);
  if (!config.redisUrl) {
    logger.warn('WEB_CONCURRENCY without REDIS_URL: each worker keeps its own rate-limit budget');
  }
  await prepareDatabase(config, logger);
  runCluster({
    workers: config.webConcurrency,
    logger,
    graceMs: config.shutdownGraceMs,
    env: { ATLAS_PREPARED: '1' },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
