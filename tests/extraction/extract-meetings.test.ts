import 'reflect-metadata';
import { bearer, issueKeys, Keys } from '../curation/helpers';
import { startTestApp, TestApp } from '../support/test-app';

interface Draft {
  kind: string;
  date: string | null;
  city: string | null;
  parties: { party: { code: string } }[];
  participants: { name: string; party: { code: string } | null }[];
  interests: { party: { code: string }; sector: { code: string } }[];
  input: Record<string, unknown>;
}

const FIELDS = `kind date city parties { party { code } } participants { name party { code } }
  interests { party { code } sector { code } } input`;
const MANY = `query Many($report: ReportInput!) { extractMeetings(report: $report) { ${FIELDS} } }`;
const ONE = `query One($report: ReportInput!) { extractMeeting(report: $report) { ${FIELDS} } }`;
const RECORD = `mutation Record($input: RecordMeetingInput!) {
  recordMeeting(input: $input) { created meeting { key } userErrors { field message code } } }`;

/** Two meetings on one day, in one city, between the same two sides: a call and a breakfast. */
const SAME_DAY = {
  url: 'https://news.example.org/minister-in-singapore',
  publishedAt: '2024-07-06',
  text: [
    'Ghanaian Foreign Minister Kwame Asante called on Prime Minister Wei Ming Tan at the Istana in Singapore today and was hosted to breakfast by Minister for Foreign Affairs Li Na Goh this morning.',
    'Prime Minister Tan and Minister Asante discussed trade.',
    'Minister Goh and Minister Asante discussed education and fisheries.',
  ].join(' '),
};

describe('extractMeetings', () => {
  let app: TestApp;
  let keys: Keys;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    keys = await issueKeys(app.dataSource);
  });
  afterAll(() => app.close());

  const many = (report: Record<string, unknown>, key = keys.editor) =>
    app.gql<{ extractMeetings: Draft[] }>(MANY, { report }, bearer(key));

  test('one draft per meeting, in text order, each with its own people and sectors', async () => {
    const res = await many(SAME_DAY);
    expect(res.errors).toBeUndefined();
    const drafts = res.data!.extractMeetings;
    expect(drafts.map((d) => [d.date, d.city, d.parties.map((p) => p.party.code).sort()])).toEqual([
      ['2024-07-06', 'Singapore', ['GH', 'SG']],
      ['2024-07-06', 'Singapore', ['GH', 'SG']],
    ]);
    expect(drafts.map((d) => d.participants.map((p) => p.name))).toEqual([
      ['Kwame Asante', 'Wei Ming Tan'],
      ['Kwame Asante', 'Li Na Goh'],
    ]);
    expect(drafts.map((d) => [...new Set(d.interests.map((i) => i.sector.code))].sort())).toEqual([
      ['trade-economy'],
      ['education', 'fisheries'],
    ]);
    expect(drafts[0].input.key).not.toEqual(drafts[1].input.key);

    const one = await app.gql<{ extractMeeting: Draft }>(
      ONE,
      { report: SAME_DAY },
      bearer(keys.editor),
    );
    expect(one.data!.extractMeeting.participants).toEqual(drafts[0].participants);
  });

  test('each draft records as its own meeting: a sibling from the same report is no duplicate', async () => {
    const drafts = (await many(SAME_DAY)).data!.extractMeetings;
    const keysRecorded: string[] = [];
    for (const draft of drafts) {
      const res = await app.gql<{
        recordMeeting: { created: boolean; meeting: { key: string }; userErrors: unknown[] };
      }>(RECORD, { input: { ...draft.input, attachToDuplicate: true } }, bearer(keys.editor));
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordMeeting.userErrors).toEqual([]);
      expect(res.data!.recordMeeting.created).toBe(true);
      keysRecorded.push(res.data!.recordMeeting.meeting.key);
    }
    expect(new Set(keysRecorded).size).toBe(2);
    // a second outlet's report of the first meeting is still its likely duplicate
    const other = {
      ...drafts[0].input,
      key: 'another-key',
      sources: [
        { ...(drafts[0].input.sources as object[])[0], url: 'https://other.example.org/report' },
      ],
    };
    const attached = await app.gql<{
      recordMeeting: { created: boolean; meeting: { key: string }; userErrors: unknown[] };
    }>(RECORD, { input: { ...other, attachToDuplicate: true } }, bearer(keys.editor));
    expect(attached.data!.recordMeeting).toEqual({
      created: false,
      meeting: { key: keysRecorded[0] },
      userErrors: [],
    });
  });

  test('a viewer may not read reports; bad text is BAD_USER_INPUT naming the field', async () => {
    const denied = await many(SAME_DAY, keys.viewer);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const empty = await many({ text: '  ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(empty.errors?.[0]?.extensions)).toContain('report.text');
  });
});
