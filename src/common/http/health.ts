import { Router } from 'express';
import { DataSource } from 'typeorm';
import type { ScaleOutState } from './metrics';

export interface Lifecycle {
  /** Set once shutdown begins: /readyz answers 503 so load balancers stop sending traffic. */
  shuttingDown: boolean;
  /** Set while the seed loads at start: the service answers, /readyz says 503 until it is done. */
  seeding?: boolean;
}

export interface ReadinessReport {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: 'current' | 'pending' | 'unknown';
  shuttingDown: boolean;
  /** Present while the seed manifest's files load at start. */
  seeding?: true;
  /** With REDIS_URL: whether Redis answers. The service stays ready without it (it falls back). */
  redis?: 'ok' | 'unreachable';
  /** With DATABASE_READ_URLS: each replica's state; reads fall back to the primary. */
  replicas?: ReturnType<NonNullable<ScaleOutState['replicas']>>;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Checks the database answers and no migration is pending, within timeoutMs. */
export async function checkReadiness(
  dataSource: DataSource,
  lifecycle: Lifecycle,
  timeoutMs: number,
  scaleOut?: ScaleOutState,
): Promise<ReadinessReport> {
  const report: ReadinessReport = {
    ready: false,
    database: 'unreachable',
    migrations: 'unknown',
    shuttingDown: lifecycle.shuttingDown,
  };
  if (!dataSource.isInitialized) return report;
  try {
    await withTimeout(dataSource.query('SELECT 1'), timeoutMs);
    report.database = 'ok';
    const pending = await withTimeout(dataSource.showMigrations(), timeoutMs);
    report.migrations = pending ? 'pending' : 'current';
  } catch {
    // reported as unreachable/unknown
  }
  if (lifecycle.seeding) report.seeding = true;
  report.ready =
    report.database === 'ok' &&
    report.migrations === 'current' &&
    !lifecycle.shuttingDown &&
    !lifecycle.seeding;
  if (scaleOut?.redisUp) report.redis = scaleOut.redisUp() ? 'ok' : 'unreachable';
  if (scaleOut?.replicas) report.replicas = scaleOut.replicas();
  return report;
}

/** GET /healthz: the process is up. GET /readyz: the database is reachable and migrated. */
export function healthRoutes(options: {
  dataSource: DataSource;
  lifecycle: Lifecycle;
  timeoutMs?: number;
  scaleOut?: ScaleOutState;
}): Router {
  const router = Router();
  const timeoutMs = options.timeoutMs ?? 2000;
  let inFlight: Promise<ReadinessReport> | undefined;
  router.get('/healthz', (_req, res) => {
    res
      .set('cache-control', 'no-store')
      .json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()), pid: process.pid });
  });
  router.get('/readyz', async (_req, res) => {
    // Probes that arrive together share one check rather than queueing for the pool.
    inFlight ??= checkReadiness(
      options.dataSource,
      options.lifecycle,
      timeoutMs,
      options.scaleOut,
    ).finally(() => {
      inFlight = undefined;
    });
    const report = await inFlight;
    res
      .status(report.ready ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({ status: report.ready ? 'ready' : 'unavailable', ...report });
  });
  return router;
}
