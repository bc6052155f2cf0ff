import WebSocket from 'ws';
import { LiveCloseCode } from '../../src/common/http/subscriptions';
import { boundedStream, SlowConsumerError } from '../../src/common/http/bounded-stream';
import { issueKeys, Keys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';
import { connect, heard, interestProbe, isInterestProbe, subscribe, waitFor } from './support';

const MEETINGS = `subscription { meetingRecorded { key } }`;

let app: TestApp;
let keys: Keys;

beforeAll(async () => {
  app = await startTestApp({
    seed: false,
    readsRequireKey: true,
    subscriptionLimits: { perConnection: 3, connectionsPerClient: 2, maxMessageBytes: 16 * 1024 },
  });
  keys = await issueKeys(app.dataSource);
});
afterAll(async () => {
  await app?.close();
});

/** Opens a raw graphql-transport-ws socket and sends connection_init; resolves on ack or close. */
function rawSocket(payload: Record<string, unknown>) {
  const socket = new WebSocket(app.wsUrl, 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const acked = new Promise<void>((resolve) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve();
    });
  });
  return { socket, closed, acked };
}

test('with READS_REQUIRE_KEY a subscription needs a valid key in connectionParams', async () => {
  const anonymous = rawSocket({});
  expect(await anonymous.closed).toEqual({
    code: LiveCloseCode.UNAUTHENTICATED,
    reason: expect.stringMatching(/key/i),
  });
  const revoked = rawSocket({ authorization: `Bearer ${keys.revoked}` });
  expect(await revoked.closed).toEqual({
    code: LiveCloseCode.UNAUTHENTICATED,
    reason: 'The API key is invalid or has been revoked.',
  });
  const wrong = rawSocket({ apiKey: 'not-a-key' });
  expect((await wrong.closed).code).toBe(LiveCloseCode.UNAUTHENTICATED);

  for (const params of [{ authorization: `Bearer ${keys.viewer}` }, { apiKey: keys.viewer }]) {
    const ok = rawSocket(params);
    await ok.acked;
    ok.socket.close(1000);
    await ok.closed;
  }
});

test('the subscription past SUBSCRIPTIONS_PER_CONNECTION is refused with a clear error', async () => {
  const { client } = connect(app, { apiKey: keys.viewer });
  const subs = [1, 2, 3, 4].map(() => subscribe(client, MEETINGS));
  await waitFor('the refusal', () => subs[3].errors.length > 0);
  expect(subs[3].errors[0]).toEqual([
    expect.objectContaining({
      message: expect.stringContaining('the limit is 3'),
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 3 },
    }),
  ]);
  for (const s of subs.slice(0, 3)) expect(s.errors).toEqual([]);
  // Completing one frees its place: the new subscription is served (it hears a probe).
  subs[0].dispose();
  const again = subscribe<{ sectorInterestChanged: { operation: string } }>(
    client,
    'subscription { sectorInterestChanged(country: "AZ") { operation } }',
  );
  await heard(app, again, interestProbe('AZ'), isInterestProbe);
  expect(again.errors).toEqual([]);
  await client.dispose();
});

test('a client past WS_CONNECTIONS_PER_CLIENT is closed with 4029', async () => {
  const first = rawSocket({ apiKey: keys.editor });
  const second = rawSocket({ apiKey: keys.editor });
  await Promise.all([first.acked, second.acked]);
  const third = rawSocket({ apiKey: keys.editor });
  expect(await third.closed).toEqual({
    code: LiveCloseCode.TOO_MANY_CONNECTIONS,
    reason: 'too many connections for this client (limit 2)',
  });
  // Another key is another client; and a closed connection gives its place back.
  const other = rawSocket({ apiKey: keys.admin });
  await other.acked;
  first.socket.close(1000);
  await first.closed;
  const fourth = rawSocket({ apiKey: keys.editor });
  await fourth.acked;
  for (const s of [second, other, fourth]) s.socket.close(1000);
  await Promise.all([second.closed, other.closed, fourth.closed]);
});

test('a message over the size limit closes the connection with 1009', async () => {
  const raw = rawSocket({ apiKey: keys.viewer });
  await raw.acked;
  raw.socket.send(
    JSON.stringify({
      id: '1',
      type: 'subscribe',
      payload: { query: `subscription { meetingRecorded { key } } # ${'x'.repeat(20_000)}` },
    }),
  );
  expect((await raw.closed).code).toBe(1009);
});

test('a subscriber that falls too far behind is cut off, not buffered without bound', async () => {
  let push: (n: number) => void = () => undefined;
  async function* source() {
    for (;;) yield await new Promise<number>((resolve) => (push = resolve));
  }
  const overflows: SlowConsumerError[] = [];
  const stream = boundedStream(source(), (n) => n % 2 === 0, {
    limit: 3,
    onOverflow: (e) => overflows.push(e),
  });
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  await tick();
  for (let n = 0; n < 8; n += 1) {
    push(n);
    await tick();
  }
  // 0, 2, 4, 6 kept (odd ones filtered out): one more than the limit of 3.
  expect(overflows).toHaveLength(1);
  await expect(stream.next()).rejects.toBeInstanceOf(SlowConsumerError);

  const fine = boundedStream(source(), () => true, { limit: 3 });
  await tick();
  const waiting = fine.next();
  push(7);
  expect(await waiting).toEqual({ value: 7, done: false });
  // return() ends a stream at once, even with a next() pending.
  const pending = fine.next();
  await fine.return!();
  expect(await pending).toEqual({ value: undefined, done: true });
});
