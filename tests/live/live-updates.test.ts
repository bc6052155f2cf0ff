import { bearer, docsExample, issueKeys, Keys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';
import {
  Collected,
  connect,
  heard,
  interestProbe,
  isInterestProbe,
  meetingInput,
  meetingProbe,
  RECORD,
  subscribe,
  waitFor,
  withoutProbes,
} from './support';

const MEETINGS = `subscription ($filter: MeetingRecordedFilter) {
  meetingRecorded(filter: $filter) { key parties { code } interests { sector { code } } }
}`;
const INTERESTS = `subscription ($country: String!) {
  sectorInterestChanged(country: $country) { country sectorCodes meetingId operation at meeting { key } }
}`;

type MeetingEvent = { meetingRecorded: { key: string } };
type InterestEvent = {
  sectorInterestChanged: {
    country: string;
    sectorCodes: string[];
    meetingId: string | null;
    operation: string;
    at: string;
    meeting: { key: string } | null;
  };
};

let app: TestApp;
let keys: Keys;
/** A seed meeting, named by the probes that tell when a subscription listens. */
let probe: { id: number; key: string };
const isMeetingProbe = (event: MeetingEvent) => event.meetingRecorded.key === probe.key;
const meetings = (collected: Collected<MeetingEvent>) => withoutProbes(collected, isMeetingProbe);
const changes = (collected: Collected<InterestEvent>) => withoutProbes(collected, isInterestProbe);

beforeAll(async () => {
  app = await startTestApp();
  keys = await issueKeys(app.dataSource);
  [probe] = await app.dataSource.query('SELECT id, key FROM meeting ORDER BY id LIMIT 1');
});
afterAll(async () => {
  await app?.close();
});

async function record(key: string, partner: string, sectors: string[]) {
  const res = await app.gql<{ recordMeeting: { meeting: { id: string }; userErrors: unknown[] } }>(
    RECORD,
    { input: meetingInput(key, partner, sectors) },
    bearer(keys.editor),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.recordMeeting.userErrors).toEqual([]);
  return res.data!.recordMeeting.meeting.id;
}

test('a filtered subscriber hears a matching recordMeeting made over HTTP, and not one that does not match', async () => {
  const { client } = connect(app);
  const filtered = subscribe<MeetingEvent>(client, MEETINGS, {
    filter: { countryCodes: ['kr'], sectorCodes: ['alternative-energy'] },
  });
  const all = subscribe<MeetingEvent>(client, MEETINGS);
  await heard(
    app,
    filtered,
    meetingProbe(probe.id, ['KR'], ['alternative-energy']),
    isMeetingProbe,
  );
  await heard(app, all, meetingProbe(probe.id), isMeetingProbe);
  await record('live-match-1', 'KR', ['alternative-energy', 'education']);
  await record('live-other-sector', 'KR', ['education']);
  await record('live-other-country', 'TR', ['alternative-energy']);
  await record('live-match-2', 'KR', ['alternative-energy']);
  await waitFor('the second match', () => meetings(filtered).length >= 2);
  await waitFor('all four', () => meetings(all).length >= 4);
  expect(filtered.errors).toEqual([]);
  expect(meetings(filtered).map((e) => e.meetingRecorded.key)).toEqual([
    'live-match-1',
    'live-match-2',
  ]);
  expect(meetings(all).map((e) => e.meetingRecorded.key)).toEqual([
    'live-match-1',
    'live-other-sector',
    'live-other-country',
    'live-match-2',
  ]);
  expect(meetings(all)[0].meetingRecorded).toMatchObject({
    parties: expect.arrayContaining([{ code: 'AZ' }, { code: 'KR' }]),
  });
  await client.dispose();
});

test('sectorInterestChanged fires for the country whose interests changed, after each write', async () => {
  const { client } = connect(app);
  const az = subscribe<InterestEvent>(client, INTERESTS, { country: 'AZ' });
  const kr = subscribe<InterestEvent>(client, INTERESTS, { country: 'KR' });
  await heard(app, az, interestProbe('AZ'), isInterestProbe);
  await heard(app, kr, interestProbe('KR'), isInterestProbe);
  const meetingId = await record('live-interests', 'KR', ['education', 'alternative-energy']);
  await waitFor('the recorded interests', () => changes(az).length >= 1);
  expect(changes(az)[0].sectorInterestChanged).toEqual({
    country: 'AZ',
    sectorCodes: ['alternative-energy', 'education'],
    meetingId,
    operation: 'recordMeeting',
    at: expect.any(String),
    meeting: { key: 'live-interests' },
  });
  const interests = await app.gql<{
    meeting: { interests: { id: string; sector: { code: string } }[] };
  }>(`query ($id: ID!) { meeting(id: $id) { interests { id sector { code } } } }`, {
    id: meetingId,
  });
  const education = interests.data!.meeting.interests.find((i) => i.sector.code === 'education')!;
  const removed = await app.gql<{ removeInterest: { userErrors: unknown[] } }>(
    `mutation ($id: ID!) { removeInterest(id: $id) { userErrors { code } } }`,
    { id: education.id },
    bearer(keys.editor),
  );
  expect(removed.data!.removeInterest.userErrors).toEqual([]);
  await waitFor('the removal', () => changes(az).length >= 2);
  expect(changes(az)[1].sectorInterestChanged).toMatchObject({
    country: 'AZ',
    sectorCodes: ['education'],
    meetingId,
    operation: 'removeInterest',
  });
  // KR was only the partner: its own interests did not change. A probe published now reaches KR's
  // subscriber after anything the writes above published for it.
  await heard(app, kr, interestProbe('KR'), isInterestProbe);
  expect(changes(kr)).toEqual([]);
  expect(kr.errors).toEqual([]);
  await client.dispose();
});

test('a rolled-back write publishes nothing', async () => {
  const { client } = connect(app);
  const all = subscribe<MeetingEvent>(client, MEETINGS);
  const az = subscribe<InterestEvent>(client, INTERESTS, { country: 'AZ' });
  await heard(app, all, meetingProbe(probe.id), isMeetingProbe);
  await heard(app, az, interestProbe('AZ'), isInterestProbe);
  const bad = meetingInput('live-refused', 'KR', ['alternative-energy']);
  // The interest's source is not among the meeting's: refused after the sides were resolved.
  bad.interests[0].source = 'https://example.org/not-a-source-of-this-meeting';
  const refused = await app.gql<{ recordMeeting: { userErrors: unknown[] } }>(
    RECORD,
    { input: bad },
    bearer(keys.editor),
  );
  expect(refused.data!.recordMeeting.userErrors.length).toBeGreaterThan(0);
  const [{ n }] = await app.dataSource.query(
    `SELECT count(*)::int AS n FROM meeting WHERE key = 'live-refused'`,
  );
  expect(n).toBe(0);
  // deleteMeeting gathers the interests it removes before the stale version is refused: the
  // gathered events must die with the transaction.
  const doomed = await record('live-doomed', 'KR', ['alternative-energy']);
  await waitFor('the doomed meeting', () => meetings(all).length >= 1 && changes(az).length >= 1);
  all.events.length = 0;
  az.events.length = 0;
  const stale = await app.gql<{ deleteMeeting: { userErrors: { code: string }[] } }>(
    `mutation ($id: ID!) { deleteMeeting(id: $id, version: 99) { userErrors { code } } }`,
    { id: doomed },
    bearer(keys.admin),
  );
  expect(stale.data!.deleteMeeting.userErrors).toEqual([{ code: 'CONFLICT' }]);
  await record('live-after-refused', 'KR', ['alternative-energy']);
  await waitFor(
    'the next committed write',
    () => meetings(all).length >= 1 && changes(az).length >= 1,
  );
  expect(meetings(all).map((e) => e.meetingRecorded.key)).toEqual(['live-after-refused']);
  expect(changes(az).map((e) => e.sectorInterestChanged.meeting?.key)).toEqual([
    'live-after-refused',
  ]);
  await client.dispose();
});

test('unknown codes, queries over the socket and documents over the limits are refused', async () => {
  const { client } = connect(app);
  const unknownSector = subscribe(client, MEETINGS, {
    filter: { sectorCodes: ['no-such-sector'] },
  });
  const unknownCountry = subscribe(client, INTERESTS, { country: 'QQ' });
  const query = subscribe(client, '{ sectors(first: 1) { nodes { code } } }');
  const deep = subscribe(
    client,
    `subscription { meetingRecorded { visit { visit { visit { visit { visit { visit { visit { visit { visit { visit { visit { visit { key } } } } } } } } } } } } } }`,
  );
  await waitFor('four refusals', () =>
    [unknownSector, unknownCountry, query, deep].every((s) => s.errors.length > 0),
  );
  expect(unknownSector.errors[0]).toMatchObject({
    message: 'unknown sector code: no-such-sector',
    extensions: { code: 'BAD_USER_INPUT', field: 'filter.sectorCodes' },
  });
  expect(unknownCountry.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(JSON.stringify(query.errors)).toContain('Only subscriptions are served over WebSocket');
  expect(JSON.stringify(deep.errors)).toContain('DEPTH_LIMIT_EXCEEDED');
  await client.dispose();
});

test('importDataset publishes the meetings it created and the interests it wrote', async () => {
  const { client } = connect(app);
  const nz = subscribe<MeetingEvent>(client, MEETINGS, { filter: { countryCodes: ['NZ'] } });
  const interests = subscribe<InterestEvent>(client, INTERESTS, { country: 'NZ' });
  await heard(app, nz, meetingProbe(probe.id, ['NZ']), isMeetingProbe);
  await heard(app, interests, interestProbe('NZ'), isInterestProbe);
  const res = await app.gql<{ importDataset: { userErrors: unknown[] } }>(
    `mutation ($d: JSONObject!) { importDataset(dataset: $d) { userErrors { message } } }`,
    { d: docsExample() },
    bearer(keys.admin),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.importDataset.userErrors).toEqual([]);
  await waitFor(
    'the imported meeting',
    () => meetings(nz).length >= 1 && changes(interests).length >= 1,
  );
  expect(meetings(nz).map((e) => e.meetingRecorded.key)).toEqual(['meeting-2024-05-example-talks']);
  expect(changes(interests)[0].sectorInterestChanged).toMatchObject({
    country: 'NZ',
    sectorCodes: ['alternative-energy'],
    operation: 'importDataset',
    meeting: { key: 'meeting-2024-05-example-talks' },
  });
  await client.dispose();
});
