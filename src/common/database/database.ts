import { DataSource, Logger } from 'typeorm';
import { AppConfig } from '../config';
import { createDataSource, DataSourceOptions } from './data-source.factory';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The entity classes (src/entities.ts). */
  entities: DataSourceOptions['entities'];
  logger?: Logger;
  applicationName?: string;
  /**
   * statement_timeout for the app's sessions, in ms (PostgreSQL server only: PGlite cannot cancel
   * a statement). Migrations run first on a session of their own, without it.
   */
  statementTimeoutMs?: number;
}

const MIGRATION_LOCK = 'cooperation-atlas:migrations';

/** Opens the configured back-end: the PostgreSQL server at DATABASE_URL, or embedded PGlite. */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'pgliteDir' | 'poolSize' | 'logSql' | 'migrationsRun'>,
  options: OpenDatabaseOptions,
): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.pgliteDir);
  const url = config.databaseUrl ?? embedded!.url;
  const statementTimeoutMs = embedded ? undefined : options.statementTimeoutMs;
  const { entities } = options;
  const dataSource = createDataSource({
    url,
    entities,
    poolSize: embedded ? 1 : config.poolSize,
    embedded: embedded !== undefined,
    logging: config.logSql,
    logger: options.logger,
    applicationName: options.applicationName,
    statementTimeoutMs,
  });
  try {
    if (config.migrationsRun && statementTimeoutMs) {
      const migrator = createDataSource({ url, entities, poolSize: 1, logging: config.logSql });
      await migrator.initialize();
      try {
        // Processes that start together (replicas behind a load balancer) migrate one at a time;
        // the pool of one keeps the session lock on the migrations' own connection.
        await migrator.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
        await migrator.runMigrations({ transaction: 'each' });
      } finally {
        await migrator.destroy();
      }
    }
    await dataSource.initialize();
    if (config.migrationsRun && !statementTimeoutMs) {
      await dataSource.runMigrations({ transaction: 'each' });
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: embedded !== undefined,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
