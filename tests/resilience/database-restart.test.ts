import 'reflect-metadata';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { startHttpTestApp, HttpTestApp } from '../http/support/http-test-app';
import { TcpProxy } from './support/tcp-proxy';

/**
 * The database goes away during load (a TCP proxy in front of PostgreSQL drops every connection
 * and refuses new ones, as a restart does) and comes back. Requests fail fast with a clear error,
 * /readyz turns 503, the service recovers by itself, and every acknowledged write is still there.
 */
const STATEMENT_TIMEOUT_MS = 5000;
const CLIENTS = 10;

let database: TestDatabase;
let proxy: TcpProxy;
let app: HttpTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  const target = new URL(database.url);
  proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  app = await startHttpTestApp({
    databaseUrl: proxy.url(database.url),
    rateLimit: { enabled: false },
    statementTimeoutMs: STATEMENT_TIMEOUT_MS,
    poolSize: 5,
  });
  await app.dataSource.query('CREATE TABLE resilience_write (id integer PRIMARY KEY)');
});
afterAll(async () => {
  await app?.close();
  await proxy?.stop();
  await database?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a condition the load makes true, up to 30 s (then the assertions after it say why). */
async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(50);
}

interface Outcome {
  at: number;
  ms: number;
  status: number;
  code?: unknown;
}

test('a database restart during load: fast clear failures, 503 readiness, recovery, no lost writes', async () => {
  const outcomes: Outcome[] = [];
  const acknowledged: number[] = [];
  let running = true;
  let nextId = 1;

  const reader = async () => {
    while (running) {
      const started = Date.now();
      const res = await app.gql(
        `query Reader { countries(first: 20) { nodes { alpha2 meetings(first: 2) { nodes { title } } } } }`,
      );
      outcomes.push({
        at: started,
        ms: Date.now() - started,
        status: res.status,
        code: res.json?.errors?.[0]?.extensions?.code,
      });
      if (res.status !== 200) await sleep(50);
    }
  };
  // Writes through the app's own pool: acknowledged means the INSERT's promise resolved.
  const writer = async () => {
    while (running) {
      const id = nextId++;
      try {
        await app.dataSource.query('INSERT INTO resilience_write (id) VALUES ($1)', [id]);
        acknowledged.push(id);
      } catch {
        await sleep(50);
      }
    }
  };
  const load = Promise.all([...Array.from({ length: CLIENTS }, reader), writer(), writer()]);

  await until(() => acknowledged.length >= 5 && outcomes.length >= 5);
  expect((await app.request('/readyz')).status).toBe(200);
  const ackedBeforeCut = acknowledged.length;
  expect(ackedBeforeCut).toBeGreaterThan(0);

  const cutAt = Date.now();
  await proxy.cut();
  let readyDuringCut = await app.request('/readyz');
  for (let i = 0; i < 100 && readyDuringCut.status !== 503; i += 1) {
    await sleep(100);
    readyDuringCut = await app.request('/readyz');
  }
  expect(readyDuringCut.status).toBe(503);
  expect(readyDuringCut.json).toMatchObject({ database: 'unreachable' });
  // Keep the database away until several reads have started and ended during the outage.
  await until(() => outcomes.filter((o) => o.at >= cutAt + 200 && o.status !== 200).length >= 5);

  const restoredAt = Date.now();
  await proxy.restore();
  let recoveredAt = 0;
  for (let i = 0; i < 100 && !recoveredAt; i += 1) {
    await sleep(100);
    const ready = await app.request('/readyz');
    const res = await app.gql(`{ country(code: "KR") { name } }`);
    if (ready.status === 200 && res.status === 200 && !res.json?.errors) recoveredAt = Date.now();
  }
  await until(() => outcomes.filter((o) => recoveredAt && o.at >= recoveredAt).length >= 5);
  running = false;
  await load;

  // Requests that started after the cut and ended before the restore.
  const during = outcomes.filter((o) => o.at >= cutAt + 200 && o.at + o.ms < restoredAt);
  const after = outcomes.filter((o) => o.at >= recoveredAt);
  const failed = outcomes.filter((o) => o.status !== 200);
  console.log(
    `db restart: ${outcomes.length} reads (${failed.length} failed: ${[
      ...new Set(failed.map((o) => `${o.status} ${o.code}`)),
    ].join(', ')}); ${during.length} during the outage, max ${Math.max(
      ...during.map((o) => o.ms),
    )} ms; recovered ${recoveredAt - restoredAt} ms after the restore; ${acknowledged.length} writes acknowledged`,
  );

  const unexpected = app.logs.filter((line) => line.msg === 'unexpected error');
  expect(unexpected.map((line) => JSON.stringify(line.err).slice(0, 300))).toEqual([]);
  // Recovered by itself, within 10 s of the database coming back.
  expect(recoveredAt).toBeGreaterThan(0);
  // During the outage requests failed fast and clearly: 503 SERVICE_UNAVAILABLE, never hung.
  expect(during.length).toBeGreaterThan(0);
  for (const outcome of during) {
    expect(outcome).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  }
  // No request hung: a generous bound of twice the statement timeout, for a loaded machine.
  for (const outcome of outcomes) expect(outcome.ms).toBeLessThan(2 * STATEMENT_TIMEOUT_MS + 2000);
  // Every failure, including those cut mid-flight, is the clear error and not a masked 500.
  for (const outcome of failed) {
    expect(outcome).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  }
  // After recovery, everything succeeds again.
  expect(after.length).toBeGreaterThan(0);
  expect(after.filter((o) => o.status !== 200)).toEqual([]);

  // Every acknowledged write is there (read directly, not through the proxy).
  const direct = new Client({ connectionString: database.url });
  await direct.connect();
  try {
    const { rows } = await direct.query<{ id: number }>('SELECT id FROM resilience_write');
    const stored = new Set(rows.map((row) => row.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  } finally {
    await direct.end();
  }
});
