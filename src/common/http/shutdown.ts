import { Logger } from '../logger';
import { Lifecycle } from './health';

export interface ShutdownOptions {
  logger: Logger;
  /** Everything must be done within this many ms of the signal, or the process exits 1. */
  graceMs: number;
  lifecycle: Lifecycle;
  /** Stops accepting, finishes requests in flight, closes the pool. */
  stop: () => Promise<void>;
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: mark the service as not ready, stop accepting connections, let requests
 * in flight finish, close the database pool, exit 0. If that takes longer than the grace period,
 * exit 1 (requests still running are cut). A second signal changes nothing.
 */
export function installShutdown(options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    options.lifecycle.shuttingDown = true;
    options.logger.info(
      { signal, graceMs: options.graceMs },
      'shutting down: finishing requests in flight',
    );
    const deadline = setTimeout(() => {
      options.logger.error({ graceMs: options.graceMs }, 'shutdown grace period exceeded; exiting');
      exit(1);
    }, options.graceMs);
    deadline.unref();
    options
      .stop()
      .then(() => {
        clearTimeout(deadline);
        options.logger.info('shut down cleanly');
        options.logger.flush?.();
        exit(0);
      })
      .catch((error: unknown) => {
        clearTimeout(deadline);
        options.logger.error({ err: error }, 'shutdown failed');
        exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
