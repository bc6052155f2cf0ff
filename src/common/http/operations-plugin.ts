import { ApolloServerPlugin, BaseContext, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLSchema, ValidationContext, ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { QueryLimits } from '../config';
import { Logger } from '../logger';
import { databaseProblem, HttpCode, LimitCode, limitError } from './error-codes';
import { AppMetrics } from './metrics';
import { OperationPrices } from './cost-limits';
import { RateLimitDecision, RateLimiter } from './rate-limiter';
import { requestMetaOf } from './request-meta';

type Rejecter = (context: ValidationContext | null, error: GraphQLError) => void;

function reportAs(code: string): Rejecter {
  return (context, error) =>
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }),
    );
}

/** Depth, alias and directive limits (graphql-armor), run with GraphQL validation. */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [reportAs(LimitCode.DEPTH)],
    }) as ValidationRule,
    maxAliasesRule({
      n: limits.maxAliases,
      // Aliases of __typename count too: a flood of them is still a flood.
      allowList: [],
      propagateOnRejection: false,
      onReject: [reportAs(LimitCode.ALIASES)],
    }) as ValidationRule,
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportAs(LimitCode.DIRECTIVES)],
    }) as ValidationRule,
  ];
}

export interface OperationsPluginOptions {
  schema: GraphQLSchema;
  limits: QueryLimits;
  rateLimiter: RateLimiter;
  metrics: AppMetrics;
  logger: Logger;
}

/** The rate-limit bucket of a request: its API key when it has one, else its IP. */
export function clientKey(context: object, clientIp: string): string {
  const keyId = (context as { user?: { keyId?: number } }).user?.keyId;
  return keyId !== undefined ? `key:${keyId}` : `ip:${clientIp}`;
}

/**
 * Cost analysis, page-size limit and per-client rate limit before execution; the cost in every
 * response's extensions; unexpected errors logged with the request ID (the client sees it too).
 */
export function operationsPlugin(
  options: OperationsPluginOptions,
): ApolloServerPlugin<BaseContext> {
  const { limits, rateLimiter, metrics, logger } = options;
  const prices = new OperationPrices(limits);
  return {
    async requestDidStart({ contextValue }) {
      const meta = requestMetaOf(contextValue);
      let cost: number | undefined;
      let decision: RateLimitDecision | undefined;
      return {
        async didResolveOperation(rc) {
          if (meta) {
            meta.operationName = rc.operationName ?? undefined;
            meta.operationType = rc.operation?.operation;
          }
          if (rc.operation?.operation === 'subscription') {
            // graphql-js would run the subscription's resolver once, with no event, as a query.
            throw new GraphQLError(
              'Subscriptions run over WebSocket (graphql-ws) on this path, not over HTTP.',
              { extensions: { code: HttpCode.BAD_REQUEST, http: { status: 400 } } },
            );
          }
          const priced = prices.price({
            schema: rc.schema,
            document: rc.document,
            operationName: rc.operationName,
            variables: rc.request.variables,
          });
          if (priced.problem) {
            const { message, code, extensions } = priced.problem;
            throw limitError(message, code, extensions);
          }
          const operationCost = priced.cost;
          cost = operationCost;
          if (meta) meta.cost = operationCost;
          const client = clientKey(contextValue, meta?.clientIp ?? 'unknown');
          if (meta) meta.client = client;
          decision = await rateLimiter.take(client, operationCost);
          if (!decision.allowed) {
            throw new GraphQLError(
              `Rate limit exceeded: this query costs ${operationCost} and ${decision.remaining} of your ` +
                `${decision.capacity} points are left (${decision.refillPerSecond} come back per ` +
                `second). Retry in ${decision.retryAfterSeconds} s.`,
              {
                extensions: {
                  code: LimitCode.RATE_LIMITED,
                  cost: operationCost,
                  retryAfterSeconds: decision.retryAfterSeconds,
                  http: {
                    status: 429,
                    headers: new HeaderMap([['retry-after', String(decision.retryAfterSeconds)]]),
                  },
                },
              },
            );
          }
          metrics.cost.observe(operationCost);
        },

        async didEncounterErrors(rc) {
          for (const error of rc.errors) {
            const original = unwrapResolverError(error);
            if (original instanceof GraphQLError) continue;
            const problem = databaseProblem(original);
            const details = {
              requestId: meta?.requestId,
              operation: rc.operationName ?? undefined,
              path: error.path,
              err: original instanceof Error ? original : new Error(String(original)),
            };
            if (problem) logger.warn(details, `database ${problem}`);
            else logger.error(details, 'unexpected error');
          }
        },

        async willSendResponse(rc) {
          if (rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (cost !== undefined) {
            result.extensions = {
              ...result.extensions,
              cost: {
                requested: cost,
                limit: limits.maxCost,
                ...(decision
                  ? {
                      budget: {
                        capacity: decision.capacity,
                        remaining: decision.remaining,
                        refillPerSecond: decision.refillPerSecond,
                      },
                    }
                  : {}),
              },
            };
          }
          const errors = result.errors ?? [];
          if (meta && errors.length) {
            meta.errorCodes = errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
            meta.errorMessage ??= errors[0].message;
            // A masked error carries the request ID: the client can quote it, and the log line
            // with the details carries the same ID.
            result.errors = errors.map((error) =>
              error.extensions?.code === HttpCode.INTERNAL_SERVER_ERROR
                ? { ...error, extensions: { ...error.extensions, requestId: meta.requestId } }
                : error,
            );
          }
          if (errors.some((error) => error.extensions?.code === HttpCode.SERVICE_UNAVAILABLE)) {
            rc.response.http.status = 503;
            rc.response.http.headers.set('retry-after', '1');
          }
        },
      };
    },
  };
}
