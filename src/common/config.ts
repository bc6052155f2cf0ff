import { CorsOrigins, parseCorsOrigins } from './http/cors';

export interface AppConfig {
  nodeEnv: string;
  port: number;
  host: string;
  /** PostgreSQL server URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Embedded database directory, or "memory" for an in-memory database. */
  pgliteDir: string;
  /**
   * Where the first admin key is written when no active admin key exists (FIRST_ADMIN_KEY_FILE);
   * set, it also enables that in production. Default: first-admin-key.txt in the data directory.
   */
  firstAdminKeyFile?: string;
  migrationsRun: boolean;
  /** Seed an empty database on start (embedded database only unless SEED_ON_START=true). */
  seedOnStart: boolean;
  /** SEED_MANIFEST: the seed manifest to load (default datasets/seed.json). */
  seedManifest: string | undefined;
  poolSize: number;
  logSql: boolean;
  /** pino level: fatal, error, warn, info, debug, trace or silent (LOG_LEVEL). */
  logLevel: string;
  /** Production only: keep introspection and Sandbox on (ALLOW_INTROSPECTION). */
  allowIntrospection: boolean;
  /** PostgreSQL statement_timeout for every statement, in ms (STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
  /** Time allowed to finish in-flight requests on SIGTERM/SIGINT, in ms (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** Express "trust proxy" setting: the client IP comes from X-Forwarded-For (TRUST_PROXY). */
  trustProxy: boolean;
  /** Browser origins allowed to call the API (CORS_ORIGINS); undefined: the default rule. */
  corsOrigins?: CorsOrigins;
  limits: QueryLimits;
  rateLimit: RateLimitSettings;
  /** Redis for state shared by every process: budgets, caches, events (REDIS_URL). */
  redisUrl?: string;
  /** Start of every Redis key (REDIS_PREFIX, default "atlas"). */
  redisPrefix: string;
  /** Streaming replicas that serve read-only operations (DATABASE_READ_URLS, comma-separated). */
  databaseReadUrls: string[];
  /** A replica further behind than this is skipped (REPLICA_MAX_LAG_MS). */
  replicaMaxLagMs: number;
  /** Worker processes behind the one port (WEB_CONCURRENCY); 1 runs no cluster. */
  webConcurrency: number;
}

/** Limits checked before a GraphQL operation runs (see docs/operations.md). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxPageSize: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
}

/** Cost budget per client (API key, else IP): a token bucket. */
export interface RateLimitSettings {
  enabled: boolean;
  /** Most cost a client can spend at once (bucket size). */
  capacity: number;
  /** Cost points given back per second. */
  refillPerSecond: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5000,
  maxCost: 10_000,
  maxPageSize: 100,
  maxBodyBytes: 100 * 1024,
};

export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
  enabled: true,
  capacity: 50_000,
  refillPerSecond: 1_000,
};

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

/** DATABASE_READ_URLS: comma-separated PostgreSQL URLs of streaming replicas. */
export function parseReadUrls(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    nodeEnv: env.NODE_ENV ?? 'development',
    port: integer('PORT', env.PORT, 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    pgliteDir: env.PGLITE_DIR ?? './data',
    firstAdminKeyFile: env.FIRST_ADMIN_KEY_FILE || undefined,
    migrationsRun: flag(env.MIGRATIONS_RUN, true),
    seedOnStart: flag(env.SEED_ON_START, databaseUrl === undefined),
    seedManifest: env.SEED_MANIFEST || undefined,
    poolSize: integer('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
    logSql: flag(env.LOG_SQL, false),
    logLevel: env.LOG_LEVEL || 'info',
    allowIntrospection: flag(env.ALLOW_INTROSPECTION, false),
    statementTimeoutMs: integer('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, 5000),
    shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000),
    trustProxy: flag(env.TRUST_PROXY, false),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'atlas',
    databaseReadUrls: parseReadUrls(env.DATABASE_READ_URLS),
    replicaMaxLagMs: integer('REPLICA_MAX_LAG_MS', env.REPLICA_MAX_LAG_MS, 5000),
    webConcurrency: Math.max(1, integer('WEB_CONCURRENCY', env.WEB_CONCURRENCY, 1)),
    limits: {
      maxDepth: integer('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, DEFAULT_LIMITS.maxDepth),
      maxAliases: integer('MAX_QUERY_ALIASES', env.MAX_QUERY_ALIASES, DEFAULT_LIMITS.maxAliases),
      maxDirectives: integer(
        'MAX_QUERY_DIRECTIVES',
        env.MAX_QUERY_DIRECTIVES,
        DEFAULT_LIMITS.maxDirectives,
      ),
      maxTokens: integer('MAX_QUERY_TOKENS', env.MAX_QUERY_TOKENS, DEFAULT_LIMITS.maxTokens),
      maxCost: integer('MAX_QUERY_COST', env.MAX_QUERY_COST, DEFAULT_LIMITS.maxCost),
      maxPageSize: DEFAULT_LIMITS.maxPageSize,
      maxBodyBytes: integer('MAX_BODY_BYTES', env.MAX_BODY_BYTES, DEFAULT_LIMITS.maxBodyBytes),
    },
    rateLimit: {
      enabled: flag(env.RATE_LIMIT_ENABLED, DEFAULT_RATE_LIMIT.enabled),
      capacity: integer(
        'RATE_LIMIT_CAPACITY',
        env.RATE_LIMIT_CAPACITY,
        DEFAULT_RATE_LIMIT.capacity,
      ),
      refillPerSecond: integer(
        'RATE_LIMIT_REFILL_PER_SECOND',
        env.RATE_LIMIT_REFILL_PER_SECOND,
        DEFAULT_RATE_LIMIT.refillPerSecond,
      ),
    },
  };
}
