import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { ReplicaState } from '../database/replicas/read-router';

export interface ScaleOutState {
  redisUp?: () => boolean;
  replicas?: () => ReplicaState[];
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names are client-chosen: cap the distinct label values so metrics stay bounded. */
const MAX_OPERATION_LABELS = 200;

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** The Prometheus metrics of one app instance, in a registry of its own (served on /metrics). */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requests = new Counter({
    name: 'atlas_graphql_requests_total',
    help: 'GraphQL HTTP requests, by operation name and outcome (ok, error, rejected, throttled, failed).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: 'atlas_graphql_request_duration_seconds',
    help: 'Latency of GraphQL HTTP requests, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'atlas_graphql_errors_total',
    help: 'Errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly cost = new Histogram({
    name: 'atlas_graphql_query_cost',
    help: 'Computed cost of the operations accepted for execution.',
    buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
    registers: [this.registry],
  });

  readonly rateLimitFallbacks = new Counter({
    name: 'atlas_rate_limit_fallback_total',
    help: 'Rate-limit decisions taken by the per-process budget because Redis could not answer.',
    registers: [this.registry],
  });

  readonly executions = new Counter({
    name: 'atlas_graphql_executions_total',
    help: 'Operations executed, by engine: sql (meetings pages and lookups built as JSON in SQL), jit (compiled by graphql-jit) or graphql-js (mutations, first uses, and queries whose compiled run had errors).',
    labelNames: ['engine'] as const,
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
    new Gauge({
      name: 'atlas_db_pool_connections',
      help: 'Database pool connections by state: total (open), idle, in_use, waiting (clients queued for one), max.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const current = pool();
        const total = current?.totalCount ?? 0;
        const idle = current?.idleCount ?? 0;
        this.set({ state: 'total' }, total);
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'in_use' }, total - idle);
        this.set({ state: 'waiting' }, current?.waitingCount ?? 0);
        this.set({ state: 'max' }, current?.options?.max ?? 0);
      },
    });
  }

  /** Gauges of the shared parts: Redis up or not, and each read replica's state and lag. */
  watchScaleOut(scaleOut: ScaleOutState): void {
    new Gauge({
      name: 'atlas_redis_up',
      help: '1 when Redis (REDIS_URL) answers, 0 when it does not; absent without REDIS_URL.',
      registers: [this.registry],
      collect() {
        if (scaleOut.redisUp !== undefined) this.set(scaleOut.redisUp() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'atlas_replica_up',
      help: '1 when a read replica (DATABASE_READ_URLS) is serving reads, else 0.',
      labelNames: ['replica'] as const,
      registers: [this.registry],
      collect() {
        for (const replica of scaleOut.replicas?.() ?? []) {
          this.set({ replica: replica.name }, replica.serving ? 1 : 0);
        }
      },
    });
    new Gauge({
      name: 'atlas_replica_lag_seconds',
      help: 'Age of the oldest primary WAL a read replica has not replayed (-1 while unknown).',
      labelNames: ['replica'] as const,
      registers: [this.registry],
      collect() {
        for (const replica of scaleOut.replicas?.() ?? []) {
          this.set({ replica: replica.name }, replica.lagMs === null ? -1 : replica.lagMs / 1000);
        }
      },
    });
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }
}
