import 'reflect-metadata';
import cluster from 'node:cluster';
import path from 'node:path';
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
import { pendingSeedFiles, seedAll, syncReferenceData } from './modules/dataset/seed';
import { createLiveBus } from './modules/live/event-bus';
import { entities } from './entities';
import { buildAppSchema } from './schema';

/** Reference data and the first admin key (migrations ran when the database was opened). */
async function prepareData(dataSource: DataSource, config: AppConfig, logger: Logger) {
  await syncReferenceData(dataSource);
  await ensureFirstAdminKey(dataSource, config, logger);
}

/**
 * The seed manifest's files an empty (or part-seeded) database lacks, in transactions of at most
 * 1,000 meetings. The server answers meanwhile, from what is committed (a request waits while a
 * part is being written on the embedded database's one connection), and /readyz answers 503
 * `seeding` until it is done.
 */
async function seedOnStart(dataSource: DataSource, config: AppConfig, logger: Logger) {
  if (!config.seedOnStart) return;
  const files = await pendingSeedFiles(dataSource, config.seedManifest);
  if (files.length === 0) return;
  logger.info({ files: files.map((f) => path.basename(f)) }, 'seeding the database');
  const started = Date.now();
  await seedAll(dataSource, files, ({ file, summary, seconds }, index) =>
    logger.info(
      {
        file: path.basename(file),
        seconds,
        meetings: summary.meetings,
        interests: summary.interests,
      },
      `seed file ${index + 1} of ${files.length} loaded`,
    ),
  );
  logger.info({ seconds: (Date.now() - started) / 1000 }, 'seeded');
}

/** Done once by the cluster primary, so its workers start on a ready database. */
async function prepareDatabase(config: AppConfig, logger: Logger): Promise<void> {
  const database = await openDatabase(config, {
    entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    await prepareData(database.dataSource, config, logger);
    await seedOnStart(database.dataSource, config, logger);
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
  if (!prepared) {
    lifecycle.seeding = true;
    seedOnStart(dataSource, config, logger)
      .catch((error: unknown) =>
        logger.error({ err: error }, 'seeding failed; the next start tries again'),
      )
      .finally(() => (lifecycle.seeding = false));
  }
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
