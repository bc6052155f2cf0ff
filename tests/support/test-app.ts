import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { DataSource, Logger } from 'typeorm';
import { createApp } from '../../src/app';
import type { JitSettings } from '../../src/common/graphql/jit-executor';
import type { RateLimitSettings } from '../../src/common/config';
import type { SubscriptionLimits } from '../../src/common/http/subscriptions';
import { createDataSource } from '../../src/common/database/data-source.factory';
import { entities } from '../../src/entities';
import { silentLogger } from '../../src/common/logger';
import { seed, syncReferenceData } from '../../src/modules/dataset/seed';
import { createLiveBus, LiveBus } from '../../src/modules/live/event-bus';
import { buildAppSchema, liveBusOf } from '../../src/schema';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  body: Record<string, unknown>;
}

export interface TestApp {
  url: string;
  /** The same endpoint for graphql-ws (subscriptions). */
  wsUrl: string;
  dataSource: DataSource;
  database: TestDatabase;
  /** The app's pub/sub of live updates (tests publish probes on it). */
  live: LiveBus;
  /** Counts SQL statements the app sends; reset it before the request you measure. */
  statements: { count: number; sql: string[] };
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Load the article's seed dataset (default true). */
  seed?: boolean;
  production?: boolean;
  /** Connections to a server database (default 5; the embedded database always has 1). */
  poolSize?: number;
  /** Per-client cost budget (default: the app's default, on). */
  rateLimit?: Partial<RateLimitSettings>;
  /** READS_REQUIRE_KEY for this app (default: the environment's). */
  readsRequireKey?: boolean;
  subscriptionLimits?: Partial<SubscriptionLimits>;
  /** Live updates over this Redis (default: REDIS_URL if set, else in-process). */
  redisUrl?: string;
  /**
   * A second app on the database of `other` (left to `other` to drop): its own pool on a server
   * database, the same DataSource on the embedded one (PGlite takes one connection).
   */
  sameDatabaseAs?: TestApp;
  /** graphql-jit (default: on, compiling every query at its first use, so the suite runs it). */
  jit?: JitSettings;
  /** false: no answer or response cache, so every request executes. */
  answerCache?: false;
  /** Selection-built SQL reads of meetings (default: on, so the suite runs them). */
  selectionSql?: boolean;
}

class CountingLogger implements Logger {
  constructor(private readonly statements: { count: number; sql: string[] }) {}
  logQuery(query: string) {
    this.statements.count += 1;
    this.statements.sql.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** The real app on a fresh database, listening on a free loopback port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const other = options.sameDatabaseAs;
  if (other?.database.embedded)
    return listen(other.database, other.dataSource, other.statements, options, false);
  const database = other?.database ?? (await createTestDatabase());
  const statements = { count: 0, sql: [] as string[] };
  const dataSource = createDataSource({
    url: database.url,
    entities,
    poolSize: database.embedded ? 1 : (options.poolSize ?? 5),
    embedded: database.embedded,
    logging: true,
    logger: new CountingLogger(statements),
  });
  await dataSource.initialize();
  if (!other) {
    await dataSource.runMigrations({ transaction: 'each' });
    await syncReferenceData(dataSource);
    if (options.seed ?? true) await seed(dataSource);
  }
  return listen(database, dataSource, statements, options, true);
}

async function listen(
  database: TestDatabase,
  dataSource: DataSource,
  statements: TestApp['statements'],
  options: TestAppOptions,
  ownsDataSource: boolean,
): Promise<TestApp> {
  const ownsDatabase = !options.sameDatabaseAs;
  const schema = await buildAppSchema(
    options.redisUrl ? { live: createLiveBus({ redisUrl: options.redisUrl }) } : {},
  );
  const { httpServer, apollo } = await createApp({
    dataSource,
    schema,
    production: options.production ?? false,
    logger: silentLogger(),
    rateLimit: options.rateLimit,
    readsRequireKey: options.readsRequireKey,
    subscriptionLimits: options.subscriptionLimits,
    jit: options.jit ?? { enabled: true, compileAfter: 1 },
    selectionSql: options.selectionSql ?? true,
    ...(options.answerCache === false ? { answers: null } : {}),
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    dataSource,
    database,
    live: liveBusOf(schema)!,
    statements,
    async gql(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Record<string, unknown>;
      return {
        status: response.status,
        data: body.data as never,
        errors: body.errors as never,
        body,
      };
    },
    async close() {
      await apollo.stop();
      if (ownsDataSource) await dataSource.destroy();
      if (ownsDatabase) await database.drop();
    },
  };
}
