import path from 'node:path';
import { types as pgTypes } from 'pg';
import { DataSource, DataSourceOptions as TypeOrmOptions, Logger } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

const DATE_OID = 1082;

export interface DataSourceOptions {
  url: string;
  /** The entity classes (src/entities.ts): the app passes its own, as it passes its resolvers. */
  entities: NonNullable<TypeOrmOptions['entities']>;
  poolSize: number;
  logging?: boolean;
  /** Receives every SQL statement; tests use it to count statements per request. */
  logger?: Logger;
  applicationName?: string;
  /** statement_timeout for every session, in ms (PostgreSQL server; PGlite ignores it). */
  statementTimeoutMs?: number;
  /** The `pg` module to use (read replicas pass one that falls back to the primary). */
  driver?: unknown;
}

export const MIGRATIONS_GLOB = path.join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: options.logging ?? false,
    logger: options.logger,
    poolSize: options.poolSize,
    applicationName: options.applicationName ?? 'cooperation-atlas',
    ...(options.driver ? { driver: options.driver } : {}),
    extra: {
      // Calendar dates stay "YYYY-MM-DD" strings: a JS Date would shift them by the time zone.
      types: {
        getTypeParser: (oid: number, format?: 'text' | 'binary') =>
          oid === DATE_OID ? (value: string) => value : pgTypes.getTypeParser(oid, format),
      },
      connectionTimeoutMillis: 10_000,
      ...(options.statementTimeoutMs
        ? { options: `-c statement_timeout=${Math.floor(options.statementTimeoutMs)}` }
        : {}),
    },
  });
}
