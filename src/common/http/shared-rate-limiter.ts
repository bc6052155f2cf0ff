import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Counter } from 'prom-client';
import type { Logger } from '../logger';
import type { SharedRedis } from '../redis/redis-connection';
import { CostRateLimiter, RateLimitDecision, RateLimiter } from './rate-limiter';

/**
 * One cost budget per client across every process, kept in Redis by rate-limiter-flexible: the
 * bucket's capacity is spent over a window of capacity/refill seconds. While Redis cannot answer,
 * each process falls back to its own token bucket (so a client may get one budget per process),
 * counts the fallback in a metric and says so once in the log.
 */
export class SharedRateLimiter implements RateLimiter {
  private readonly shared: RateLimiterRedis;
  private fallingBack = false;

  constructor(
    private readonly local: CostRateLimiter,
    redis: SharedRedis,
    private readonly logger: Logger,
    private readonly fallbacks: Counter,
  ) {
    const { capacity, refillPerSecond } = local.settings;
    this.shared = new RateLimiterRedis({
      storeClient: redis.client,
      keyPrefix: `${redis.prefix}:budget`,
      points: capacity,
      duration: Math.max(1, Math.ceil(capacity / Math.max(refillPerSecond, 1))),
      rejectIfRedisNotReady: true,
    });
  }

  get settings() {
    return this.local.settings;
  }

  async take(client: string, cost: number): Promise<RateLimitDecision> {
    if (!this.settings.enabled) return this.local.take(client, cost);
    try {
      const result = await this.shared.consume(client, cost);
      this.recovered();
      return this.decision(true, result);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        this.recovered();
        return this.decision(false, outcome);
      }
      this.fallBack(outcome);
      return this.local.take(client, cost);
    }
  }

  private decision(allowed: boolean, result: RateLimiterRes): RateLimitDecision {
    const { capacity, refillPerSecond } = this.settings;
    return {
      allowed,
      remaining: Math.max(0, result.remainingPoints),
      capacity,
      refillPerSecond,
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
    };
  }

  private fallBack(error: unknown): void {
    this.fallbacks.inc();
    if (this.fallingBack) return;
    this.fallingBack = true;
    this.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'rate limit: Redis unavailable, using a per-process budget until it is back',
    );
  }

  private recovered(): void {
    if (!this.fallingBack) return;
    this.fallingBack = false;
    this.logger.info('rate limit: Redis is back, budgets are shared again');
  }
}
