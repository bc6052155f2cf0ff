import Redis from 'ioredis';
import type { Logger } from '../logger';

/**
 * One ioredis connection shared by the rate limiter and the caches. Commands fail at once while
 * Redis is away (no offline queue) and time out after a second, so a request never waits for
 * Redis: each user falls back (per-process budget, cache miss). ioredis reconnects by itself.
 */
export interface SharedRedis {
  client: Redis;
  /** Start of every key this service writes (REDIS_PREFIX), so deployments can share a Redis. */
  prefix: string;
  /** Connected and answering. */
  readonly up: boolean;
  close(): Promise<void>;
}

export function connectRedis(url: string, logger: Logger, prefix = 'atlas'): SharedRedis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: false,
  });
  let announcedDown = false;
  client.on('ready', () => {
    if (announcedDown) logger.info('Redis is back: shared budgets and caches resume');
    announcedDown = false;
  });
  client.on('error', (error: Error) => {
    if (announcedDown) return;
    announcedDown = true;
    logger.warn(
      { err: error.message },
      'Redis unreachable: rate limits fall back to per-process budgets, caches to this process',
    );
  });
  return {
    client,
    prefix,
    get up() {
      return client.status === 'ready';
    },
    async close() {
      client.disconnect();
    },
  };
}
