import { startTestApp, TestApp } from '../support/test-app';

/**
 * The channels filter: STATEMENTS counts General Debate statements (meetings of kind
 * GENERAL_DEBATE_STATEMENT), MEETINGS every other kind, absent or empty both. Every dashboard
 * query is asked each way, on whole-year windows (rollups) and on others (interest rows).
 *
 * Data (Iceland IS, New Zealand NZ, the UN), added to the seed:
 * - a phone call IS-NZ on 2018-05-10: IS raises energy towards NZ, NZ energy towards IS;
 * - a phone call IS-UN on 2018-03-01 without interests;
 * - IS's statement of 2018 (parties IS, UN; YEAR precision): trade-economy towards NZ twice;
 * - NZ's statement of 2018 (parties NZ, UN): trade-economy towards IS once.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await addMeeting(
    'c-call',
    'PHONE_CALL',
    '2018-05-10',
    'DAY',
    ['IS', 'NZ'],
    [
      ['IS', 'NZ', 'energy'],
      ['NZ', 'IS', 'energy'],
    ],
  );
  await addMeeting('c-un-call', 'PHONE_CALL', '2018-03-01', 'DAY', ['IS', 'UN'], []);
  await addMeeting(
    'c-is-2018',
    'GENERAL_DEBATE_STATEMENT',
    '2018-01-01',
    'YEAR',
    ['IS', 'UN'],
    [
      ['IS', 'NZ', 'trade-economy'],
      ['IS', 'NZ', 'trade-economy', 'PROPOSED'],
    ],
  );
  await addMeeting(
    'c-nz-2018',
    'GENERAL_DEBATE_STATEMENT',
    '2018-01-01',
    'YEAR',
    ['NZ', 'UN'],
    [['NZ', 'IS', 'trade-economy']],
  );
}, 240_000);
afterAll(() => app?.close());

async function addMeeting(
  key: string,
  kind: string,
  date: string,
  precision: string,
  parties: string[],
  interests: [string, string, string, string?][],
) {
  const [{ id }] = await app.dataSource.query(
    `INSERT INTO meeting (key, title, kind, start_date, date_precision, summary)
     VALUES ($1, $1, $2, $3, $4, 'test') RETURNING id`,
    [key, kind, date, precision],
  );
  await app.dataSource.query(
    `INSERT INTO meeting_party (meeting_id, country_id) SELECT $1, id FROM country WHERE code = ANY($2)`,
    [id, parties],
  );
  for (const [country, partner, sector, stance = 'DISCUSSED'] of interests) {
    await app.dataSource.query(
      `INSERT INTO sector_interest (meeting_id, sector_id, country_id, partner_id, stance, note, source_id)
       SELECT $1, (SELECT id FROM sector WHERE code = $4), (SELECT id FROM country WHERE code = $2),
              (SELECT id FROM country WHERE code = $3), $5, 'test', (SELECT min(id) FROM source)`,
      [id, country, partner, sector, stance],
    );
  }
}

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await app.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const STATEMENTS = ['STATEMENTS'];
const MEETINGS = ['MEETINGS'];
/** Every way of asking for both channels. */
const BOTH = [undefined, [], ['MEETINGS', 'STATEMENTS']];
const YEAR_2018 = { from: '2018-01-01', to: '2018-12-31' };
const WINDOWS = [{}, YEAR_2018, { from: '2017-06-15', to: '2018-12-30' }];

type Counts = Record<string, number>;

async function sectorInterest(
  channels: string[] | undefined,
  window: object,
  groupBy = ['SECTOR'],
): Promise<Counts> {
  const data = await ok<{ sectorInterest: { sector: { code: string }; mentions: number }[] }>(
    `query ($f: InterestFilter, $g: [InterestDimension!]!) {
       sectorInterest(filter: $f, groupBy: $g) { sector { code } mentions } }`,
    { f: { countryCodes: ['IS'], channels, ...window }, g: groupBy },
  );
  return Object.fromEntries(data.sectorInterest.map((b) => [b.sector.code, b.mentions]));
}

