import { bearer, issueKeys, Keys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';
import {
  connect,
  heard,
  meetingInput,
  meetingProbe,
  RECORD,
  subscribe,
  waitFor,
  withoutProbes,
} from './support';

const REDIS_URL = 'redis://127.0.0.1:6379';
const MEETINGS = `subscription { meetingRecorded { key parties { code } } }`;

type MeetingEvent = { meetingRecorded: { key: string } };

let a: TestApp;
let b: TestApp;
let keys: Keys;
/** A seed meeting, named by the probes that tell when a subscription listens. */
let probe: { id: number; key: string };
const isProbe = (event: MeetingEvent) => event.meetingRecorded.key === probe.key;

beforeAll(async () => {
  a = await startTestApp({ redisUrl: REDIS_URL });
  // B serves the same database from its own process state (on the embedded database, the same
  // DataSource): its only link to A's events is Redis.
  b = await startTestApp({ redisUrl: REDIS_URL, sameDatabaseAs: a });
  keys = await issueKeys(a.dataSource);
  [probe] = await a.dataSource.query('SELECT id, key FROM meeting ORDER BY id LIMIT 1');
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

async function recordOn(app: TestApp, key: string) {
  const res = await app.gql<{ recordMeeting: { userErrors: unknown[] } }>(
    RECORD,
    { input: meetingInput(key, 'KR', ['alternative-energy']) },
    bearer(keys.editor),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.recordMeeting.userErrors).toEqual([]);
}

test('a subscriber on B hears a recordMeeting made on A, through Redis', async () => {
  expect(a.database.url).toBe(b.database.url);
  const { client } = connect(b);
  const events = subscribe<MeetingEvent>(client, MEETINGS);
  // A's bus publishes into Redis only: B hearing it means B listens, through Redis.
  await heard(a, events, meetingProbe(probe.id), isProbe);
  await recordOn(a, 'live-redis-a');
  await waitFor('the event on B', () => withoutProbes(events, isProbe).length >= 1);
  expect(events.errors).toEqual([]);
  expect(withoutProbes(events, isProbe)[0].meetingRecorded).toEqual({
    key: 'live-redis-a',
    parties: expect.arrayContaining([{ code: 'AZ' }, { code: 'KR' }]),
  });
  await client.dispose();
});

test('without Redis, B does not hear A (the event above really crossed Redis)', async () => {
  const c = await startTestApp({ sameDatabaseAs: a });
  try {
    const { client } = connect(c);
    const onC = subscribe<MeetingEvent>(client, MEETINGS);
    const onCAfter = subscribe<MeetingEvent>(client, MEETINGS);
    await heard(c, onC, meetingProbe(probe.id), isProbe);
    await heard(c, onCAfter, meetingProbe(probe.id), isProbe);
    await recordOn(a, 'live-redis-not-c');
    await recordOn(c, 'live-redis-on-c');
    await waitFor('C to hear its own write', () => withoutProbes(onCAfter, isProbe).length >= 1);
    expect(withoutProbes(onC, isProbe).map((e) => e.meetingRecorded.key)).toEqual([
      'live-redis-on-c',
    ]);
    await client.dispose();
  } finally {
    await c.close();
  }
});

test('with Redis unreachable, writes still commit and answer normally', async () => {
  const d = await startTestApp({ redisUrl: 'redis://127.0.0.1:1', sameDatabaseAs: a });
  try {
    await recordOn(d, 'live-redis-down');
    const [{ n }] = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM meeting WHERE key = 'live-redis-down'`,
    );
    expect(n).toBe(1);
  } finally {
    await d.close();
  }
});
