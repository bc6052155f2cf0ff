import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { freePort } from '../support/free-port';

/**
 * The built server (dist/src/main.js, `npm run build` first) on a fresh database: requests in
 * flight at SIGTERM all complete, new connections are refused, and the process exits 0.
 */
const MAIN = path.join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const IN_FLIGHT = 6;

let database: TestDatabase;
let child: ChildProcess | undefined;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('requests in flight at SIGTERM all complete, then the process exits 0', async () => {
  expect(existsSync(MAIN)).toBe(true); // run `npm run build` first (npm run test:resilience does)
  const port = await freePort();
  const lines: Record<string, unknown>[] = [];
  child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_START: 'true',
      SEED_MANIFEST: path.join(__dirname, '..', 'fixtures', 'seed-small.json'),
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '10000',
      STATEMENT_TIMEOUT_MS: '5000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const part of parts) {
      try {
        lines.push(JSON.parse(part) as Record<string, unknown>);
      } catch {
        lines.push({ msg: part });
      }
    }
  });
  const exited = new Promise<number | null>((resolve) =>
    child!.on('exit', (code) => resolve(code)),
  );
  for (
    let i = 0;
    i < 300 && !lines.some((l) => String(l.msg).includes('Cooperation Atlas on'));
    i += 1
  ) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${stderr}`);
    await sleep(100);
  }
  const base = `http://127.0.0.1:${port}`;
  // The seed loads after the server listens: /readyz says 503 until it is done.
  let ready = 0;
  for (let i = 0; i < 300 && ready !== 200; i += 1) {
    ready = (await fetch(`${base}/readyz`)).status;
    if (ready !== 200) await sleep(100);
  }
  expect(ready).toBe(200);

  // Hold the country table so the requests stay in flight until we let them go.
  const locker = new Client({ connectionString: database.url });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE country IN ACCESS EXCLUSIVE MODE');
  const requests = Array.from({ length: IN_FLIGHT }, (_, i) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query InFlight${i} { countries(first: 3) { nodes { alpha2 } } }`,
      }),
    }).then(async (res) => ({
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
    })),
  );
  // Wait until they are all waiting on the lock.
  for (let i = 0; i < 50; i += 1) {
    const { rows } = await locker.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n >= Math.min(IN_FLIGHT, 5)) break;
    await sleep(50);
  }

  const signalledAt = Date.now();
  child.kill('SIGTERM');
  // No new connections once shutdown has begun: wait for the listener to close, however slowly.
  let refused = false;
  for (let i = 0; i < 100 && !refused; i += 1) {
    refused = await fetch(`${base}/healthz`).then(
      () => false,
      () => true,
    );
    if (!refused) await sleep(100);
  }
  expect(refused).toBe(true);
  await locker.query('COMMIT');
  await locker.end();

  const results = await Promise.all(requests);
  for (const result of results) {
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect((result.body.data as { countries: { nodes: unknown[] } }).countries.nodes).toHaveLength(
      3,
    );
  }
  const code = await exited;
  if (code !== 0) console.log(lines.slice(-10), stderr);
  expect(code).toBe(0);
  // Exit code 0 already means within SHUTDOWN_GRACE_MS (else the process exits 1); this bound
  // only guards against a hang, generously for a loaded machine.
  expect(Date.now() - signalledAt).toBeLessThan(60_000);
  expect(lines.some((l) => l.msg === 'shut down cleanly')).toBe(true);
  const served = lines.filter(
    (l) => l.msg === 'request' && String(l.operation).startsWith('InFlight'),
  );
  expect(served).toHaveLength(IN_FLIGHT);
  for (const line of served) expect(line).toMatchObject({ outcome: 'ok', status: 200 });
});