describe('channels', () => {
  it.each(WINDOWS)('sectorInterest selects or leaves out statements (window %j)', async (w) => {
    // The 2017-06-15..2018-12-30 window leaves out the statements (their period is all of 2018).
    const statements = 'from' in w && w.from === '2017-06-15' ? {} : { 'trade-economy': 2 };
    for (const groupBy of [['SECTOR'], ['SECTOR', 'PERIOD'], ['SECTOR', 'COUNTRY']]) {
      expect(await sectorInterest(STATEMENTS, w, groupBy)).toEqual(statements);
      expect(await sectorInterest(MEETINGS, w, groupBy)).toEqual({ energy: 1 });
      for (const both of BOTH) {
        expect(await sectorInterest(both, w, groupBy)).toEqual({ energy: 1, ...statements });
      }
    }
  });

  it('sectorInterest grouped by COUNTRY over every party counts statements only once asked', async () => {
    const query = `query ($f: InterestFilter) {
      sectorInterest(filter: $f, groupBy: [COUNTRY]) { country { code } mentions } }`;
    const count = async (channels?: string[]) => {
      const data = await ok<{ sectorInterest: { country: { code: string }; mentions: number }[] }>(
        query,
        { f: { channels, ...YEAR_2018 } },
      );
      return Object.fromEntries(data.sectorInterest.map((b) => [b.country.code, b.mentions]));
    };
    expect(await count(STATEMENTS)).toEqual({ IS: 2, NZ: 1 });
    expect(await count(MEETINGS)).toEqual({ IS: 1, NZ: 1 });
    expect(await count()).toEqual({ IS: 3, NZ: 2 });
  });

  it.each(WINDOWS.slice(0, 2))('sectorOverlap (window %j)', async (w) => {
    const overlap = async (channels?: string[]) =>
      (
        await ok<{
          sectorOverlap: { sector: { code: string }; mentionsByA: number; mentionsByB: number }[];
        }>(
          `query ($c: [InterestChannel!], $from: LocalDate, $to: LocalDate) {
             sectorOverlap(a: "IS", b: "NZ", channels: $c, from: $from, to: $to) {
               sector { code } mentionsByA mentionsByB } }`,
          { c: channels, ...w },
        )
      ).sectorOverlap.map((o) => `${o.sector.code} ${o.mentionsByA}/${o.mentionsByB}`);
    expect(await overlap(STATEMENTS)).toEqual(['trade-economy 2/1']);
    expect(await overlap(MEETINGS)).toEqual(['energy 1/1']);
    for (const both of BOTH) {
      expect(await overlap(both)).toEqual(['trade-economy 2/1', 'energy 1/1']);
    }
  });

  it.each(WINDOWS)('topSectors, with and without a partner (window %j)', async (w) => {
    const statements = 'from' in w && w.from === '2017-06-15' ? {} : { 'trade-economy': 2 };
    for (const partner of [undefined, 'NZ']) {
      for (const exact of [false, true]) {
        const top = async (channels?: string[]) => {
          const data = await ok<{ topSectors: { sector: { code: string }; mentions: number }[] }>(
            `query ($c: [InterestChannel!], $p: String, $from: LocalDate, $to: LocalDate, $x: Boolean!) {
               topSectors(country: "IS", partner: $p, channels: $c, from: $from, to: $to, exactSector: $x) {
                 sector { code } mentions } }`,
            { c: channels, p: partner, x: exact, ...w },
          );
          return Object.fromEntries(data.topSectors.map((t) => [t.sector.code, t.mentions]));
        };
        expect(await top(STATEMENTS)).toEqual(statements);
        expect(await top(MEETINGS)).toEqual({ energy: 1 });
        for (const both of BOTH) expect(await top(both)).toEqual({ energy: 1, ...statements });
      }
    }
  });

  it.each(WINDOWS.slice(0, 2))('topPartners, with and without a sector (window %j)', async (w) => {
    const top = async (channels: string[] | undefined, sector?: string) => {
      const data = await ok<{ topPartners: { partner: { code: string }; mentions: number }[] }>(
        `query ($c: [InterestChannel!], $s: String, $from: LocalDate, $to: LocalDate) {
           topPartners(country: "IS", sector: $s, channels: $c, from: $from, to: $to) {
             partner { code } mentions } }`,
        { c: channels, s: sector, ...w },
      );
      return Object.fromEntries(data.topPartners.map((t) => [t.partner.code, t.mentions]));
    };
    expect(await top(STATEMENTS)).toEqual({ NZ: 2 });
    expect(await top(MEETINGS)).toEqual({ NZ: 1 });
    expect(await top(STATEMENTS, 'trade-economy')).toEqual({ NZ: 2 });
    expect(await top(MEETINGS, 'trade-economy')).toEqual({});
    for (const both of BOTH) {
      expect(await top(both)).toEqual({ NZ: 3 });
      expect(await top(both, 'energy')).toEqual({ NZ: 1 });
    }
  });

  it('engagementTimeline counts statement meetings only in the STATEMENTS channel', async () => {
    const timeline = async (channels?: string[]) =>
      (
        await ok<{
          engagementTimeline: { meetings: number; byKind: { kind: string; meetings: number }[] }[];
        }>(
          `query ($c: [InterestChannel!]) {
             engagementTimeline(a: "IS", b: "UN", channels: $c) { meetings byKind { kind meetings } } }`,
          { c: channels },
        )
      ).engagementTimeline;
    expect(await timeline(STATEMENTS)).toEqual([
      { meetings: 1, byKind: [{ kind: 'GENERAL_DEBATE_STATEMENT', meetings: 1 }] },
    ]);
    expect(await timeline(MEETINGS)).toEqual([
      { meetings: 1, byKind: [{ kind: 'PHONE_CALL', meetings: 1 }] },
    ]);
    for (const both of BOTH) {
      expect((await timeline(both)).map((p) => p.meetings)).toEqual([2]);
    }
  });

  it.each(WINDOWS)('sectorShare compares parties within the channel (window %j)', async (w) => {
    const inWindow = !('from' in w && w.from === '2017-06-15');
    for (const exact of [false, true]) {
      const share = async (channels?: string[]) =>
        (
          await ok<{
            sectorShare: {
              mentions: number;
              countriesCompared: number;
              sectors: { sector: { code: string }; mentions: number; averageShare: number }[];
            };
          }>(
            `query ($c: [InterestChannel!], $from: LocalDate, $to: LocalDate, $x: Boolean!) {
               sectorShare(country: "IS", channels: $c, from: $from, to: $to, exactSector: $x) {
                 mentions countriesCompared sectors { sector { code } mentions averageShare } } }`,
            { c: channels, x: exact, ...w },
          )
        ).sectorShare;
      const statements = await share(STATEMENTS);
      expect(statements.mentions).toBe(inWindow ? 2 : 0);
      // Only IS and NZ made statements; both gave all of theirs to trade-economy.
      expect(statements.countriesCompared).toBe(inWindow ? 2 : 0);
      if (inWindow) {
        expect(statements.sectors).toEqual([
          { sector: { code: 'trade-economy' }, mentions: 2, averageShare: 1 },
        ]);
      }
      const meetings = await share(MEETINGS);
      expect(meetings.mentions).toBe(1);
      const trade = meetings.sectors.find((s) => s.sector.code === 'trade-economy');
      expect(trade?.mentions ?? 0).toBe(0);
      for (const both of BOTH) {
        const all = await share(both);
        expect(all.mentions).toBe(inWindow ? 3 : 1);
        expect(all.countriesCompared).toBeGreaterThanOrEqual(meetings.countriesCompared);
      }
    }
  });

  it('rejects an unknown channel', async () => {
    const res = await app.gql('{ topSectors(country: "IS", channels: [SPEECHES]) { mentions } }');
    expect(res.errors?.[0]?.message).toMatch(/InterestChannel/);
  });
});
