import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { AnswerStore } from '../cache/answer-cache';
import type { SharedRedis } from './redis-connection';

/** Cached answers live this long in Redis; their keys carry the data version, so they never go stale. */
const ANSWER_TTL_SECONDS = 10 * 60;

/** Answers shared by every process through Redis. A Redis failure is a miss, never an error. */
export class RedisAnswerStore implements AnswerStore {
  private readonly prefix: string;

  constructor(private readonly redis: SharedRedis) {
    this.prefix = `${redis.prefix}:answer:`;
  }

  async get(key: string): Promise<unknown | undefined> {
    if (!this.redis.up) return undefined;
    const text = await this.redis.client.get(this.prefix + key).catch(() => null);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  }

  async set(key: string, value: unknown): Promise<void> {
    if (!this.redis.up) return;
    await this.redis.client
      .set(this.prefix + key, JSON.stringify(value), 'EX', ANSWER_TTL_SECONDS)
      .catch(() => undefined);
  }
}

/** This process's store first, then the shared one; a shared hit is kept here too. */
export class TieredAnswerStore implements AnswerStore {
  constructor(
    private readonly near: AnswerStore,
    private readonly far: AnswerStore,
  ) {}

  async get(key: string): Promise<unknown | undefined> {
    const near = await this.near.get(key);
    if (near !== undefined) return near;
    const far = await this.far.get(key);
    if (far !== undefined) await this.near.set(key, far);
    return far;
  }

  async set(key: string, value: unknown): Promise<void> {
    await Promise.all([this.near.set(key, value), this.far.set(key, value)]);
  }
}

/**
 * Apollo's KeyValueCache on Redis, for persisted queries shared by every replica. Bounded by the
 * TTL Apollo passes and by Redis' own maxmemory; a Redis failure reads as "not registered", so
 * the client simply sends the full text again.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  private readonly prefix: string;

  constructor(private readonly redis: SharedRedis) {
    this.prefix = `${redis.prefix}:kv:`;
  }

  async get(key: string): Promise<string | undefined> {
    if (!this.redis.up) return undefined;
    return (await this.redis.client.get(this.prefix + key).catch(() => null)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (!this.redis.up) return;
    const ttl = options?.ttl;
    const write =
      typeof ttl === 'number' && ttl > 0
        ? this.redis.client.set(this.prefix + key, value, 'EX', Math.ceil(ttl))
        : this.redis.client.set(this.prefix + key, value);
    await write.catch(() => undefined);
  }

  async delete(key: string): Promise<boolean | void> {
    if (!this.redis.up) return;
    await this.redis.client.del(this.prefix + key).catch(() => undefined);
  }
}
