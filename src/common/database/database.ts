import { DataSource, Logger } from 'typeorm';
import { AppConfig } from '../config';
import { createDataSource } from './data-source.factory';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  logger?: Logger;
  applicationName?: string;
}

/** Opens the configured back-end: the PostgreSQL server at DATABASE_URL, or embedded PGlite. */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'pgliteDir' | 'poolSize' | 'logSql' | 'migrationsRun'>,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.pgliteDir);
  const dataSource = createDataSource({
    url: config.databaseUrl ?? embedded!.url,
    poolSize: embedded ? 1 : config.poolSize,
    logging: config.logSql,
    logger: options.logger,
    applicationName: options.applicationName,
  });
  try {
    await dataSource.initialize();
    if (config.migrationsRun) await dataSource.runMigrations({ transaction: 'each' });
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
