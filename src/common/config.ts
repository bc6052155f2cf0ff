export interface AppConfig {
  nodeEnv: string;
  port: number;
  host: string;
  /** PostgreSQL server URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Embedded database directory, or "memory" for an in-memory database. */
  pgliteDir: string;
  migrationsRun: boolean;
  /** Seed an empty database on start (embedded database only unless SEED_ON_START=true). */
  seedOnStart: boolean;
  poolSize: number;
  logSql: boolean;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  }
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    nodeEnv: env.NODE_ENV ?? 'development',
    port: integer('PORT', env.PORT, 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    pgliteDir: env.PGLITE_DIR ?? './data',
    migrationsRun: flag(env.MIGRATIONS_RUN, true),
    seedOnStart: flag(env.SEED_ON_START, databaseUrl === undefined),
    poolSize: integer('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
    logSql: flag(env.LOG_SQL, false),
  };
}
