import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { KeyValueCache } from '@apollo/utils.keyvaluecache';
import express from 'express';
import { GraphQLError, GraphQLSchema } from 'graphql';
import http from 'node:http';
import { DataSource } from 'typeorm';
import { authenticate, readsRequireKey } from './common/auth/authenticate';
import { readAccessPlugin } from './common/auth/read-access';
import { nulCharacterPlugin } from './common/http/nul-characters';
import {
  DEFAULT_LIMITS,
  DEFAULT_RATE_LIMIT,
  QueryLimits,
  RateLimitSettings,
} from './common/config';
import { createFormatError } from './common/graphql/format-error';
import { jitGateway, JitSettings, jitSettingsFromEnv } from './common/graphql/jit-executor';
import { cacheControlPlugin } from './common/http/cache-control';
import { graphqlHandler } from './common/http/graphql-handler';
import { RawJsonResults } from './common/graphql/raw-json';
import { SelectionSqlExecutor } from './common/graphql/selection-sql/selection-sql-executor';
import { corsMiddleware, CorsOrigins } from './common/http/cors';
import { createOperationalFormatError } from './common/http/error-codes';
import {
  checkPersistedQueryHash,
  inMemoryPersistedQueries,
  PERSISTED_QUERY_TTL_SECONDS,
} from './common/http/persisted-queries';
import { healthRoutes, Lifecycle } from './common/http/health';
import { AppMetrics, ScaleOutState } from './common/http/metrics';
import {
  ensureBody,
  httpErrorHandler,
  metaOf,
  notFound,
  etagOnReads,
  requestTracking,
  requireJsonPost,
} from './common/http/middleware';
import { limitValidationRules, operationsPlugin } from './common/http/operations-plugin';
import { CostRateLimiter } from './common/http/rate-limiter';
import { consistencyTokenPlugin, routeReads } from './common/http/read-routing';
import { SharedRateLimiter } from './common/http/shared-rate-limiter';
import type { ReadRouter } from './common/database/replicas/read-router';
import type { SharedRedis } from './common/redis/redis-connection';
import {
  RedisAnswerStore,
  RedisKeyValueCache,
  TieredAnswerStore,
} from './common/redis/redis-stores';
import {
  serveSubscriptions,
  SubscriptionLimits,
  subscriptionLimitsFromEnv,
} from './common/http/subscriptions';
import { bindRequestMeta } from './common/http/request-meta';
import { createLogger, Logger } from './common/logger';
import { answerCacheFromEnv, AnswerCache } from './common/cache/answer-cache';
import { responseCache } from './common/cache/response-cache';
import { ApiKeyService } from './modules/api-key/api-key.service';
import { CACHED_ANALYTICS } from './modules/analytics/cached-analytics';
import { Context, createContext } from './context';
import { createLiveBus, LiveBus } from './modules/live/event-bus';
import { liveBusOf, selectionSqlParts } from './schema';
import { webRoutes } from './modules/web/web.routes';

