import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';

const names = new Map<string, string>();
/** Raised when a plan went stale: every statement is prepared again under a new name. */
let generation = 0;

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `atlas_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    names.set(sql, name);
  }
  return `${name}_${generation}`;
}

/** An error PostgreSQL reported on a healthy connection (a SQLSTATE outside 08 and 57P). */
function reportedByServer(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === 'string' &&
    /^[0-9A-Z]{5}$/.test(code) &&
    !code.startsWith('08') &&
    !code.startsWith('57P')
  );
}

/** Errors a connection raises while it is checked out; the failing query rejects anyway. */
function ignoreConnectionError(): void {}

/**
 * The callback form of connect: the one the replica failover pool wraps (failover-driver.ts).
 * While checked out, the client has an 'error' listener, as TypeORM gives its own: a connection
 * that dies (a replica stopped) emits 'error', and with no listener that would end the process.
 */
function acquire(pool: Pool): Promise<{ client: PoolClient; release: (error?: Error) => void }> {
  return new Promise((resolve, reject) => {
    pool.connect((error, client, done) => {
      if (error || !client) {
        reject(error ?? new Error('no database connection'));
        return;
      }
      client.on('error', ignoreConnectionError);
      const release = (failure?: Error) => {
        client.removeListener('error', ignoreConnectionError);
        done(failure);
      };
      resolve({ client, release });
    });
  });
}

/**
 * Runs a read whose text comes from a bounded set (the DataLoaders' `= ANY($1)` lookups, the
 * analytics statements, whose text depends on the question's shape only) as a named prepared
 * statement, straight on the data source's pg pool: PostgreSQL parses and plans it once
 * per connection, and TypeORM's query runner is skipped. The statement is still reported to the
 * data source's logger, as TypeORM reports its own, so statement counts stay visible. Never with a
 * value written into the text: every distinct text is kept as a prepared statement on each
 * connection.
 */
export async function preparedQuery<R extends QueryResultRow = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<R[]> {
  dataSource.logger.logQuery(sql, params);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    return await runPrepared<R>(pool, sql, params);
  } catch (error) {
    // A migration by another process changed a table under a prepared plan: prepare it again
    // under a new name, which also retires the stale plans on the other connections.
    if ((error as { code?: unknown }).code !== STALE_PLAN) throw error;
    generation += 1;
    return runPrepared<R>(pool, sql, params);
  }
}

/** "cached plan must not change result type" */
const STALE_PLAN = '0A000';

async function runPrepared<R extends QueryResultRow>(
  pool: Pool,
  sql: string,
  params: unknown[],
): Promise<R[]> {
  const { client, release } = await acquire(pool);
  try {
    const result = await client.query<R>({ name: statementName(sql), text: sql, values: params });
    release();
    return result.rows;
  } catch (error) {
    // A broken connection does not go back to the pool; after a statement error it is fine.
    if (reportedByServer(error)) release();
    else release(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}
