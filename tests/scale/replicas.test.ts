import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { AppProcess, freePort } from './support/app-process';
import { Replica } from './support/replica';
import { BY_ID, issueKey, meetingInput, record, Recorded } from './support/writes';

/**
 * Reads on a real streaming replica of the local server (pg_basebackup -R, pg_ctl on another
 * loopback port), through real app processes: A writes, B reads.
 */
let replica: Replica;
let database: TestDatabase;
let dbName: string;
let a: AppProcess;
let b: AppProcess;
let editor: string;

const PAGE = `{ meetings(first: 20) { totalCount edges { node { id title
  participants { id country { code } } } } } }`;

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

function apps(extra: Record<string, string> = {}) {
  return new AppProcess({
    DATABASE_URL: database.url,
    DATABASE_READ_URLS: replica.url(dbName),
    REPLICA_MAX_LAG_MS: '60000',
    SEED_ON_START: 'true',
    RATE_LIMIT_ENABLED: 'false',
    ...extra,
  });
}

async function replicaServing(app: AppProcess, serving: boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await app.json<{ replicas: { serving: boolean }[] }>('/readyz');
    if (ready.replicas[0]?.serving === serving) return;
    if (Date.now() > deadline) throw new Error(`replica never became serving=${serving}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  replica = new Replica(await freePort());
  replica.create();
  replica.start();
  database = await createTestDatabase();
  dbName = new URL(database.url).pathname.slice(1);
  a = apps();
  await a.start();
  await replica.caughtUp(database.url);
  b = apps();
  await b.start();
  editor = issueKey(database.url, 'editor');
  await replica.caughtUp(database.url);
  await replicaServing(b, true);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  replica?.remove();
  await database?.drop();
});

test('queries are served by the replica: with replay paused, B does not see a new write', async () => {
  await replica.query('SELECT pg_wal_replay_pause()');
  try {
    const before = await b.gql(PAGE);
    const written = await record(a, editor, 1, 'paused');
    const after = await b.gql(PAGE);
    expect(after.body.errors).toBeUndefined();
    expect((after.body.data!.meetings as { totalCount: number }).totalCount).toBe(
      (before.body.data!.meetings as { totalCount: number }).totalCount,
    );
    // …but the writer who presents its token reads its own write, through the other process.
    expect(written.token).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    const own = await b.gql(
      BY_ID,
      { id: written.id },
      {
        'x-atlas-consistency-token': written.token!,
      },
    );
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.node).toEqual({ id: written.id });
    const withoutToken = await b.gql(BY_ID, { id: written.id });
    expect(withoutToken.body.data).toEqual({ node: null });
    // GET requests and persisted (hash-only) queries are routed the same way.
    const viaGet = await fetch(
      `${b.url}/graphql?query=${encodeURIComponent(BY_ID)}&variables=${encodeURIComponent(
        JSON.stringify({ id: written.id }),
      )}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(((await viaGet.json()) as { data: unknown }).data).toEqual({ node: null });
    const sha256Hash = createHash('sha256').update(BY_ID).digest('hex');
    const persisted = (body: Record<string, unknown>) =>
      fetch(`${b.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          variables: { id: written.id },
          extensions: { persistedQuery: { version: 1, sha256Hash } },
          ...body,
        }),
      }).then((res) => res.json() as Promise<{ data?: unknown }>);
    await persisted({ query: BY_ID });
    expect((await persisted({})).data).toEqual({ node: null });
  } finally {
    await replica.query('SELECT pg_wal_replay_resume()');
  }
});

test('the token also travels in extensions, and a mutation answer carries it there', async () => {
  const res = await a.gql(
    `mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { id } } }`,
    { input: meetingInput(2, 'ext') },
    { authorization: `Bearer ${editor}` },
  );
  const token = res.body.extensions?.consistencyToken as string;
  expect(token).toBe(res.headers.get('x-atlas-consistency-token'));
  const id = (res.body.data!.recordMeeting as { meeting: { id: string } }).meeting.id;
  const read = await fetch(`${b.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: BY_ID,
      variables: { id },
      extensions: { consistencyToken: token },
    }),
  });
  expect(((await read.json()) as { data: { node: unknown } }).data.node).toEqual({ id });
});

test('a replica that lags more than REPLICA_MAX_LAG_MS is skipped: reads go to the primary', async () => {
  const strict = apps({ REPLICA_MAX_LAG_MS: '300' });
  await strict.start();
  await replica.query('SELECT pg_wal_replay_pause()');
  try {
    const written = await record(a, editor, 3, 'lag');
    await replicaServing(strict, false);
    const ready = await strict.json<{ replicas: { lagMs: number; up: boolean }[] }>('/readyz');
    expect(ready.replicas[0]!.up).toBe(true);
    expect(ready.replicas[0]!.lagMs).toBeGreaterThan(300);
    expect(await strict.metrics()).toMatch(/atlas_replica_up\{replica="127\.0\.0\.1:\d+"\} 0/);
    const read = await strict.gql(BY_ID, { id: written.id });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.node).toEqual({ id: written.id });
  } finally {
    await replica.query('SELECT pg_wal_replay_resume()');
    await strict.stop();
  }
});

test('killing the replica under read and write load: no errors, nothing acknowledged is lost', async () => {
  await replica.caughtUp(database.url);
  await replicaServing(b, true);
  const failures: string[] = [];
  let served = 0;
  let stop = false;
  const reader = async () => {
    while (!stop && failures.length < 50) {
      const res = await b.gql(PAGE).catch((error: unknown) => ({
        status: 0,
        body: { errors: [{ message: String(error) }] },
      }));
      served += 1;
      if (res.status !== 200 || res.body.errors) {
        failures.push(`${res.status} ${JSON.stringify(res.body.errors)}`);
      }
    }
  };
  const readers = Array.from({ length: 6 }, reader);
  const written: Recorded[] = [];
  let servedAtKill = 0;
  try {
    for (let n = 10; n < 16; n += 1) {
      written.push(await record(a, editor, n, 'kill'));
      if (n === 12) {
        replica.kill();
        servedAtKill = served;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
  } finally {
    stop = true;
    await Promise.all(readers);
  }
  expect(served).toBeGreaterThan(servedAtKill);
  expect(failures).toEqual([]);
  const ready = await b.json<{ ready: boolean; replicas: { up: boolean }[] }>('/readyz');
  expect(ready.ready).toBe(true);
  expect(ready.replicas[0]!.up).toBe(false);
  expect(b.log.join('\n')).toMatch(/read replica failed; reads go to the primary/);
  for (const write of written) {
    const read = await b.gql(
      BY_ID,
      { id: write.id },
      {
        'x-atlas-consistency-token': write.token!,
      },
    );
    expect(read.body.data!.node).toEqual({ id: write.id });
  }
  const [{ count }] = await sql<{ count: string }>(
    database.url,
    `SELECT count(*) FROM meeting WHERE key LIKE 'scale-kill-%'`,
  );
  expect(Number(count)).toBe(written.length);
});