export interface AppOptions {
  dataSource: DataSource;
  schema: GraphQLSchema;
  production: boolean;
  /** Every read needs an API key too; defaults to READS_REQUIRE_KEY=true in the environment. */
  readsRequireKey?: boolean;
  /** Structured logs; defaults to pino on stdout at LOG_LEVEL. */
  logger?: Logger;
  /** Query limits; each defaults to DEFAULT_LIMITS. */
  limits?: Partial<QueryLimits>;
  /** Per-client cost budget; defaults to DEFAULT_RATE_LIMIT. */
  rateLimit?: Partial<RateLimitSettings>;
  /** In production, keep introspection and Sandbox on (ALLOW_INTROSPECTION). */
  allowIntrospection?: boolean;
  /** Take the client IP from X-Forwarded-For (behind a trusted proxy only). */
  trustProxy?: boolean;
  /** Shared with the shutdown code: once shuttingDown is set, /readyz answers 503. */
  lifecycle?: Lifecycle;
  /** How long a stopping server waits for requests in flight before cutting them (ms). */
  stopGracePeriodMs?: number;
  /** Browser origins allowed to call /graphql (CORS_ORIGINS); default: own origin, and localhost outside production. */
  corsOrigins?: CorsOrigins;
  /** Store of automatic persisted queries; defaults to a bounded in-process LRU. */
  persistedQueries?: KeyValueCache<string>;
  /**
   * Cache of analytics answers (same for every caller); defaults to an in-process LRU of
   * ANSWER_CACHE_ENTRIES (1000, 0 turns it off) entries and ANSWER_CACHE_MB (32) megabytes.
   */
  answers?: AnswerCache | null;
  /** Shared state (REDIS_URL): rate-limit budgets, persisted queries and cached answers. */
  redis?: SharedRedis;
  /** Read replicas (DATABASE_READ_URLS): queries go to them, mutations to the primary. */
  readRouter?: ReadRouter;
  /** Pub/sub of the live updates; defaults to the one the schema was built with (buildAppSchema). */
  live?: LiveBus;
  /** Limits of the WebSocket endpoint; each defaults to its environment variable or default. */
  subscriptionLimits?: Partial<SubscriptionLimits>;
  /** graphql-jit for repeated queries (GRAPHQL_JIT, GRAPHQL_JIT_AFTER); see jit-executor.ts. */
  jit?: JitSettings;
  /**
   * Pages and lookups of meetings built as JSON in SQL from the selection (GRAPHQL_SQL, on unless
   * `off`); see src/common/graphql/selection-sql.
   */
  selectionSql?: boolean;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  metrics: AppMetrics;
  lifecycle: Lifecycle;
  logger: Logger;
}

