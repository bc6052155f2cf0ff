import { createHash, randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import Redis from 'ioredis';
import WebSocket from 'ws';
import { Client } from 'pg';
import { LiveTopic } from '../../src/modules/live/event-bus';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { AppProcess, freePort, GraphQLAnswer } from './support/app-process';
import { RedisServer } from './support/redis-server';
import { issueKey, record, Recorded } from './support/writes';

/** Two real app processes sharing a redis-server of the test's own, on one database. */
let redis: RedisServer;
let database: TestDatabase;
let a: AppProcess;
let b: AppProcess;
let viewer: string;
let editor: string;
const prefix = `atlas-test-${randomBytes(4).toString('hex')}`;

const COSTLY = `{ meetings(first: 50) { edges { node { id title participants { id } } } } }`;
const CHEAP = `{ meetings(first: 5) { totalCount edges { node { id title } } } }`;

type Budget = { remaining: number; capacity: number };
const budgetOf = (res: GraphQLAnswer) =>
  (res.body.extensions?.cost as { requested: number; budget: Budget } | undefined) ?? undefined;

function app(): AppProcess {
  return new AppProcess({
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: prefix,
    SEED_ON_START: 'true',
    RATE_LIMIT_CAPACITY: '20000',
    RATE_LIMIT_REFILL_PER_SECOND: '1',
  });
}

async function redisState(process: AppProcess, state: 'ok' | 'unreachable'): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await process.json<{ redis?: string }>('/readyz');
    if (ready.redis === state) return;
    if (Date.now() > deadline) throw new Error(`redis never became ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A spends once, then B: B's answer shows the budget A left, less its own cost. */
async function expectOneBudget(key: string): Promise<void> {
  const headers = { authorization: `Bearer ${key}` };
  const first = budgetOf(await a.gql(CHEAP, undefined, headers))!;
  const second = budgetOf(await b.gql(CHEAP, undefined, headers))!;
  expect(second.budget.remaining).toBe(first.budget.remaining - second.requested);
}

beforeAll(async () => {
  redis = new RedisServer(await freePort());
  await redis.start();
  database = await createTestDatabase();
  a = app();
  await a.start();
  b = app();
  await b.start();
  viewer = issueKey(database.url, 'viewer');
  editor = issueKey(database.url, 'editor');
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
  await database?.drop();
});

test('the rate limit is one budget across processes A and B', async () => {
  await expectOneBudget(viewer);
  const headers = { authorization: `Bearer ${viewer}` };
  let last = budgetOf(await a.gql(COSTLY, undefined, headers))!;
  while (last.budget.remaining >= last.requested) {
    last = budgetOf(await a.gql(COSTLY, undefined, headers))!;
  }
  const refused = await b.gql(COSTLY, undefined, headers);
  expect(refused.status).toBe(429);
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
});

test('a query registered as a persisted query on A runs by its hash alone on B', async () => {
  const query = '{ countries(first: 3) { totalCount } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const post = (target: AppProcess, body: unknown) =>
    fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((res) => res.json() as Promise<GraphQLAnswer['body']>);
  const unknown = await post(b, { extensions });
  expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect((await post(a, { query, extensions })).errors).toBeUndefined();
  const byHash = await post(b, { extensions });
  expect(byHash.errors).toBeUndefined();
  expect(byHash.data).toEqual({ countries: { totalCount: expect.any(Number) } });
});

test('analytics answers computed on one process are stored in Redis for all', async () => {
  const client = new Redis(redis.url);
  try {
    const res = await a.gql(
      '{ sectorInterest(groupBy: [COUNTRY]) { country { code } mentions meetings } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect((await client.keys(`${prefix}:answer:*`)).length).toBeGreaterThan(0);
  } finally {
    client.disconnect();
  }
});

test('a subscriber on B receives a meeting recorded through A', async () => {
  const client = createClient({
    url: b.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  const received: { meetingRecorded: { id: string } }[] = [];
  const dispose = client.subscribe<{ meetingRecorded: { id: string } }>(
    { query: 'subscription { meetingRecorded(filter: { countryCodes: ["AZ"] }) { id } }' },
    {
      next: (result) => received.push(result.data!),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  const watcher = new Redis(redis.url);
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const [, subscribers] = (await watcher.pubsub('NUMSUB', LiveTopic.MEETING_RECORDED)) as [
        string,
        number,
      ];
      if (subscribers > 0) break;
      if (Date.now() > deadline) throw new Error('B never subscribed in Redis');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const written = await record(a, editor, 100, `sub-${prefix}`);
    while (received.length === 0 && Date.now() < deadline + 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(received).toEqual([{ meetingRecorded: { id: written.id } }]);
  } finally {
    dispose();
    await client.dispose();
    watcher.disconnect();
  }
});

test('stopping Redis under load: no 5xx, nothing lost, and it recovers when Redis is back', async () => {
  const statuses: number[] = [];
  const bodyErrors: string[] = [];
  let stop = false;
  const reader = async (target: AppProcess) => {
    while (!stop && bodyErrors.length < 50) {
      const res = await target.gql(CHEAP).catch(() => undefined);
      statuses.push(res?.status ?? 0);
      if (res?.body.errors) bodyErrors.push(JSON.stringify(res.body.errors));
    }
  };
  const readers = [a, b, a, b].map(reader);
  const written: Recorded[] = [];
  try {
    for (let n = 0; n < 8; n += 1) {
      written.push(await record(n % 2 ? a : b, editor, n, `redis-${prefix}`));
      if (n === 3) await redis.stop();
    }
    await redisState(a, 'unreachable');
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    stop = true;
    await Promise.all(readers);
  }
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  expect(bodyErrors).toEqual([]);
  expect((await a.json<{ ready: boolean }>('/readyz')).ready).toBe(true);
  expect(await a.metrics()).toMatch(/atlas_redis_up 0/);
  expect(await a.metrics()).toMatch(/atlas_rate_limit_fallback_total [1-9]/);
  expect(a.log.join('\n')).toMatch(/Redis unavailable, using a per-process budget/);

  const db = new Client({ connectionString: database.url });
  await db.connect();
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM meeting WHERE key LIKE $1`, [
    `scale-redis-${prefix}-%`,
  ]);
  await db.end();
  expect(rows[0].n).toBe(written.length);

  await redis.start();
  await Promise.all([redisState(a, 'ok'), redisState(b, 'ok')]);
  await expectOneBudget(viewer);
  expect(await b.metrics()).toMatch(/atlas_redis_up 1/);
});
