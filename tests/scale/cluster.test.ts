import { createTestDatabase, TestDatabase } from '../support/test-database';
import { AppProcess } from './support/app-process';

/** WEB_CONCURRENCY=2: one port, two workers, a dead worker replaced, a clean stop. */
let database: TestDatabase;
let app: AppProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  app = new AppProcess({
    DATABASE_URL: database.url,
    WEB_CONCURRENCY: '2',
    SEED_ON_START: 'true',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `atlas-cluster-test-${process.pid}`,
  });
  await app.start();
  await waitForWorkers(2);
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** The worker pids that answer new connections (the cluster primary hands them out in turn). */
async function workerPids(requests = 20): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < requests; i += 1) {
    const res = await fetch(`${app.url}/healthz`, {
      headers: { connection: 'close' },
      signal: AbortSignal.timeout(5000),
    });
    pids.add(((await res.json()) as { pid: number }).pid);
  }
  return pids;
}

/** Until `count` workers answer, and none of `gone`; the last set seen. */
async function waitForWorkers(count: number, gone?: number): Promise<Set<number>> {
  const deadline = Date.now() + 60_000;
  let pids = new Set<number>();
  while (Date.now() < deadline) {
    pids = await workerPids(10);
    if (pids.size === count && (gone === undefined || !pids.has(gone))) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return pids;
}

test('two workers answer on the one port, each with the seeded data', async () => {
  const pids = await workerPids();
  expect(pids.size).toBe(2);
  const res = await app.gql('{ meetings(first: 1) { totalCount } }');
  expect(res.body.data).toEqual({ meetings: { totalCount: expect.any(Number) } });
  expect((res.body.data!.meetings as { totalCount: number }).totalCount).toBeGreaterThan(0);
  // seeded once, by the cluster primary, not once per worker
  expect(app.log.filter((line) => line.includes('"msg":"seeding the database"'))).toHaveLength(1);
});

test('a worker that dies is replaced, and requests keep being answered', async () => {
  const before = await workerPids();
  const victim = [...before][0]!;
  process.kill(victim, 'SIGKILL');
  // Connections handed to the worker as it died are lost with it; new ones go to the living.
  const deadline = Date.now() + 10_000;
  while (!app.log.join('\n').includes('worker died') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const after = await waitForWorkers(2, victim);
  expect(after.has(victim)).toBe(false);
  expect(after.size).toBe(2);
  expect(app.log.join('\n')).toMatch(/worker died; starting another/);
});

test('SIGTERM stops every worker and the primary exits 0', async () => {
  const code = await app.stopWithCode();
  expect(code).toBe(0);
  expect(app.log.join('\n')).toMatch(/all workers stopped/);
});