/**
 * Builds the HTTP server: /graphql (with Sandbox outside production), /healthz, /readyz and
 * /metrics, with the limits, logging and metrics of docs/operations.md.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const logger = options.logger ?? createLogger();
  const limits: QueryLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const metrics = new AppMetrics(options.dataSource);
  const { redis, readRouter } = options;
  const localLimiter = new CostRateLimiter({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit });
  const rateLimiter = redis
    ? new SharedRateLimiter(localLimiter, redis, logger, metrics.rateLimitFallbacks)
    : localLimiter;
  if (rateLimiter.settings.enabled && rateLimiter.settings.capacity < limits.maxCost) {
    logger.warn(
      { capacity: rateLimiter.settings.capacity, maxCost: limits.maxCost },
      'RATE_LIMIT_CAPACITY is below MAX_QUERY_COST: the costliest allowed queries can never run',
    );
  }
  const scaleOut: ScaleOutState = {
    redisUp: redis ? () => redis.up : undefined,
    replicas: readRouter ? () => readRouter.states() : undefined,
  };
  metrics.watchScaleOut(scaleOut);
  const lifecycle = options.lifecycle ?? { shuttingDown: false };
  const sharedAnswers = redis ? new RedisAnswerStore(redis) : undefined;
  const answers =
    (options.answers === undefined
      ? answerCacheFromEnv(process.env, (near) =>
          sharedAnswers ? new TieredAnswerStore(near, sharedAnswers) : near,
        )
      : options.answers) ?? undefined;
  const persistedQueries =
    options.persistedQueries ??
    (redis ? new RedisKeyValueCache(redis) : inMemoryPersistedQueries());
  const schemaVisible = !options.production || (options.allowIntrospection ?? false);
  const live = options.live ?? liveBusOf(options.schema) ?? createLiveBus({ logger });
  const formatError = createOperationalFormatError(
    // The operations plugin logs every masked error that is not a GraphQLError.
    createFormatError((error) => {
      if (error instanceof GraphQLError) logger.error({ err: error }, 'unexpected error');
    }),
  );
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('trust proxy', options.trustProxy ?? false);
  const httpServer = http.createServer(app);
  // Slow clients cannot hold a connection open forever (slowloris).
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = 30_000;
  const keys = new ApiKeyService(options.dataSource);
  const jit = options.jit ?? jitSettingsFromEnv();
  const rawJson = new RawJsonResults();
  const selectionSql =
    (options.selectionSql ?? process.env.GRAPHQL_SQL !== 'off')
      ? new SelectionSqlExecutor<Context>(options.schema, options.dataSource, {
          parts: selectionSqlParts,
          reader: (context) => context.services.selectionSql,
        })
      : undefined;
  const apollo = new ApolloServer<Context>({
    ...(jit.enabled || selectionSql
      ? {
          gateway: jitGateway(
            options.schema,
            jit,
            (engine) => metrics.executions.inc({ engine }),
            selectionSql,
          ),
        }
      : { schema: options.schema }),
    // Compact JSON: Apollo's default indents every answer, which costs time and bytes on big pages.
    // Nodes built by PostgreSQL (selection-sql) are spliced in as the text it sent.
    stringifyResult: rawJson.stringify,
    introspection: schemaVisible,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    allowBatchedHttpRequests: false,
    persistedQueries: {
      cache: persistedQueries,
      ttl: PERSISTED_QUERY_TTL_SECONDS,
    },
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT (drain, close the pool, exit 0); Apollo's own handler would
    // race it and re-raise the signal.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitValidationRules(limits),
    logger: logger.child({ component: 'apollo' }),
    formatError,
    plugins: [
      serveSubscriptions({
        httpServer,
        schema: options.schema,
        createContext: (user, auth) =>
          createContext(options.dataSource, undefined, user, auth, answers, live),
        keys,
        live,
        queryLimits: limits,
        limits: { ...subscriptionLimitsFromEnv(), ...options.subscriptionLimits },
        readsRequireKey: () => options.readsRequireKey ?? readsRequireKey(),
        logger,
        trustProxy: options.trustProxy ?? false,
        formatError,
      }),
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.stopGracePeriodMs ?? 10_000,
      }),
      // No field sets a cache hint; the default cache-control plugin only wrapped every resolver.
      ApolloServerPluginCacheControlDisabled(),
      readAccessPlugin,
      nulCharacterPlugin,
      cacheControlPlugin(options.schema, CACHED_ANALYTICS),
      operationsPlugin({ schema: options.schema, limits, rateLimiter, metrics, logger }),
      ...(answers ? [responseCache(answers, CACHED_ANALYTICS)] : []),
      ...(readRouter ? [consistencyTokenPlugin(readRouter)] : []),
      !schemaVisible
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            includeCookies: false,
            footer: false,
          }),
    ],
  });
  await apollo.start();

  app.use(
    requestTracking({
      logger,
      metrics,
      quietPaths: ['/healthz', '/readyz', '/metrics'],
      graphqlPath: '/graphql',
    }),
    etagOnReads,
  );
  app.use(healthRoutes({ dataSource: options.dataSource, lifecycle, scaleOut }));
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    corsMiddleware({ origins: options.corsOrigins, production: options.production }),
    requireJsonPost,
    authenticate(keys),
    express.json({ limit: limits.maxBodyBytes }),
    ensureBody,
    checkPersistedQueryHash,
    ...(readRouter ? [routeReads(readRouter, persistedQueries)] : []),
    graphqlHandler(apollo, rawJson, async ({ req, res }) =>
      bindRequestMeta(
        createContext(
          req.atlasReadDataSource ?? options.dataSource,
          metaOf(res).requestId,
          req.atlasUser,
          {
            readsRequireKey: options.readsRequireKey ?? readsRequireKey(),
            invalidKey: req.atlasInvalidKey === true,
          },
          answers,
          live,
        ),
        metaOf(res),
      ),
    ),
  );
  app.use(webRoutes());
  app.use(notFound);
  app.use(httpErrorHandler(logger));
  return { httpServer, apollo, metrics, lifecycle, logger };
}
