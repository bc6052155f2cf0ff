import { RateLimitSettings } from '../config';

export interface RateLimitDecision {
  allowed: boolean;
  /** Cost points left in the client's bucket after this request (or now, when refused). */
  remaining: number;
  capacity: number;
  refillPerSecond: number;
  /** Seconds until the bucket holds enough for this request (0 when allowed). */
  retryAfterSeconds: number;
}

/** A cost budget per client: in this process (CostRateLimiter) or shared (SharedRateLimiter). */
export interface RateLimiter {
  readonly settings: RateLimitSettings;
  take(client: string, cost: number): RateLimitDecision | Promise<RateLimitDecision>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Per-client token buckets of query cost, in process memory: each client (API key, else IP) may
 * spend up to `capacity` at once and gets `refillPerSecond` back every second. Buckets that have
 * refilled completely are forgotten, so memory stays bounded by the clients active lately.
 * In memory means per process: with REDIS_URL, SharedRateLimiter keeps one budget for all of them.
 */
export class CostRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    readonly settings: RateLimitSettings,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private refill(bucket: Bucket, at: number): void {
    const elapsed = Math.max(0, at - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(
      this.settings.capacity,
      bucket.tokens + elapsed * this.settings.refillPerSecond,
    );
    bucket.updatedAt = at;
  }

  /** Takes `cost` points from the client's bucket if it holds them. */
  take(client: string, cost: number): RateLimitDecision {
    const { capacity, refillPerSecond } = this.settings;
    const at = this.now();
    this.sweep(at);
    const bucket = this.buckets.get(client) ?? { tokens: capacity, updatedAt: at };
    this.refill(bucket, at);
    this.buckets.set(client, bucket);
    const allowed = !this.settings.enabled || bucket.tokens >= cost;
    if (allowed && this.settings.enabled) bucket.tokens -= cost;
    const missing = allowed ? 0 : cost - bucket.tokens;
    return {
      allowed,
      remaining: Math.floor(bucket.tokens),
      capacity,
      refillPerSecond,
      retryAfterSeconds:
        missing > 0 ? Math.ceil(missing / Math.max(refillPerSecond, Number.EPSILON)) : 0,
    };
  }

  private sweep(at: number): void {
    if (at - this.lastSweep < 60_000) return;
    this.lastSweep = at;
    for (const [client, bucket] of this.buckets) {
      this.refill(bucket, at);
      if (bucket.tokens >= this.settings.capacity) this.buckets.delete(client);
    }
  }
}
