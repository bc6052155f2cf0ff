import { startTestApp, TestApp } from '../support/test-app';

/** Analytics on the article's seed dataset, plus hand-made meetings with coarse dates. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await addDatedMeetings(app);
});
afterAll(() => app.close());

interface Bucket {
  period: string | null;
  periodPrecision: string | null;
  sector: { code: string } | null;
  mentions: number;
  meetings: number;
  firstMentionedOn: string;
  lastMentionedOn: string;
}

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await app.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function fails(query: string, field: string) {
  const res = await app.gql(query);
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

const BUCKETS = `query ($filter: InterestFilter, $groupBy: [InterestDimension!]!, $period: Period, $exact: Boolean) {
  sectorInterest(filter: $filter, groupBy: $groupBy, period: $period, exactSector: $exact) {
    period periodPrecision sector { code } mentions meetings firstMentionedOn lastMentionedOn
  }
}`;

async function buckets(variables: Record<string, unknown>): Promise<Bucket[]> {
  return (await ok<{ sectorInterest: Bucket[] }>(BUCKETS, variables)).sectorInterest;
}

/**
 * Iceland (IS) raises sectors with New Zealand (NZ) at five meetings, one interest each:
 * 2020-12-31 (day), 2021-03-31 (day), 2021-04-01 (day), 2021-06 (month, alternative-energy)
 * and 2021 (year).
 */
async function addDatedMeetings(target: TestApp) {
  const meetings: [string, string, string][] = [
    ['t-2020-12-31', '2020-12-31', 'DAY'],
    ['t-2021-03-31', '2021-03-31', 'DAY'],
    ['t-2021-04-01', '2021-04-01', 'DAY'],
    ['t-2021-06', '2021-06-01', 'MONTH'],
    ['t-2021', '2021-01-01', 'YEAR'],
  ];
  for (const [key, date, precision] of meetings) {
    const sector = key === 't-2021-06' ? 'alternative-energy' : 'energy';
    await target.dataSource.query(
      `WITH m AS (
         INSERT INTO meeting (key, title, kind, start_date, date_precision, summary)
         VALUES ($1, $1, 'PHONE_CALL', $2, $3, 'test') RETURNING id),
       p AS (
         INSERT INTO meeting_party (meeting_id, country_id)
         SELECT m.id, c.id FROM m, country c WHERE c.code IN ('IS', 'NZ'))
       INSERT INTO sector_interest (meeting_id, sector_id, country_id, partner_id, stance, note, source_id)
       SELECT m.id, (SELECT id FROM sector WHERE code = $4), (SELECT id FROM country WHERE code = 'IS'),
              (SELECT id FROM country WHERE code = 'NZ'), 'DISCUSSED', 'test', (SELECT min(id) FROM source)
         FROM m`,
      [key, date, precision, sector],
    );
  }
}

