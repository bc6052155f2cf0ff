import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import lockfile from 'proper-lockfile';

export interface EmbeddedPostgres {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export class DataDirectoryLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database in ${dataDir} is in use by another process (most likely a running ` +
        '`npm start`). PGlite cannot be shared between processes, so nothing was done. Stop that ' +
        'process and run this command again, or point both at a PostgreSQL server with DATABASE_URL.',
    );
    this.name = 'DataDirectoryLockedError';
  }
}

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}.lock`,
      stale: 15_000,
      update: 5_000,
      retries: 0,
      realpath: false,
      onCompromised: (error) => {
        // Another process took the directory over: writing on would lose rows silently.
        console.error(`Lost the lock on ${dataDir}: ${error.message}. Exiting.`);
        process.exit(70);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirectoryLockedError(dataDir);
    }
    throw error;
  }
}

/**
 * Starts PGlite (in memory, or persisted in dataDir under an exclusive lock) and serves it on a
 * loopback port, so the app reaches it through the ordinary pg driver. PGlite has one session,
 * so the pool must hold exactly one client (createDataSource's `embedded`). The server takes a
 * second connection only for the hand-over: a pool that replaces its client connects the new one
 * before the old socket's close has reached the server, which would refuse it ("Too many
 * connections"); pglite-socket runs the newcomer's messages after the old transaction is rolled back.
 * `image` (a `dumpDataDir` tarball) starts from a copy of that cluster instead of running initdb.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { image?: Blob } = {},
): Promise<EmbeddedPostgres> {
  const inMemory = dataDir === 'memory';
  const resolved = inMemory ? 'memory' : path.resolve(dataDir);
  const release = inMemory ? async () => undefined : await lockDataDir(resolved);
  let db: PGlite | undefined;
  try {
    db = await PGlite.create({
      dataDir: inMemory ? undefined : resolved,
      loadDataDir: options.image,
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 2 });
    await server.start();
    const opened = db;
    return {
      url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
      dataDir: resolved,
      async stop() {
        await server.stop();
        await opened.close();
        await release();
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    await release();
    throw error;
  }
}
