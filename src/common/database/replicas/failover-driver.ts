import pg from 'pg';

/**
 * Errors that mean the replica itself failed (it was stopped, crashed, restarted, or cancelled the
 * statement to replay WAL), not that the query was wrong: such a read is run again on the primary.
 */
const REPLICA_FAILURE_CODES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '40001', // canceling statement due to conflict with recovery
  '08000',
  '08003',
  '08006',
]);

export function isReplicaFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (REPLICA_FAILURE_CODES.has(code) || code.startsWith('ECONN'))) {
    return true;
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
    error.message,
  );
}

type QueryFn = (text: unknown, values?: unknown) => Promise<unknown>;
type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  release: (error?: unknown) => void,
) => void;

/**
 * A `pg` module for TypeORM (the `driver` option) whose pool reads from a replica and falls back
 * to the primary: when the replica cannot be reached, or fails in the middle of a statement, the
 * statement runs on the primary pool instead, and `onFailure` lets the router skip the replica.
 * Only read-only operations are routed to replicas, so running a statement again is safe.
 */
export function failoverPg(primary: () => pg.Pool, onFailure: (error: unknown) => void) {
  const fallback: QueryFn = (text, values) =>
    primary().query(text as string, values as unknown[]) as Promise<unknown>;

  const patched = new WeakSet<pg.PoolClient>();
  const patch = (client: pg.PoolClient) => {
    if (patched.has(client)) return;
    patched.add(client);
    const original = client.query.bind(client) as unknown as QueryFn;
    (client as unknown as { query: QueryFn }).query = (text, values) =>
      original(text, values).catch((failure: unknown) => {
        if (!isReplicaFailure(failure)) throw failure;
        onFailure(failure);
        return fallback(text, values);
      });
  };

  class FailoverPool extends pg.Pool {
    override connect(): Promise<pg.PoolClient>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
      if (!callback) return super.connect();
      super.connect((error, client, release) => {
        if (error || !client) {
          onFailure(error);
          primary().connect(callback as never);
          return;
        }
        patch(client);
        callback(undefined, client, release);
      });
    }
  }
  return { ...pg, Pool: FailoverPool };
}