describe('seed facts', () => {
  test("Korea's interests include e-government, smart-cities, agriculture, education and alternative-energy", async () => {
    const rows = await buckets({
      filter: { countryCodes: ['kr'] },
      groupBy: ['SECTOR'],
      exact: true,
    });
    expect(rows.map((row) => row.sector!.code)).toEqual(
      expect.arrayContaining([
        'e-government',
        'smart-cities',
        'agriculture',
        'education',
        'alternative-energy',
      ]),
    );
    const top = await ok<{ topSectors: { sector: { code: string } }[] }>(
      '{ topSectors(country: "KOR", exactSector: true, limit: 100) { sector { code } } }',
    );
    expect(top.topSectors.map((row) => row.sector.code)).toEqual(
      expect.arrayContaining(['e-government', 'smart-cities', 'agriculture', 'education']),
    );
  });

  test("Azerbaijan's interests include mining and alternative-energy", async () => {
    const rows = await buckets({
      filter: { countryCodes: ['AZE'] },
      groupBy: ['SECTOR'],
      exact: true,
    });
    expect(rows.map((row) => row.sector!.code)).toEqual(
      expect.arrayContaining(['mining', 'alternative-energy']),
    );
  });

  test('their overlap includes education and energy, whichever order the pair is given in', async () => {
    const query = `query ($a: String!, $b: String!) {
      sectorOverlap(a: $a, b: $b) { sector { code } mentionsByA mentionsByB mentions }
    }`;
    type Overlap = {
      sector: { code: string };
      mentionsByA: number;
      mentionsByB: number;
      mentions: number;
    };
    const ab = (await ok<{ sectorOverlap: Overlap[] }>(query, { a: 'AZ', b: 'KR' })).sectorOverlap;
    const ba = (await ok<{ sectorOverlap: Overlap[] }>(query, { a: 'kor', b: 'aze' }))
      .sectorOverlap;
    const codes = ab.map((row) => row.sector.code);
    expect(codes).toEqual(expect.arrayContaining(['education', 'energy']));
    expect(ba.map((row) => row.sector.code).sort()).toEqual([...codes].sort());
    for (const row of ab) {
      const other = ba.find((item) => item.sector.code === row.sector.code)!;
      expect(other).toMatchObject({
        mentionsByA: row.mentionsByB,
        mentionsByB: row.mentionsByA,
        mentions: row.mentions,
      });
    }
    // Energy: Azerbaijan proposed alternative-energy, Korea raised energy and alternative-energy.
    expect(ab.find((row) => row.sector.code === 'energy')).toMatchObject({
      mentionsByA: 1,
      mentionsByB: 2,
    });
    // Korea never raised vocational-education, so it is no common ground.
    expect(codes).not.toContain('vocational-education');
  });

  test('a parent sector rolls up its children unless exactSector is set', async () => {
    const rolled = await buckets({
      filter: { countryCodes: ['KR'], sectorCodes: ['energy'] },
      groupBy: ['SECTOR'],
    });
    expect(rolled).toEqual([expect.objectContaining({ sector: { code: 'energy' }, mentions: 2 })]);
    const exact = await buckets({
      filter: { countryCodes: ['KR'], sectorCodes: ['energy'] },
      groupBy: ['SECTOR'],
      exact: true,
    });
    expect(exact).toEqual([expect.objectContaining({ sector: { code: 'energy' }, mentions: 1 })]);
    const both = await buckets({
      filter: { countryCodes: ['KR'], sectorCodes: ['energy', 'alternative-energy'] },
      groupBy: ['SECTOR'],
    });
    expect(both.map((row) => [row.sector!.code, row.mentions])).toEqual([
      ['energy', 2],
      ['alternative-energy', 1],
    ]);
    const total = await buckets({
      filter: { countryCodes: ['KR'], sectorCodes: ['energy'] },
      groupBy: [],
    });
    expect(total).toEqual([expect.objectContaining({ mentions: 2, meetings: 1, sector: null })]);
  });

  test('the AZ-KR timeline counts each meeting once, by kind', async () => {
    const res = await ok<{ engagementTimeline: unknown[] }>(
      '{ engagementTimeline(a: "KR", b: "AZ", period: YEAR) { period periodPrecision meetings byKind { kind meetings } } }',
    );
    expect(res.engagementTimeline).toEqual([
      {
        period: '2009-01-01',
        periodPrecision: 'YEAR',
        meetings: 1,
        byKind: [{ kind: 'PARLIAMENTARY_VISIT', meetings: 1 }],
      },
      {
        period: '2022-01-01',
        periodPrecision: 'YEAR',
        meetings: 4,
        byKind: [
          { kind: 'BILATERAL_MEETING', meetings: 2 },
          { kind: 'OFFICIAL_VISIT', meetings: 1 },
          { kind: 'POLITICAL_DIALOGUE', meetings: 1 },
        ],
      },
    ]);
  });

  test('upcoming anniversaries agree with bilateralRelation.nextAnniversary', async () => {
    const res = await ok<{
      upcomingAnniversaries: {
        years: number;
        date: string;
        daysUntil: number;
        countries: { code: string }[];
      }[];
      bilateralRelation: { nextAnniversary: { years: number; date: string } };
    }>(`{
      upcomingAnniversaries(within: 30, every: 5, asOf: "2026-12-15") { years date daysUntil precision countries { code } }
      bilateralRelation(a: "AZ", b: "KR") { nextAnniversary(every: 5, asOf: "2026-12-15") { years date } }
    }`);
    expect(res.upcomingAnniversaries).toEqual([
      {
        years: 35,
        date: '2027-01-01',
        daysUntil: 17,
        precision: 'YEAR',
        countries: [{ code: 'AZ' }, { code: 'KR' }],
      },
    ]);
    expect(res.bilateralRelation.nextAnniversary).toEqual({ years: 35, date: '2027-01-01' });
    const none = await ok<{ upcomingAnniversaries: unknown[] }>(
      '{ upcomingAnniversaries(within: 16, asOf: "2026-12-15") { years } }',
    );
    expect(none.upcomingAnniversaries).toEqual([]);
  });
});

