import 'reflect-metadata';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, issueKeys, Keys, rowCounts } from '../curation/helpers';
import { DRAFT_FIELDS, seedReport, SEED_REPORT_URL } from './support';

interface Draft {
  kind: string;
  date: string;
  datePrecision: string;
  city: string;
  parties: { party: { code: string }; evidence: { start: number; end: number; text: string }[] }[];
  participants: {
    name: string;
    party: { code: string } | null;
    person: { id: string } | null;
    evidence: { start: number; end: number; text: string }[];
  }[];
  interests: {
    party: { code: string };
    partner: { code: string } | null;
    sector: { code: string };
    stance: string;
    evidence: { start: number; end: number; text: string }[];
  }[];
  duplicateOf: { id: string; title: string } | null;
  warnings: string[];
  input: Record<string, unknown>;
}

const EXTRACT = `query Extract($report: ReportInput!) { extractMeeting(report: $report) { ${DRAFT_FIELDS} } }`;

describe('extractMeeting on the seeded database', () => {
  let app: TestApp;
  let keys: Keys;
  beforeAll(async () => {
    app = await startTestApp();
    keys = await issueKeys(app.dataSource);
  });
  afterAll(() => app.close());

  const extract = (report: Record<string, unknown>, key = keys.editor) =>
    app.gql<{ extractMeeting: Draft }>(EXTRACT, { report }, bearer(key));

  test('the seed report gives its parties, date, city, people and interests, matched to stored rows', async () => {
    const text = seedReport();
    const res = await extract({ text, url: SEED_REPORT_URL, outlet: 'Azernews' });
    expect(res.errors).toBeUndefined();
    const draft = res.data!.extractMeeting;
    expect(draft.parties.map((p) => p.party.code).sort()).toEqual(['AZ', 'KR']);
    expect([draft.date, draft.datePrecision, draft.city]).toEqual(['2022-08-25', 'DAY', 'Baku']);
    const people = draft.participants.map((p) => [p.name, p.party?.code, p.person !== null]);
    expect(people).toEqual(
      expect.arrayContaining([
        ['Jeyhun Bayramov', 'AZ', true],
        ['Suh Byung-soo', 'KR', true],
      ]),
    );
    for (const fact of [...draft.parties, ...draft.participants, ...draft.interests]) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const quote of fact.evidence)
        expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    // the stored meeting the report describes
    expect(draft.duplicateOf?.title).toMatch(/Bayramov/);
  });

  test('at least 90 % of the seed meeting’s (party, sector) interests are found', async () => {
    const stored = await app.gql<{
      meetings: {
        nodes: { interests: { country: { code: string }; sector: { code: string } }[] }[];
      };
    }>(
      `{ meetings(filter: { search: "Bayramov Suh", from: "2022-08-25", to: "2022-08-25" }, first: 1) {
           nodes { interests { country { code } sector { code } } } } }`,
    );
    const expected = new Set(
      stored.data!.meetings.nodes[0].interests.map((i) => `${i.country.code} ${i.sector.code}`),
    );
    expect(expected.size).toBeGreaterThan(15);
    const draft = (await extract({ text: seedReport(), url: SEED_REPORT_URL })).data!
      .extractMeeting;
    const found = new Set(draft.interests.map((i) => `${i.party.code} ${i.sector.code}`));
    const hits = [...expected].filter((pair) => found.has(pair));
    expect(hits.length / expected.size).toBeGreaterThanOrEqual(0.9);
  });

  test('a viewer may not extract; an editor may, and nothing is written', async () => {
    const before = await rowCounts(app.dataSource, true);
    const denied = await extract({ text: seedReport() }, keys.viewer);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.gql(EXTRACT, { report: { text: 'Talks in Baku.' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect((await extract({ text: seedReport() })).errors).toBeUndefined();
    expect(await rowCounts(app.dataSource, true)).toEqual(before);
  });

  test.each([
    ['empty text', { text: '   ' }, 'report.text'],
    ['text over 50,000 characters', { text: 'a'.repeat(50_001) }, 'report.text'],
    ['bytes that are not text', { text: 'Talks\u0000 in Baku' }, 'report.text'],
    [
      'a publication date that is not YYYY-MM-DD',
      { text: 'Talks.', publishedAt: '26/08/2022' },
      'publishedAt',
    ],
    [
      'a publication date that does not exist',
      { text: 'Talks.', publishedAt: '2022-13-45' },
      'report.publishedAt',
    ],
  ])('%s is BAD_USER_INPUT naming the field', async (_name, report, field) => {
    const res = await extract(report);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
  });

  test('stored people are matched by name ignoring case and accents', async () => {
    await app.dataSource.query(
      `INSERT INTO person (key, name, aliases, country_id)
       VALUES ('jose-ramos-horta', 'José Ramos-Horta', '{}', (SELECT id FROM country WHERE code = 'TL'))`,
    );
    const text =
      'DILI, March 2. Timorese President Jose Ramos-Horta met Portuguese Foreign Minister Paulo Rangel in Dili on Monday. Rangel said Portugal is interested in education.';
    const draft = (await extract({ text, publishedAt: '2025-03-04' })).data!.extractMeeting;
    const horta = draft.participants.find((p) => p.name === 'José Ramos-Horta');
    expect(horta).toBeDefined();
    expect(horta?.person).not.toBeNull();
    expect(horta?.party?.code).toBe('TL');
  });

  test('synonyms edited with updateSector change what extraction finds', async () => {
    const text =
      'ROME, May 6. Italian Foreign Minister Antonio Tajani met Maltese Foreign Minister Ian Borg in Rome on Monday. The ministers discussed holiday trips between the islands and the mainland.';
    const before = (await extract({ text, publishedAt: '2024-05-07' })).data!.extractMeeting;
    expect(before.interests.map((i) => i.sector.code)).not.toContain('tourism');
    const sector = await app.gql<{ sector: { id: string; version: number; synonyms: string[] } }>(
      `{ sector(code: "tourism") { id version synonyms } }`,
    );
    const { id, version, synonyms } = sector.data!.sector;
    const updated = await app.gql<{ updateSector: { userErrors: unknown[] } }>(
      `mutation U($input: UpdateSectorInput!) { updateSector(input: $input) { userErrors { message } } }`,
      { input: { id, version, synonyms: [...synonyms, 'holiday trips'] } },
      bearer(keys.editor),
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateSector.userErrors).toEqual([]);
    const after = (await extract({ text, publishedAt: '2024-05-07' })).data!.extractMeeting;
    expect(
      after.interests
        .filter((i) => i.sector.code === 'tourism')
        .map((i) => i.party.code)
        .sort(),
    ).toEqual(['IT', 'MT']);
  });

  test('a report with one party gets a warning and no invented party', async () => {
    const text =
      'ANKARA, May 3. Turkish Foreign Minister Hakan Fidan spoke about tourism and transport at a press conference on Friday.';
    const draft = (await extract({ text, publishedAt: '2024-05-04' })).data!.extractMeeting;
    expect(draft.parties.map((p) => p.party.code)).toEqual(['TR']);
    expect(draft.warnings.join(' ')).toMatch(/party/);
  });

  test('the cost of extraction grows with the text', async () => {
    const short = await extract({ text: 'Talks in Baku.' });
    const long = await extract({ text: `${'Talks in Baku on energy. '.repeat(1500)}` });
    expect(
      (long.body.extensions as { cost: { requested: number } }).cost.requested,
    ).toBeGreaterThan(
      (short.body.extensions as { cost: { requested: number } }).cost.requested + 50,
    );
  });
});

describe('a draft recorded on an empty database', () => {
  let app: TestApp;
  let keys: Keys;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    keys = await issueKeys(app.dataSource);
  });
  afterAll(() => app.close());

  test('its input goes through recordMeeting and reads back; the second report is its duplicate', async () => {
    const report = { text: seedReport(), url: SEED_REPORT_URL, outlet: 'Azernews' };
    const draft = (
      await app.gql<{ extractMeeting: Draft }>(EXTRACT, { report }, bearer(keys.editor))
    ).data!.extractMeeting;
    expect(draft.duplicateOf).toBeNull();
    const recorded = await app.gql<{
      recordMeeting: {
        created: boolean;
        meeting: {
          id: string;
          parties: { code: string }[];
          interests: unknown[];
          sources: { url: string }[];
        };
        userErrors: unknown[];
      };
    }>(
      `mutation Record($input: RecordMeetingInput!) { recordMeeting(input: $input) {
         created userErrors { field message code }
         meeting { id parties { code } interests { id } sources { url } } } }`,
      { input: draft.input },
      bearer(keys.editor),
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordMeeting.userErrors).toEqual([]);
    const meeting = recorded.data!.recordMeeting.meeting;
    expect(meeting.parties.map((p) => p.code).sort()).toEqual(['AZ', 'KR']);
    expect(meeting.interests.length).toBe(draft.interests.length);
    expect(meeting.sources.map((s) => s.url)).toEqual([SEED_REPORT_URL]);
    // the recorded facts keep the words that support them
    const quotes = await app.gql<{ meeting: { interests: { evidence: { text: string }[] }[] } }>(
      `query Q($id: ID!) { meeting(id: $id) { interests { evidence { text } } } }`,
      { id: meeting.id },
    );
    const texts = quotes.data!.meeting.interests.flatMap((i) => i.evidence.map((e) => e.text));
    expect(texts).toContain('alternative energy resources');
    const again = (
      await app.gql<{ extractMeeting: Draft }>(EXTRACT, { report }, bearer(keys.editor))
    ).data!.extractMeeting;
    expect(again.duplicateOf?.id).toBe(meeting.id);
  });
});
