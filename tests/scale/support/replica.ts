import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const BIN = '/usr/lib/postgresql/15/bin';

/** pg_ctl and friends refuse to run as root: as root, run them as the postgres user. */
function run(command: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', path.join(BIN, command), ...args]]
    : [path.join(BIN, command), args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** As root, files the replica's server reads must belong to the postgres user. */
function giveToPostgres(file: string): void {
  if (process.getuid?.() !== 0) return;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(file, id('-u'), id('-g'));
}

/**
 * A streaming replica of the local PostgreSQL server, made with `pg_basebackup -R` into a temporary
 * directory and run by `pg_ctl` on 127.0.0.1:`port`. The primary must allow replication
 * connections from 127.0.0.1 (.ci/run adds the pg_hba.conf line). remove() stops it and deletes it.
 */
export class Replica {
  readonly dir: string;

  constructor(
    readonly port: number,
    private readonly primaryPort = 5432,
  ) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'atlas-replica-'));
    giveToPostgres(this.dir);
  }

  create(): void {
    try {
      run('pg_basebackup', [
        ...['-h', '127.0.0.1', '-p', String(this.primaryPort), '-U', 'postgres'],
        ...['-D', path.join(this.dir, 'data'), '-R', '-X', 'stream', '-c', 'fast'],
      ]);
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? String(error);
      throw new Error(
        `pg_basebackup failed: ${stderr.trim()}\nThe primary must allow replication from ` +
          '127.0.0.1: add "host replication all 127.0.0.1/32 trust" to pg_hba.conf and reload.',
      );
    }
    const data = path.join(this.dir, 'data');
    const asPostgres = (file: string, text: string) => {
      writeFileSync(path.join(data, file), text);
      giveToPostgres(path.join(data, file));
    };
    asPostgres(
      'postgresql.conf',
      [
        `port = ${this.port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${this.dir}'`,
        'hot_standby = on',
        'hot_standby_feedback = on',
        'max_connections = 100',
        'shared_buffers = 32MB',
        'fsync = off',
        '',
      ].join('\n'),
    );
    asPostgres('pg_hba.conf', 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    asPostgres('pg_ident.conf', '');
  }

  start(): void {
    run('pg_ctl', [
      '-D',
      path.join(this.dir, 'data'),
      '-l',
      path.join(this.dir, 'log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
  }

  /** What a crash or a pulled cable does: no shutdown checkpoint, every connection cut. */
  kill(): void {
    run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  }

  url(database: string): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async query<T>(sql: string): Promise<T[]> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Waits until the replica has replayed the primary's current WAL position. */
  async caughtUp(primaryUrl: string, timeoutMs = 30_000): Promise<void> {
    const primary = new Client({ connectionString: primaryUrl });
    await primary.connect();
    const target = (await primary.query('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0].lsn;
    await primary.end();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [row] = await this.query<{ done: boolean }>(
        `SELECT pg_last_wal_replay_lsn() >= '${target}'::pg_lsn AS done`,
      );
      if (row?.done) return;
      if (Date.now() > deadline) throw new Error(`replica did not reach ${target} in time`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  remove(): void {
    try {
      this.kill();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