describe('empty results', () => {
  test('parties without records give empty lists and zero totals', async () => {
    expect(
      await buckets({ filter: { countryCodes: ['FR'] }, groupBy: ['SECTOR', 'PERIOD'] }),
    ).toEqual([]);
    expect(await buckets({ filter: { countryCodes: ['FR'] }, groupBy: [] })).toEqual([]);
    const res = await ok<Record<string, unknown>>(`{
      sectorOverlap(a: "FR", b: "DE") { mentions }
      topSectors(country: "FR") { mentions }
      topPartners(country: "FR", sector: "energy") { mentions }
      engagementTimeline(a: "FR", b: "DE") { meetings }
      sectorShare(country: "FR") { mentions countriesCompared sectors { sector { code } mentions share averageShare } }
    }`);
    expect(res).toMatchObject({
      sectorOverlap: [],
      topSectors: [],
      topPartners: [],
      engagementTimeline: [],
    });
    const share = res.sectorShare as {
      mentions: number;
      countriesCompared: number;
      sectors: { mentions: number; share: number }[];
    };
    expect(share.mentions).toBe(0);
    expect(share.countriesCompared).toBe(3); // AZ, KR and IS have mentions
    expect(share.sectors.length).toBeGreaterThan(0);
    expect(share.sectors.every((row) => row.mentions === 0 && row.share === 0)).toBe(true);
  });

  test('a window with nothing in it is empty', async () => {
    expect(
      await buckets({
        filter: { countryCodes: ['KR'], from: '1990-01-01', to: '1990-12-31' },
        groupBy: [],
      }),
    ).toEqual([]);
  });
});

describe('coarse dates and period boundaries', () => {
  const IS = { countryCodes: ['IS'] };
  const shape = (rows: Bucket[]) =>
    rows.map((row) => [row.period, row.periodPrecision, row.mentions]);

  test('MONTH: a year-precision meeting gets its own YEAR bucket, never a guessed month', async () => {
    expect(shape(await buckets({ filter: IS, groupBy: ['PERIOD'], period: 'MONTH' }))).toEqual([
      ['2020-12-01', 'MONTH', 1],
      ['2021-01-01', 'YEAR', 1],
      ['2021-03-01', 'MONTH', 1],
      ['2021-04-01', 'MONTH', 1],
      ['2021-06-01', 'MONTH', 1],
    ]);
  });

  test('QUARTER: a month-precision meeting counts in its quarter; March 31 and April 1 split', async () => {
    expect(shape(await buckets({ filter: IS, groupBy: ['PERIOD'], period: 'QUARTER' }))).toEqual([
      ['2020-10-01', 'QUARTER', 1],
      ['2021-01-01', 'QUARTER', 1],
      ['2021-01-01', 'YEAR', 1],
      ['2021-04-01', 'QUARTER', 2],
    ]);
  });

  test('YEAR: every precision counts in its year; December 31 stays in its year', async () => {
    expect(shape(await buckets({ filter: IS, groupBy: ['PERIOD'], period: 'YEAR' }))).toEqual([
      ['2020-01-01', 'YEAR', 1],
      ['2021-01-01', 'YEAR', 4],
    ]);
  });

  test('from/to count a coarse date only when its whole period lies inside', async () => {
    const total = async (from?: string, to?: string) =>
      (await buckets({ filter: { ...IS, from, to }, groupBy: [] }))[0]?.mentions ?? 0;
    expect(await total('2021-04-01', '2021-06-30')).toBe(2); // April 1 and June
    expect(await total('2021-04-01', '2021-06-29')).toBe(1); // June not over yet
    expect(await total('2021-06-15')).toBe(0); // June began earlier, 2021 too
    expect(await total('2021-01-01', '2021-12-31')).toBe(4);
    expect(await total('2021-01-01', '2021-12-30')).toBe(3); // the year-precision meeting is out
    expect(await total('2021-01-02')).toBe(3); // March 31, April 1 and June; not 2021
    expect(await total(undefined, '2020-12-31')).toBe(1);
    expect(await total('2021-03-31', '2021-03-31')).toBe(1);
  });

  test('rollup and row paths agree on year-aligned and unaligned windows', async () => {
    const top = async (from: string, to: string) =>
      (
        await ok<{ topSectors: { mentions: number }[] }>(
          `{ topSectors(country: "IS", from: "${from}", to: "${to}") { mentions } }`,
        )
      ).topSectors[0]?.mentions ?? 0;
    expect(await top('2021-01-01', '2021-12-31')).toBe(4); // yearly rollup
    expect(await top('2021-01-01', '2021-12-30')).toBe(3); // interest rows
    expect(await top('2020-01-01', '2021-12-31')).toBe(5);
  });

  test('first and last mention are reported at their own precision', async () => {
    const [all] = await buckets({ filter: IS, groupBy: [] });
    expect(all).toMatchObject({
      mentions: 5,
      meetings: 5,
      firstMentionedOn: '2020-12-31',
      lastMentionedOn: '2021',
    });
    const [in2021] = await buckets({ filter: { ...IS, from: '2021-01-01' }, groupBy: [] });
    expect(in2021).toMatchObject({ firstMentionedOn: '2021', lastMentionedOn: '2021' });
    const [spring] = await buckets({
      filter: { ...IS, from: '2021-04-01', to: '2021-06-30' },
      groupBy: [],
    });
    expect(spring).toMatchObject({ firstMentionedOn: '2021-04-01', lastMentionedOn: '2021-06' });
  });

  test('the timeline applies the same period rules, in either order', async () => {
    const query = (a: string, b: string) =>
      `{ engagementTimeline(a: "${a}", b: "${b}", period: MONTH) { period periodPrecision meetings } }`;
    const ab = await ok<{ engagementTimeline: unknown[] }>(query('IS', 'NZ'));
    const ba = await ok<{ engagementTimeline: unknown[] }>(query('NZL', 'ISL'));
    expect(ab).toEqual(ba);
    expect(ab.engagementTimeline).toEqual([
      { period: '2020-12-01', periodPrecision: 'MONTH', meetings: 1 },
      { period: '2021-01-01', periodPrecision: 'YEAR', meetings: 1 },
      { period: '2021-03-01', periodPrecision: 'MONTH', meetings: 1 },
      { period: '2021-04-01', periodPrecision: 'MONTH', meetings: 1 },
      { period: '2021-06-01', periodPrecision: 'MONTH', meetings: 1 },
    ]);
  });
});

