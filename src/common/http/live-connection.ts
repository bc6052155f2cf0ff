import type { OverflowHandler } from './bounded-stream';

/**
 * The WebSocket connection behind a subscription's context (set by common/http/subscriptions.ts):
 * a symbol property, since the context is the same Context as an HTTP request's.
 */
const LIVE_CONNECTION = Symbol('atlas.liveConnection');

export interface LiveConnection {
  /** Drops the connection of a subscriber that fell too far behind. */
  dropSlowConsumer: OverflowHandler;
}

export function bindLiveConnection<T extends object>(context: T, connection: LiveConnection): T {
  (context as Record<symbol, unknown>)[LIVE_CONNECTION] = connection;
  return context;
}

export function overflowHandlerOf(context: unknown): OverflowHandler | undefined {
  return (context as Record<symbol, LiveConnection | undefined>)[LIVE_CONNECTION]?.dropSlowConsumer;
}
