import cluster, { Worker } from 'node:cluster';
import type { Logger } from '../logger';

export interface ClusterOptions {
  workers: number;
  logger: Logger;
  /** Time a worker gets to finish its requests after SIGTERM before it is killed (ms). */
  graceMs: number;
  /** Worker environment: the primary has migrated and seeded, so workers skip it. */
  env: Record<string, string>;
}

/**
 * The cluster primary: forks `workers` copies of this program, which share one listening port
 * (node:cluster hands out connections), replaces a worker that dies, and on SIGTERM/SIGINT asks
 * each worker to drain and waits for all of them before exiting. It holds no state of its own;
 * shared state lives in PostgreSQL and Redis, so any number of such processes can run side by side.
 */
export function runCluster(options: ClusterOptions): void {
  const { logger } = options;
  let stopping = false;
  const fork = (): Worker => cluster.fork(options.env);
  for (let i = 0; i < options.workers; i += 1) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('all workers stopped');
        process.exit(0);
      }
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died; starting another');
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: options.workers }, 'stopping workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => {
      logger.error('workers did not stop in time; exiting');
      process.exit(1);
    }, options.graceMs + 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  logger.info({ workers: options.workers }, `cluster of ${options.workers} workers on one port`);
}