describe('validation', () => {
  test('limits and ranges are checked, naming the field', async () => {
    await fails('{ topSectors(country: "KR", limit: 0) { mentions } }', 'limit');
    await fails('{ topPartners(country: "KR", limit: 101) { mentions } }', 'limit');
    await fails('{ upcomingAnniversaries(within: 0) { years } }', 'within');
    await fails('{ upcomingAnniversaries(within: 3661) { years } }', 'within');
    await fails('{ upcomingAnniversaries(within: 10, every: 0) { years } }', 'every');
    await fails('{ sectorInterest(groupBy: [], limit: 0) { mentions } }', 'limit');
  });

  test('unknown codes and bad windows are rejected, naming the field', async () => {
    await fails(
      '{ sectorInterest(filter: { countryCodes: ["XX"] }, groupBy: []) { mentions } }',
      'filter.countryCodes',
    );
    await fails(
      '{ sectorInterest(filter: { partnerCodes: ["XX"] }, groupBy: []) { mentions } }',
      'filter.partnerCodes',
    );
    await fails(
      '{ sectorInterest(filter: { sectorCodes: ["nope"] }, groupBy: []) { mentions } }',
      'filter.sectorCodes',
    );
    await fails(
      '{ sectorInterest(filter: { from: "2022-02-01", to: "2022-01-01" }, groupBy: []) { mentions } }',
      'filter.from',
    );
    await fails('{ sectorOverlap(a: "KR", b: "KOR") { mentions } }', 'b');
    await fails('{ sectorOverlap(a: "KR", b: "XX") { mentions } }', 'b');
    await fails('{ topSectors(country: "XX") { mentions } }', 'country');
    await fails('{ topSectors(country: "KR", partner: "XX") { mentions } }', 'partner');
    await fails('{ topPartners(country: "KR", sector: "nope") { mentions } }', 'sector');
    await fails(
      '{ sectorShare(country: "KR", from: "2022-02-01", to: "2022-01-01") { mentions } }',
      'from',
    );
  });
});
