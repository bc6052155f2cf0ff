import type { ApolloServerPlugin } from '@apollo/server';
import {
  createSourceEventStream,
  execute,
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type http from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import type { KeyAuthenticator } from '../auth/keys';
import { AtlasUser } from '../auth/roles';
import { QueryLimits } from '../config';
import { Logger } from '../logger';
import type { RequestAuth, RequestContext } from '../request-context';
import { SlowConsumerError } from './bounded-stream';
import { bindLiveConnection } from './live-connection';
import { mapStream } from './map-stream';
import { connectionAdmission, LiveCloseCode } from './subscription-admission';
import { limitValidationRules } from './operations-plugin';
import { priceOperation } from './cost-limits';

/** Limits of the WebSocket endpoint (docs/operations.md, "Live updates"). */
export interface SubscriptionLimits {
  /** Active subscriptions on one connection (SUBSCRIPTIONS_PER_CONNECTION). */
  perConnection: number;
  /** Open connections of one client, by API key else IP (WS_CONNECTIONS_PER_CLIENT). */
  connectionsPerClient: number;
  /** Largest message a client may send, in bytes (WS_MAX_MESSAGE_BYTES). */
  maxMessageBytes: number;
  /** Bytes waiting to be sent to one client before it is dropped as too slow (WS_MAX_BUFFERED_BYTES). */
  maxBufferedBytes: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  perConnection: 20,
  connectionsPerClient: 10,
  maxMessageBytes: 64 * 1024,
  maxBufferedBytes: 1024 * 1024,
};

export { LiveCloseCode };

export function subscriptionLimitsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): SubscriptionLimits {
  const read = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
    return n;
  };
  const d = DEFAULT_SUBSCRIPTION_LIMITS;
  return {
    perConnection: read('SUBSCRIPTIONS_PER_CONNECTION', d.perConnection),
    connectionsPerClient: read('WS_CONNECTIONS_PER_CLIENT', d.connectionsPerClient),
    maxMessageBytes: read('WS_MAX_MESSAGE_BYTES', d.maxMessageBytes),
    maxBufferedBytes: read('WS_MAX_BUFFERED_BYTES', d.maxBufferedBytes),
  };
}

/** The pub/sub the subscriptions read: connected when the server starts, closed when it stops. */
export interface SubscriptionEvents {
  connect(): void;
  close(): Promise<void>;
}

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  /** A fresh request context for a subscriber, as an HTTP request would get (src/context.ts). */
  createContext: (user: AtlasUser | undefined, auth: RequestAuth) => RequestContext;
  /** Who an API key in connectionParams belongs to. */
  keys: KeyAuthenticator;
  live: SubscriptionEvents;
  queryLimits: QueryLimits;
  limits: SubscriptionLimits;
  /** Read per connection, as HTTP reads it per request. */
  readsRequireKey: () => boolean;
  logger: Logger;
  trustProxy: boolean;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

type Extra = { socket: WebSocket; request: http.IncomingMessage };
type Ws = WsContext<Record<string, unknown> | undefined, Extra>;

/**
 * GraphQL subscriptions over graphql-ws on the app's own server and path. The returned plugin
 * closes the endpoint (and the pub/sub) when Apollo stops.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): ApolloServerPlugin {
  const { limits, logger } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: limits.maxMessageBytes,
  });
  const admission = connectionAdmission(options);
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => options.formatError(e.toJSON(), e));
  const dropSlow = (ctx: Ws) => {
    logger.warn({ limit: limits.maxBufferedBytes }, 'live updates: slow subscriber dropped');
    ctx.extra.socket.close(LiveCloseCode.SLOW_CONSUMER, 'slow consumer: reconnect and re-query');
  };
  const server = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: options.schema,
      onConnect: admission.onConnect,
      onClose: admission.onClose,
      onSubscribe(ctx, _id, payload) {
        if (Object.keys(ctx.subscriptions).length > limits.perConnection) {
          return [tooManySubscriptions(limits.perConnection)];
        }
        const checked = checkDocument(options, payload);
        if (Array.isArray(checked)) return checked;
        const connection = admission.connectionOf(ctx)!;
        const context = options.createContext(connection.user, connection.auth);
        return {
          ...checked,
          contextValue: bindLiveConnection(context, { dropSlowConsumer: () => dropSlow(ctx) }),
        };
      },
      subscribe: eachEventInFreshContext(options),
      onNext(ctx, _id, _payload, _args, result) {
        if (ctx.extra.socket.bufferedAmount > limits.maxBufferedBytes) dropSlow(ctx);
        return result.errors ? { ...result, errors: format(result.errors) } : undefined;
      },
      onError(ctx, _id, _payload, errors) {
        if (errors.some((e) => e.originalError instanceof SlowConsumerError)) dropSlow(ctx);
        return format(errors);
      },
    },
    wsServer,
  );
  // graphql-ws prints socket errors (an oversized message, a reset) with console.error; ws has
  // already closed the socket with its code (1009 for size), so a log line is all that is left.
  wsServer.on('connection', (socket: WebSocket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) =>
      logger.info({ err: error.message }, 'live updates: connection closed on a socket error'),
    );
  });
  return {
    async serverWillStart() {
      options.live.connect();
      return {
        async drainServer() {
          await server.dispose();
          await options.live.close();
        },
      };
    },
  };
}

function tooManySubscriptions(limit: number): GraphQLError {
  return new GraphQLError(
    `Too many subscriptions on this connection: the limit is ${limit}. Complete one first, or open another connection.`,
    { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit } },
  );
}

/**
 * graphql-js's subscribe, except that each event runs with a fresh context, as a new request
 * would: loaders cache per context, and a long subscription must not read stale rows.
 */
function eachEventInFreshContext(options: SubscriptionServerOptions) {
  return async (args: ExecutionArgs) => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const base = args.contextValue as RequestContext;
    return mapStream(stream, (event) =>
      execute({
        ...args,
        rootValue: event,
        contextValue: options.createContext(base.user, base.auth),
      }),
    );
  };
}

/** Parses and validates a subscription with the HTTP endpoint's limits; GraphQLErrors if refused. */
function checkDocument(
  options: SubscriptionServerOptions,
  payload: SubscribePayload,
): Omit<ExecutionArgs, 'contextValue'> | GraphQLError[] {
  let document;
  try {
    document = parse(payload.query, { maxTokens: options.queryLimits.maxTokens });
  } catch (error) {
    return [error as GraphQLError];
  }
  const errors = validate(options.schema, document, [
    ...specifiedRules,
    ...limitValidationRules(options.queryLimits),
  ]);
  if (errors.length) return [...errors];
  const operation = getOperationAST(document, payload.operationName);
  if (operation?.operation !== 'subscription') {
    return [
      new GraphQLError(
        'Only subscriptions are served over WebSocket: send queries and mutations to POST /graphql.',
        { extensions: { code: 'BAD_USER_INPUT' } },
      ),
    ];
  }
  const args = {
    schema: options.schema,
    document,
    operationName: payload.operationName,
    variableValues: payload.variables ?? undefined,
  };
  const { problem } = priceOperation(
    { ...args, variables: args.variableValues },
    options.queryLimits,
  );
  if (!problem) return args;
  return [
    new GraphQLError(problem.message, {
      extensions: { code: problem.code, ...problem.extensions },
    }),
  ];
}
