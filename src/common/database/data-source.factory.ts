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
  /** The embedded PGlite: one session that outlives every pg client (see singleSessionPool). */
  embedded?: boolean;
}

export const MIGRATIONS_GLOB = path.join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');

/**
 * pg-pool options for the embedded database. PGlite has one session, served to one pg client at a
 * time, and it outlives the client: a replacement client (after an error, or a lost connection)
 * would find the old client's prepared statements (42P05 "already exists" on its first lookup)
 * and session settings. So the pool never lets its client go for idling, and each new client
 * starts by discarding what the session holds; a transaction the old client left open was
 * already rolled back by pglite-socket when its socket went away. PGlite answers on this
 * process's event loop, so a connect "times out" whenever the loop was busy (a long statement,
 * module loading): the bound is generous.
 */
const singleSessionPool = {
  idleTimeoutMillis: 0,
  connectionTimeoutMillis: 60_000,
  onConnect: (client: { query(sql: string): Promise<unknown> }) => client.query('DISCARD ALL'),
};

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
      ...(options.embedded ? singleSessionPool : {}),
      ...(options.statementTimeoutMs
        ? { options: `-c statement_timeout=${Math.floor(options.statementTimeoutMs)}` }
        : {}),
    },
  });
}
