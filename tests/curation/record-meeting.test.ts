import { startTestApp, TestApp } from '../support/test-app';
import { BAKU_KEY, bakuInput, MEETING_READBACK } from './baku';
import { bearer, expectRefused, issueKeys, Keys, rowCounts } from './helpers';

const RECORD = `mutation ($input: RecordMeetingInput!) {
  recordMeeting(input: $input) {
    created
    meeting { id key version }
    userErrors { field message code existingId }
  }
}`;

const FIND = `{
  meetings(first: 20, filter: { countryCodes: ["AZ", "KR"] }) { nodes { id key } }
}`;

async function readBaku(app: TestApp) {
  const found = await app.gql<{ meetings: { nodes: { id: string; key: string }[] } }>(FIND);
  expect(found.errors).toBeUndefined();
  const id = found.data!.meetings.nodes.find((m) => m.key === BAKU_KEY)?.id;
  expect(id).toBeDefined();
  const res = await app.gql<{ meeting: Record<string, unknown> }>(
    `query ($id: ID!) { meeting(id: $id) { ${MEETING_READBACK} } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.meeting;
}

let empty: TestApp;
let seeded: TestApp;
let keys: Keys;

beforeAll(async () => {
  [empty, seeded] = await Promise.all([startTestApp({ seed: false }), startTestApp()]);
  keys = await issueKeys(empty.dataSource);
  // The same secrets on both databases: insert the hashes of the first into the second.
  await seeded.dataSource.query(
    'INSERT INTO api_key (name, role, key_hash, prefix, revoked_at) SELECT name, role, key_hash, prefix, revoked_at FROM json_populate_recordset(NULL::api_key, $1)',
    [
      JSON.stringify(
        await empty.dataSource.query(
          'SELECT name, role, key_hash, prefix, revoked_at FROM api_key',
        ),
      ),
    ],
  );
});
afterAll(async () => {
  await Promise.all([empty?.close(), seeded?.close()]);
});

test('with an editor key one recordMeeting records the Baku meeting from nothing, identical to the seed', async () => {
  const before = await rowCounts(empty.dataSource);
  expect(before.meeting).toBe(0);
  expect(before.person).toBe(0);
  const res = await empty.gql<{ recordMeeting: { created: boolean; userErrors: unknown[] } }>(
    RECORD,
    { input: bakuInput() },
    bearer(keys.editor),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.recordMeeting.userErrors).toEqual([]);
  expect(res.data!.recordMeeting.created).toBe(true);
  const recorded = await readBaku(empty);
  const original = await readBaku(seeded);
  expect(original).toBeDefined();
  expect(recorded).toEqual(original);
});

test('sending the same recordMeeting again writes nothing and returns the stored meeting', async () => {
  const before = await rowCounts(empty.dataSource, true);
  const res = await empty.gql<{
    recordMeeting: { created: boolean; meeting: { key: string }; userErrors: unknown[] };
  }>(RECORD, { input: bakuInput() }, bearer(keys.editor));
  expect(res.data!.recordMeeting).toMatchObject({
    created: false,
    meeting: { key: BAKU_KEY },
    userErrors: [],
  });
  expect(await rowCounts(empty.dataSource, true)).toEqual(before);
});

test('the audit log shows every row recordMeeting wrote, with its author', async () => {
  const rows: { entity: string; actor: string | null; operation: string }[] =
    await empty.dataSource.query(
      `SELECT entity, actor, operation FROM audit_log WHERE operation = 'recordMeeting'`,
    );
  const counts = await rowCounts(empty.dataSource);
  const perTable = new Map<string, number>();
  for (const row of rows) perTable.set(row.entity, (perTable.get(row.entity) ?? 0) + 1);
  // Every row of every curated table was inserted by this one call, and each insert is logged.
  for (const table of [
    'meeting',
    'meeting_party',
    'meeting_source',
    'participant',
    'sector_interest',
    'person',
    'position',
    'organization',
    'organization_country',
    'source',
  ]) {
    expect([table, perTable.get(table)]).toEqual([table, counts[table]]);
  }
  // The sector taxonomy (datasets/sectors.json) is in every database before any call, so the
  // meeting's sectors are found, not written.
  expect(counts.sector).toBeGreaterThan(20);
  expect(perTable.get('sector')).toBeUndefined();
  expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['Test editor']));
});

/** A new meeting on the seeded database, referring to stored records by natural key. */
function newMeeting(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key: 'meeting-2023-03-10-bayramov-park',
    title: 'Bayramov and a Korean delegation meet in Seoul',
    kind: 'BILATERAL_MEETING',
    start: '2023-03-10',
    city: 'Seoul',
    placeCountry: 'KR',
    hostCountry: 'KR',
    parties: ['AZ', 'KR'],
    summary: 'An invented follow-up meeting used by the tests.',
    sources: [
      {
        url: 'https://news.example.org/2023/03/10/talks',
        title: 'Invented report of the Seoul talks',
        publisher: { key: 'azernews' },
        publishedAt: '2023-03-10T18:00:00Z',
      },
    ],
    participants: [
      { person: { key: 'jeyhun-bayramov' }, country: 'AZ', role: 'GUEST' },
      {
        person: { key: 'kim-example', name: 'Kim Example', country: 'KR' },
        country: 'KR',
        organization: { key: 'kr-mofa' },
        role: 'HOST',
      },
    ],
    interests: [
      {
        sector: {
          code: 'hydrogen',
          name: 'Hydrogen',
          description: 'Hydrogen energy.',
          parent: 'energy',
        },
        country: 'KR',
        partner: 'AZ',
        speaker: { key: 'kim-example' },
        stance: 'PROPOSED',
        note: 'Invented: proposed hydrogen projects.',
        source: 'https://news.example.org/2023/03/10/talks',
      },
    ],
    ...overrides,
  };
}

type Payload = {
  recordMeeting: {
    created: boolean;
    meeting: { id: string; key: string } | null;
    userErrors: { field: string[]; message: string; code: string; existingId: string | null }[];
  };
};

describe('recordMeeting refuses bad input with a userError naming the field, writing nothing', () => {
  const cases: [string, Record<string, unknown>, string[], string][] = [
    ['unknown country code', { parties: ['AZ', 'XX'] }, ['input', 'parties', '1'], 'NOT_FOUND'],
    ['end before start', { end: '2023-03-09' }, ['input', 'end'], 'INVALID'],
    ['day on a MONTH date', { datePrecision: 'MONTH' }, ['input', 'start'], 'INVALID_DATE'],
    ['malformed date', { start: '2023-02-30' }, ['input', 'start'], 'INVALID_DATE'],
    [
      'unknown sector',
      {
        interests: [
          {
            sector: { code: 'no-such-sector' },
            country: 'AZ',
            partner: 'KR',
            stance: 'DISCUSSED',
            note: 'x',
            source: 'https://news.example.org/2023/03/10/talks',
          },
        ],
      },
      ['input', 'interests', '0', 'sector'],
      'NOT_FOUND',
    ],
    ['duplicate natural key', { key: BAKU_KEY }, ['input', 'key'], 'DUPLICATE'],
    ['too long string', { title: 'x'.repeat(501) }, ['input', 'title'], 'TOO_LONG'],
    [
      'invalid URL',
      {
        sources: [
          {
            url: 'not a url',
            title: 't',
            publisher: { key: 'azernews' },
            publishedAt: '2023-03-10T18:00:00Z',
          },
        ],
      },
      ['input', 'sources', '0', 'url'],
      'INVALID_URL',
    ],
    [
      'unknown person',
      { participants: [{ person: { key: 'nobody-at-all' }, country: 'AZ', role: 'GUEST' }] },
      ['input', 'participants', '0', 'person'],
      'NOT_FOUND',
    ],
    [
      'participant of no party',
      { participants: [{ description: 'Someone', country: 'FR', role: 'GUEST' }] },
      ['input', 'participants', '0', 'country'],
      'INVALID',
    ],
  ];
  test.each(cases)('%s', async (_name, overrides, field, code) => {
    const errors = await expectRefused(
      seeded,
      keys.editor,
      RECORD,
      { input: newMeeting(overrides) },
      'recordMeeting',
    );
    expect(errors).toContainEqual(expect.objectContaining({ field, code }));
    for (const e of errors) expect(e.message).not.toMatch(/INSERT|SELECT|violates|constraint/i);
  });
});

test('recordMeeting on the seeded database creates what is new and reuses the rest', async () => {
  const before = await rowCounts(seeded.dataSource);
  const res = await seeded.gql<Payload>(RECORD, { input: newMeeting() }, bearer(keys.editor));
  expect(res.errors).toBeUndefined();
  expect(res.data!.recordMeeting.userErrors).toEqual([]);
  const after = await rowCounts(seeded.dataSource);
  expect(after.meeting - before.meeting).toBe(1);
  expect(after.person - before.person).toBe(1); // kim-example; bayramov reused
  expect(after.sector - before.sector).toBe(1); // hydrogen
  expect(after.source - before.source).toBe(1);
  expect(after.organization).toBe(before.organization);
});

test('a likely duplicate (same parties, same city, a day apart) is DUPLICATE with the existing ID, nothing written', async () => {
  const other = newMeeting({
    key: 'meeting-2023-03-11-seoul-other-report',
    start: '2023-03-11',
    sources: [
      {
        url: 'https://other.example.org/seoul',
        title: 'Another outlet on the Seoul talks',
        publisher: { key: 'azernews' },
        publishedAt: '2023-03-11T08:00:00Z',
      },
    ],
    interests: [],
  });
  const errors = await expectRefused(
    seeded,
    keys.editor,
    RECORD,
    { input: other },
    'recordMeeting',
  );
  expect(errors).toHaveLength(1);
  expect(errors[0].code).toBe('DUPLICATE');
  const found = await seeded.gql<{ node: { key: string } }>(
    `query ($id: ID!) { node(id: $id) { ... on Meeting { key } } }`,
    { id: errors[0].existingId },
  );
  expect(found.data!.node.key).toBe('meeting-2023-03-10-bayramov-park');

  // The explicit flag attaches the new report to the existing meeting instead.
  const attached = await seeded.gql<Payload>(
    RECORD,
    { input: { ...other, attachToDuplicate: true } },
    bearer(keys.editor),
  );
  expect(attached.data!.recordMeeting).toMatchObject({
    created: false,
    meeting: { id: errors[0].existingId },
    userErrors: [],
  });
  const sources = await seeded.gql<{ node: { sources: { url: string }[] } }>(
    `query ($id: ID!) { node(id: $id) { ... on Meeting { sources { url } } } }`,
    { id: errors[0].existingId },
  );
  expect(sources.data!.node.sources.map((s) => s.url)).toContain('https://other.example.org/seoul');

  // addMeetingSource does the same for a third report.
  const added = await seeded.gql<{
    addMeetingSource: { meeting: { id: string }; userErrors: unknown[] };
  }>(
    `mutation ($id: ID!, $source: SourceRefInput!) {
      addMeetingSource(meetingId: $id, source: $source) { meeting { id } userErrors { field code message } } }`,
    {
      id: errors[0].existingId,
      source: {
        url: 'https://third.example.org/seoul',
        title: 'A third report',
        publisher: { key: 'azernews' },
        publishedAt: '2023-03-12T08:00:00Z',
      },
    },
    bearer(keys.editor),
  );
  expect(added.data!.addMeetingSource.userErrors).toEqual([]);
});

describe('a failure at any step inside recordMeeting rolls everything back', () => {
  const steps = [
    'organization',
    'organization_country',
    'person',
    'position',
    'sector',
    'source',
    'meeting',
    'meeting_party',
    'meeting_source',
    'participant',
    'sector_interest',
  ];
  test.each(steps)('failing on insert into %s', async (table) => {
    const t = table.replace(/_/g, '-');
    const input = newMeeting({
      key: `meeting-rollback-${t}`,
      start: '2024-01-15',
      city: 'Ganja',
      sources: [
        {
          url: `https://rollback.example.org/${table}`,
          title: 'Rollback probe',
          publisher: {
            key: `new-outlet-${t}`,
            name: 'New Outlet',
            kind: 'MEDIA_OUTLET',
            countries: ['AZ'],
          },
          author: {
            key: `new-author-${t}`,
            name: 'New Author',
            positions: [{ title: 'Reporter', organization: `new-outlet-${t}`, rank: 'OTHER' }],
          },
          publishedAt: '2024-01-15T10:00:00Z',
        },
      ],
      interests: [
        {
          sector: { code: `rollback-sector-${t}`, name: 'Rollback', description: 'Probe.' },
          country: 'AZ',
          partner: 'KR',
          stance: 'DISCUSSED',
          note: 'Probe.',
          source: `https://rollback.example.org/${table}`,
        },
      ],
    });
    await seeded.dataSource.query(`CREATE OR REPLACE FUNCTION test_fail() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await seeded.dataSource.query(
      `CREATE TRIGGER test_fail AFTER INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION test_fail()`,
    );
    try {
      const before = await rowCounts(seeded.dataSource, true);
      const res = await seeded.gql<Payload>(RECORD, { input }, bearer(keys.editor));
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.body)).not.toMatch(/injected|INSERT/);
      expect(await rowCounts(seeded.dataSource, true)).toEqual(before);
    } finally {
      await seeded.dataSource.query(`DROP TRIGGER test_fail ON "${table}"`);
    }
    // Without the fault the same input goes through, so the step was really reached.
    const ok = await seeded.gql<Payload>(RECORD, { input }, bearer(keys.editor));
    expect(ok.data!.recordMeeting.userErrors).toEqual([]);
    expect(ok.data!.recordMeeting.created).toBe(true);
    await seeded.dataSource.query(`DELETE FROM meeting WHERE key = $1`, [input.key]);
  });
});
