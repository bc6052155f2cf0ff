import pg from 'pg';
import { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { createDataSource } from '../data-source.factory';
import { failoverPg } from './failover-driver';
import { formatLsn, parseLsn } from './lsn';

export interface ReadRouterOptions {
  /** Replica URLs (DATABASE_READ_URLS). */
  urls: string[];
  /** A replica further behind than this is skipped (REPLICA_MAX_LAG_MS). */
  maxLagMs: number;
  /** How often each replica's replay position is read. */
  pollMs?: number;
  poolSize: number;
  statementTimeoutMs?: number;
}

export interface ReplicaState {
  name: string;
  up: boolean;
  /** Milliseconds of primary WAL the replica has not replayed yet; null while unknown. */
  lagMs: number | null;
  replayLsn: string | null;
  /** Whether reads go to it now: up and within REPLICA_MAX_LAG_MS. */
  serving: boolean;
}

interface Replica {
  name: string;
  dataSource: DataSource;
  up: boolean;
  replayLsn?: bigint;
  lagMs?: number;
}

const POLL_TIMEOUT_MS = 1000;
const HISTORY_MS = 10 * 60_000;

function nameOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    return 'replica';
  }
}

function timeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Sends read-only operations to streaming replicas of the primary. It polls the primary's WAL
 * position and each replica's replay position; a replica's lag is the age of the oldest primary
 * position it has not replayed. Reads go to a replica that is up and within maxLagMs (and, when
 * the client presents a consistency token, has replayed it), else to the primary.
 */
export class ReadRouter {
  private readonly replicas: Replica[];
  /** Primary WAL positions seen by the poller, oldest first. */
  private readonly history: { lsn: bigint; at: number }[] = [];
  private timer?: NodeJS.Timeout;
  private next = 0;

  constructor(
    readonly primary: DataSource,
    private readonly options: ReadRouterOptions,
    private readonly logger: Logger,
  ) {
    const primaryPool = () => (primary.driver as unknown as { master: pg.Pool }).master;
    this.replicas = options.urls.map((url) => {
      const replica: Replica = { name: nameOf(url), up: false, dataSource: undefined as never };
      replica.dataSource = createDataSource({
        url,
        entities: primary.options.entities ?? [],
        poolSize: options.poolSize,
        applicationName: 'cooperation-atlas-reader',
        statementTimeoutMs: options.statementTimeoutMs,
        driver: failoverPg(primaryPool, (error) => this.markFailed(replica, error)),
      });
      return replica;
    });
  }

  get size(): number {
    return this.replicas.length;
  }

  async start(): Promise<void> {
    await Promise.all(
      this.replicas.map((replica) =>
        replica.dataSource.initialize().catch((error: unknown) => this.markFailed(replica, error)),
      ),
    );
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.options.pollMs ?? 500);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(
      this.replicas.map((replica) =>
        replica.dataSource.isInitialized ? replica.dataSource.destroy() : undefined,
      ),
    );
  }

  /** The primary's current WAL position: the consistency token of a write just committed. */
  async primaryPosition(): Promise<string> {
    const rows: { lsn: string }[] = await this.primary.query(
      'SELECT pg_current_wal_lsn()::text AS lsn',
    );
    return rows[0]!.lsn;
  }

  /** Where a read goes: a serving replica that has replayed `token` (if any), else the primary. */
  pick(token?: string): DataSource {
    const needed = token === undefined ? undefined : parseLsn(token);
    for (let tried = 0; tried < this.replicas.length; tried += 1) {
      const replica = this.replicas[this.next++ % this.replicas.length]!;
      if (!this.serving(replica)) continue;
      if (needed !== undefined && (replica.replayLsn === undefined || replica.replayLsn < needed)) {
        continue;
      }
      return replica.dataSource;
    }
    return this.primary;
  }

  states(): ReplicaState[] {
    return this.replicas.map((replica) => ({
      name: replica.name,
      up: replica.up,
      lagMs: replica.lagMs ?? null,
      replayLsn: replica.replayLsn === undefined ? null : formatLsn(replica.replayLsn),
      serving: this.serving(replica),
    }));
  }

  private serving(replica: Replica): boolean {
    return (
      replica.up &&
      replica.dataSource.isInitialized &&
      replica.lagMs !== undefined &&
      replica.lagMs <= this.options.maxLagMs
    );
  }

  private markFailed(replica: Replica, error: unknown): void {
    if (replica.up) {
      this.logger.warn(
        { replica: replica.name, err: error instanceof Error ? error.message : String(error) },
        'read replica failed; reads go to the primary until it answers again',
      );
    }
    replica.up = false;
  }

  private async poll(): Promise<void> {
    const now = Date.now();
    try {
      const lsn = parseLsn(await timeout(this.primaryPosition(), POLL_TIMEOUT_MS));
      const last = this.history.at(-1);
      if (lsn !== undefined && (!last || lsn > last.lsn)) this.history.push({ lsn, at: now });
      while (this.history.length > 1 && this.history[0]!.at < now - HISTORY_MS) {
        this.history.shift();
      }
    } catch {
      // The primary's own health is /readyz's business; replicas keep their last state.
    }
    await Promise.all(this.replicas.map((replica) => this.pollReplica(replica, now)));
  }

  private async pollReplica(replica: Replica, now: number): Promise<void> {
    try {
      if (!replica.dataSource.isInitialized) await replica.dataSource.initialize();
      const rows: { lsn: string | null }[] = await timeout(
        replica.dataSource.query('SELECT pg_last_wal_replay_lsn()::text AS lsn'),
        POLL_TIMEOUT_MS,
      );
      const replayed = rows[0]?.lsn ? parseLsn(rows[0].lsn) : undefined;
      if (replayed === undefined) throw new Error('not a streaming replica');
      replica.replayLsn = replayed;
      const behind = this.history.find((sample) => sample.lsn > replayed);
      replica.lagMs = behind ? now - behind.at : 0;
      if (!replica.up) this.logger.info({ replica: replica.name }, 'read replica serving');
      replica.up = true;
    } catch (error) {
      this.markFailed(replica, error);
    }
  }
}
