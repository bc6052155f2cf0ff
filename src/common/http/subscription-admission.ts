import type { Context as WsContext } from 'graphql-ws';
import type http from 'node:http';
import type { WebSocket } from 'ws';
import { assertRole } from '../auth/auth-checker';
import { bearerToken, KeyAuthenticator } from '../auth/keys';
import { AtlasUser, Role } from '../auth/roles';
import type { RequestAuth } from '../request-context';

type Ws = WsContext<
  Record<string, unknown> | undefined,
  { socket: WebSocket; request: http.IncomingMessage }
>;

/** Close codes of our own (graphql-ws uses 44xx/45xx for protocol errors, ws 1009 for size). */
export const LiveCloseCode = {
  /** Fell too far behind: reconnect and re-query. */
  SLOW_CONSUMER: 4008,
  /** More connections than WS_CONNECTIONS_PER_CLIENT. */
  TOO_MANY_CONNECTIONS: 4029,
  /** No key where reads need one, or an invalid or revoked key. */
  UNAUTHENTICATED: 4401,
} as const;

export interface Connection {
  user?: AtlasUser;
  auth: RequestAuth;
  /** The client it counts against (see connectionsPerClient). */
  client: string;
}

export interface AdmissionOptions {
  keys: KeyAuthenticator;
  limits: { connectionsPerClient: number };
  /** Read per connection, as HTTP reads it per request. */
  readsRequireKey: () => boolean;
  trustProxy: boolean;
}

/**
 * Who may open a WebSocket connection: the key in connectionParams under the read rules of HTTP,
 * and at most `connectionsPerClient` open connections per key (else per IP).
 */
export function connectionAdmission(options: AdmissionOptions) {
  const { keys } = options;
  const connections = new WeakMap<Ws, Connection>();
  const perClient = new Map<string, number>();
  const limit = options.limits.connectionsPerClient;
  return {
    connectionOf: (ctx: Ws) => connections.get(ctx),
    async onConnect(ctx: Ws): Promise<boolean> {
      const socket = ctx.extra.socket;
      const found = await authenticate(ctx.connectionParams, keys, options.readsRequireKey());
      if ('refused' in found) {
        socket.close(LiveCloseCode.UNAUTHENTICATED, found.refused);
        return false;
      }
      const client = found.user
        ? `key:${found.user.keyId}`
        : `ip:${clientIp(ctx.extra.request, options.trustProxy)}`;
      const open = perClient.get(client) ?? 0;
      if (open >= limit) {
        socket.close(
          LiveCloseCode.TOO_MANY_CONNECTIONS,
          `too many connections for this client (limit ${limit})`,
        );
        return false;
      }
      perClient.set(client, open + 1);
      connections.set(ctx, { ...found, client });
      return true;
    },
    onClose(ctx: Ws): void {
      const client = connections.get(ctx)?.client;
      if (!client) return;
      const open = (perClient.get(client) ?? 1) - 1;
      if (open > 0) perClient.set(client, open);
      else perClient.delete(client);
    },
  };
}

/** The key in connectionParams (`authorization: "Bearer <key>"` or `apiKey`), by the read rules of HTTP. */
async function authenticate(
  params: Record<string, unknown> | undefined,
  keys: KeyAuthenticator,
  readsRequireKey: boolean,
): Promise<{ user?: AtlasUser; auth: RequestAuth } | { refused: string }> {
  const header = params?.authorization ?? params?.Authorization;
  const token =
    typeof header === 'string'
      ? bearerToken(header)
      : typeof params?.apiKey === 'string'
        ? params.apiKey
        : undefined;
  const user = token ? ((await keys.authenticate(token)) ?? undefined) : undefined;
  const auth = { readsRequireKey, invalidKey: token !== undefined && !user };
  try {
    assertRole({ user, auth }, Role.VIEWER);
  } catch (error) {
    return { refused: error instanceof Error ? error.message.slice(0, 120) : 'unauthenticated' };
  }
  return { user, auth };
}

function clientIp(request: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0].trim();
  return request.socket.remoteAddress ?? 'unknown';
}
