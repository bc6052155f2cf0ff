import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '../../src/common/auth/roles';
import { silentLogger } from '../../src/common/logger';
import { ApiKeyService } from '../../src/modules/api-key/api-key.service';
import { ensureFirstAdminKey } from '../../src/modules/api-key/first-admin-key';
import { ROOT } from '../support/built-cli';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from './helpers';
import { freePort } from '../support/free-port';

const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const API_KEYS = '{ apiKeys { role revokedAt } }';

interface Server {
  child: ChildProcess;
  url: string;
  lines: Record<string, unknown>[];
  stop(): Promise<number | null>;
}

/** The built server on an embedded database in `dataDir`, once it listens. */
async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'development',
      DATABASE_URL: '',
      FIRST_ADMIN_KEY_FILE: '',
      PGLITE_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let buffered = '';
  const listening = new Promise<void>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const part of parts) {
        const line = JSON.parse(part) as Record<string, unknown>;
        lines.push(line);
        if (String(line.msg).startsWith('Cooperation Atlas on')) resolve();
      }
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await listening;
  return {
    child,
    url: `http://127.0.0.1:${port}/graphql`,
    lines,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

async function gql(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: { apiKeys: { role: string; revokedAt: string | null }[] };
    errors?: { extensions: { code: string } }[];
  };
}

describe('the built server on a fresh embedded database', () => {
  let workDir: string;
  let server: Server | undefined;
  beforeAll(() => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-first-key-'));
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(workDir, { recursive: true, force: true });
  });

  test('writes one admin key to a file only its owner can read, and not again', async () => {
    const dataDir = path.join(workDir, 'data');
    const file = path.join(dataDir, 'first-admin-key.txt');
    server = await startServer(dataDir);
    const secret = readFileSync(file, 'utf8').trim();
    expect(secret.length).toBeGreaterThan(20);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const notice = server.lines.find((line) => line.file === file);
    expect(notice).toMatchObject({ level: 'warn' });
    expect(JSON.stringify(server.lines)).not.toContain(secret);

    const asAdmin = await gql(server.url, API_KEYS, bearer(secret));
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data!.apiKeys).toEqual([{ role: 'ADMIN', revokedAt: null }]);
    const anonymous = await gql(server.url, API_KEYS);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await server.stop()).toBe(0);

    server = await startServer(dataDir);
    expect(server.lines.some((line) => line.file === file)).toBe(false);
    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
    const again = await gql(server.url, API_KEYS, bearer(secret));
    expect(again.data!.apiKeys).toHaveLength(1);
    expect(await server.stop()).toBe(0);
  }, 120_000);
});

describe('ensureFirstAdminKey', () => {
  let app: TestApp;
  let workDir: string;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    workDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-first-key-'));
  });
  afterAll(async () => {
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  const activeAdmins = async () =>
    (await new ApiKeyService(app.dataSource).list(false)).filter((key) => key.role === Role.ADMIN);

  test('does nothing in production unless FIRST_ADMIN_KEY_FILE is set', async () => {
    const file = await ensureFirstAdminKey(
      app.dataSource,
      { nodeEnv: 'production', pgliteDir: path.join(workDir, 'prod') },
      silentLogger(),
    );
    expect(file).toBeNull();
    expect(await activeAdmins()).toHaveLength(0);
  });

  test('on a server database it writes nothing unless FIRST_ADMIN_KEY_FILE is set', async () => {
    const file = await ensureFirstAdminKey(
      app.dataSource,
      {
        nodeEnv: 'development',
        pgliteDir: path.join(workDir, 'server-default'),
        databaseUrl: 'postgresql://postgres@127.0.0.1:5432/atlas',
      },
      silentLogger(),
    );
    expect(file).toBeNull();
    expect(existsSync(path.join(workDir, 'server-default'))).toBe(false);
    expect(await activeAdmins()).toHaveLength(0);
  });

  test('servers starting together create exactly one key', async () => {
    const files = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        ensureFirstAdminKey(
          app.dataSource,
          {
            nodeEnv: 'production',
            pgliteDir: './data',
            firstAdminKeyFile: path.join(workDir, `server-${i}`, 'key.txt'),
          },
          silentLogger(),
        ),
      ),
    );
    const written = files.filter((file): file is string => file !== null);
    expect(written).toHaveLength(1);
    expect(await activeAdmins()).toHaveLength(1);
    const res = await app.gql(API_KEYS, {}, bearer(readFileSync(written[0], 'utf8').trim()));
    expect(res.errors).toBeUndefined();
  });

  test('a revoked admin key does not count: a new one is made', async () => {
    const service = new ApiKeyService(app.dataSource);
    for (const key of await activeAdmins()) await service.revoke(key.id);
    const file = await ensureFirstAdminKey(
      app.dataSource,
      { nodeEnv: 'development', pgliteDir: path.join(workDir, 'dev') },
      silentLogger(),
    );
    expect(file).toBe(path.join(workDir, 'dev', 'first-admin-key.txt'));
    expect(await activeAdmins()).toHaveLength(1);
  });
});
