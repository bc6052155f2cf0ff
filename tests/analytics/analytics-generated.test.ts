import { generate } from '../../src/cli/generator/generator';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Every analytics query against a plain computation in this file, over the seed plus a small
 * generated set. The reference reads raw rows (sector_interest joined to meeting) and counts in
 * JavaScript, independently of the read model the queries use.
 */
let app: TestApp;

interface Row {
  id: number;
  meeting: number;
  sector: number;
  country: number;
  partner: number;
  stance: string;
  kind: string;
  start: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
}

let rows: Row[];
let codeOf: Map<number, string>; // party id -> code
let sectorCode: Map<number, string>;
let parentOf: Map<number, number | null>;
let partyRows: { meeting: number; country: number }[];
let meetings: Map<number, { kind: string; start: string; precision: Row['precision'] }>;
let relations: { a: number; b: number; on: string; precision: string }[];
let busiest: string; // the party with most mentions
let pair: [string, string]; // the pair with most mentions between them

beforeAll(async () => {
  // Each full-detail rollup (limit 10000) costs 4000 points; this suite checks answers, not budgets.
  app = await startTestApp({ rateLimit: { enabled: false } });
  await generate(app.dataSource, { interests: 2500, seed: 42, vacuum: false });
  const q = (sql: string) => app.dataSource.query(sql);
  rows =
    await q(`SELECT si.id, si.meeting_id AS meeting, si.sector_id AS sector, si.country_id AS country,
                         si.partner_id AS partner, si.stance, m.kind, m.start_date AS start, m.date_precision AS precision
                    FROM sector_interest si JOIN meeting m ON m.id = si.meeting_id`);
  codeOf = new Map(
    (await q('SELECT id, code FROM country')).map((r: { id: number; code: string }) => [
      r.id,
      r.code,
    ]),
  );
  const sectors: { id: number; code: string; parent_id: number | null }[] = await q(
    'SELECT id, code, parent_id FROM sector',
  );
  sectorCode = new Map(sectors.map((s) => [s.id, s.code]));
  parentOf = new Map(sectors.map((s) => [s.id, s.parent_id]));
  partyRows = await q('SELECT meeting_id AS meeting, country_id AS country FROM meeting_party');
  meetings = new Map(
    (await q('SELECT id, kind, start_date, date_precision FROM meeting')).map(
      (m: { id: number; kind: string; start_date: string; date_precision: Row['precision'] }) => [
        m.id,
        { kind: m.kind, start: m.start_date, precision: m.date_precision },
      ],
    ),
  );
  relations = await q(
    'SELECT country_a_id AS a, country_b_id AS b, established_on AS on, established_precision AS precision FROM bilateral_relation',
  );
  busiest = codeOf.get(mostCommon(rows.map((r) => r.country)))!;
  const pairKey = mostCommon(
    rows.map((r) => [r.country, r.partner].sort((x, y) => x - y).join(':')),
  );
  pair = pairKey.split(':').map((id) => codeOf.get(Number(id))!) as [string, string];
}, 240_000);
afterAll(() => app.close());

function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function periodEnd(start: string, precision: string): string {
  const [y, m] = start.split('-').map(Number);
  if (precision === 'YEAR') return `${y}-12-31`;
  if (precision === 'MONTH') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return start;
}

function inWindow(start: string, precision: string, from?: string, to?: string): boolean {
  return (!from || start >= from) && (!to || periodEnd(start, precision) <= to);
}

function ancestors(sector: number): number[] {
  const chain = [sector];
  let parent = parentOf.get(sector);
  while (parent != null) {
    chain.push(parent);
    parent = parentOf.get(parent);
  }
  return chain;
}

const root = (sector: number) => ancestors(sector).at(-1)!;
const id = (code: string) => [...codeOf.entries()].find(([, c]) => c === code)![0];
const sectorId = (code: string) => [...sectorCode.entries()].find(([, c]) => c === code)![0];

function bucketOf(start: string, precision: string, period: string): [string, string] {
  if (period === 'YEAR' || precision === 'YEAR') return [`${start.slice(0, 4)}-01-01`, 'YEAR'];
  if (period === 'MONTH') return [`${start.slice(0, 7)}-01`, 'MONTH'];
  const month = Number(start.slice(5, 7));
  const q = String(month - ((month - 1) % 3)).padStart(2, '0');
  return [`${start.slice(0, 4)}-${q}-01`, 'QUARTER'];
}

function partial(start: string, precision: string): string {
  return precision === 'YEAR'
    ? start.slice(0, 4)
    : precision === 'MONTH'
      ? start.slice(0, 7)
      : start;
}

const RANK: Record<string, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** Reference buckets: mentions, distinct meetings, first and last mention per key. */
function reference(selected: Row[], key: (row: Row) => string[]) {
  const groups = new Map<
    string,
    { mentions: number; meetings: Set<number>; first: Row; last: Row }
  >();
  for (const row of selected) {
    for (const k of key(row)) {
      const group = groups.get(k) ?? {
        mentions: 0,
        meetings: new Set<number>(),
        first: row,
        last: row,
      };
      group.mentions += 1;
      group.meetings.add(row.meeting);
      const firstKey = (r: Row) => `${r.start}:${RANK[r.precision]}`;
      const lastKey = (r: Row) => `${periodEnd(r.start, r.precision)}:${2 - RANK[r.precision]}`;
      if (firstKey(row) < firstKey(group.first)) group.first = row;
      if (lastKey(row) > lastKey(group.last)) group.last = row;
      groups.set(k, group);
    }
  }
  return new Map(
    [...groups.entries()].map(([k, g]) => [
      k,
      {
        mentions: g.mentions,
        meetings: g.meetings.size,
        firstMentionedOn: partial(g.first.start, g.first.precision),
        lastMentionedOn: partial(g.last.start, g.last.precision),
      },
    ]),
  );
}

interface Bucket {
  sector: { code: string } | null;
  country: { code: string } | null;
  partner: { code: string } | null;
  period: string | null;
  periodPrecision: string | null;
  mentions: number;
  meetings: number;
  firstMentionedOn: string;
  lastMentionedOn: string;
}

async function sectorInterest(variables: Record<string, unknown>): Promise<Bucket[]> {
  const res = await app.gql<{ sectorInterest: Bucket[] }>(
    `query ($filter: InterestFilter, $groupBy: [InterestDimension!]!, $period: Period, $exact: Boolean) {
      sectorInterest(filter: $filter, groupBy: $groupBy, period: $period, exactSector: $exact, limit: 10000) {
        sector { code } country { code } partner { code } period periodPrecision
        mentions meetings firstMentionedOn lastMentionedOn
      }
    }`,
    variables,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.sectorInterest;
}

function asMap(buckets: Bucket[], key: (bucket: Bucket) => string) {
  return new Map(
    buckets.map((b) => [
      key(b),
      {
        mentions: b.mentions,
        meetings: b.meetings,
        firstMentionedOn: b.firstMentionedOn,
        lastMentionedOn: b.lastMentionedOn,
      },
    ]),
  );
}

const WINDOWS: [string | undefined, string | undefined][] = [
  [undefined, undefined],
  ['2000-01-01', '2009-12-31'], // whole years: the yearly rollups answer
  ['2000-03-15', '2009-12-30'], // not whole years: interest rows answer
  [undefined, '2004-12-31'],
  ['2005-01-01', undefined],
  ['2010-01-15', '2010-12-30'], // within one year: interest rows alone
];

test('the generated set is big enough to mean something', () => {
  expect(rows.length).toBeGreaterThan(2500);
  expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThan(100);
  expect(rows.some((r) => r.precision === 'MONTH')).toBe(true);
  expect(rows.some((r) => r.precision === 'YEAR')).toBe(true);
  expect(rows.some((r) => ancestors(r.sector).length === 3)).toBe(true);
});

test('sectorInterest by country and top-level sector, over everything', async () => {
  const actual = await sectorInterest({ groupBy: ['COUNTRY', 'SECTOR'] });
  const expected = reference(rows, (r) => [
    `${codeOf.get(r.country)}|${sectorCode.get(root(r.sector))}`,
  ]);
  expect(asMap(actual, (b) => `${b.country!.code}|${b.sector!.code}`)).toEqual(expected);
  // Ordered by mentions, most first.
  expect(actual.map((b) => b.mentions)).toEqual(
    [...actual.map((b) => b.mentions)].sort((a, b) => b - a),
  );
});

test.each(WINDOWS)(
  'sectorInterest for one party by sector and year, from %s to %s',
  async (from, to) => {
    // Whole-year windows read analytics_country_root_year; the others read interest rows.
    const actual = await sectorInterest({
      filter: { countryCodes: [busiest], from, to },
      groupBy: ['SECTOR', 'PERIOD'],
      period: 'YEAR',
    });
    const selected = rows.filter(
      (r) => codeOf.get(r.country) === busiest && inWindow(r.start, r.precision, from, to),
    );
    const expected = reference(selected, (r) => [
      `${sectorCode.get(root(r.sector))}|${r.start.slice(0, 4)}-01-01|YEAR`,
    ]);
    expect(actual.length).toBeGreaterThan(0);
    expect(asMap(actual, (b) => `${b.sector!.code}|${b.period}|${b.periodPrecision}`)).toEqual(
      expected,
    );
    const overall = await sectorInterest({
      filter: { countryCodes: [busiest], from, to },
      groupBy: ['SECTOR'],
    });
    expect(asMap(overall, (b) => b.sector!.code)).toEqual(
      reference(selected, (r) => [sectorCode.get(root(r.sector))!]),
    );
  },
);

test.each(['MONTH', 'QUARTER', 'YEAR'])(
  'sectorInterest by partner and %s for the busiest party, filtered',
  async (period) => {
    const filter = {
      countryCodes: [busiest],
      stances: ['INTERESTED', 'PROPOSED', 'DISCUSSED'],
      meetingKinds: ['BILATERAL_MEETING', 'PHONE_CALL', 'OFFICIAL_VISIT', 'SUMMIT'],
      from: '1999-02-10',
      to: '2019-11-30',
    };
    const actual = await sectorInterest({ filter, groupBy: ['PARTNER', 'PERIOD'], period });
    const selected = rows.filter(
      (r) =>
        codeOf.get(r.country) === busiest &&
        filter.stances.includes(r.stance) &&
        filter.meetingKinds.includes(r.kind) &&
        inWindow(r.start, r.precision, filter.from, filter.to),
    );
    const expected = reference(selected, (r) => [
      `${codeOf.get(r.partner)}|${bucketOf(r.start, r.precision, period).join('|')}`,
    ]);
    expect(actual.length).toBeGreaterThan(0);
    expect(asMap(actual, (b) => `${b.partner!.code}|${b.period}|${b.periodPrecision}`)).toEqual(
      expected,
    );
  },
);

test('sectorInterest rolls sub-sectors up into every named sector, or counts exact sectors', async () => {
  const named = ['energy', 'alternative-energy', 'gen-energy-1', 'education'];
  const actual = await sectorInterest({ filter: { sectorCodes: named }, groupBy: ['SECTOR'] });
  const ids = named.map(sectorId);
  const expected = reference(rows, (r) =>
    ancestors(r.sector)
      .filter((s) => ids.includes(s))
      .map((s) => sectorCode.get(s)!),
  );
  expect(asMap(actual, (b) => b.sector!.code)).toEqual(expected);
  // energy includes gen-energy-1, which includes gen-energy-1-a
  expect(expected.get('energy')!.mentions).toBeGreaterThan(expected.get('gen-energy-1')!.mentions);

  const exact = await sectorInterest({
    filter: { sectorCodes: named },
    groupBy: ['SECTOR'],
    exact: true,
  });
  const expectedExact = reference(
    rows.filter((r) => ids.includes(r.sector)),
    (r) => [sectorCode.get(r.sector)!],
  );
  expect(asMap(exact, (b) => b.sector!.code)).toEqual(expectedExact);

  const unGrouped = await sectorInterest({
    filter: { sectorCodes: ['energy'], partnerCodes: [busiest] },
    groupBy: [],
  });
  const expectedTotal = reference(
    rows.filter(
      (r) => codeOf.get(r.partner) === busiest && ancestors(r.sector).includes(sectorId('energy')),
    ),
    () => ['all'],
  );
  expect(asMap(unGrouped, () => 'all')).toEqual(expectedTotal);
});

test('sectorOverlap for the busiest pair, in either order and in a window', async () => {
  for (const [from, to] of [
    [undefined, undefined],
    ['2000-01-01', '2015-06-30'],
  ] as const) {
    const [a, b] = pair;
    type Overlap = { sector: { code: string }; mentionsByA: number; mentionsByB: number };
    const res = await app.gql<{ x: Overlap[]; y: Overlap[] }>(
      `query ($a: String!, $b: String!, $from: LocalDate, $to: LocalDate) {
        x: sectorOverlap(a: $a, b: $b, from: $from, to: $to) { sector { code } mentionsByA mentionsByB }
        y: sectorOverlap(a: $b, b: $a, from: $from, to: $to) { sector { code } mentionsByA mentionsByB }
      }`,
      { a, b, from, to },
    );
    expect(res.errors).toBeUndefined();
    const count = (speaker: string, listener: string) => {
      const counts = new Map<string, number>();
      for (const r of rows) {
        if (codeOf.get(r.country) !== speaker || codeOf.get(r.partner) !== listener) continue;
        if (!inWindow(r.start, r.precision, from, to)) continue;
        for (const s of ancestors(r.sector))
          counts.set(sectorCode.get(s)!, (counts.get(sectorCode.get(s)!) ?? 0) + 1);
      }
      return counts;
    };
    const byA = count(a, b);
    const byB = count(b, a);
    const expected = new Map(
      [...byA.keys()]
        .filter((s) => byB.has(s))
        .map((s) => [s, { mentionsByA: byA.get(s)!, mentionsByB: byB.get(s)! }]),
    );
    const x = new Map(
      res.data!.x.map((o) => [
        o.sector.code,
        { mentionsByA: o.mentionsByA, mentionsByB: o.mentionsByB },
      ]),
    );
    expect(x).toEqual(expected);
    const y = new Map(
      res.data!.y.map((o) => [
        o.sector.code,
        { mentionsByA: o.mentionsByB, mentionsByB: o.mentionsByA },
      ]),
    );
    expect(y).toEqual(expected);
  }
});

test.each(WINDOWS)('topSectors and topPartners from %s to %s', async (from, to) => {
  const country = busiest;
  const partnerCode = codeOf.get(
    mostCommon(rows.filter((r) => codeOf.get(r.country) === country).map((r) => r.partner)),
  )!;
  const res = await app.gql<
    Record<
      string,
      { sector?: { code: string }; partner?: { code: string }; mentions: number; share: number }[]
    >
  >(
    `query ($c: String!, $p: String!, $from: LocalDate, $to: LocalDate) {
      all: topSectors(country: $c, from: $from, to: $to, limit: 100) { sector { code } mentions share }
      exact: topSectors(country: $c, from: $from, to: $to, limit: 100, exactSector: true) { sector { code } mentions share }
      withPartner: topSectors(country: $c, partner: $p, from: $from, to: $to, limit: 100) { sector { code } mentions share }
      partners: topPartners(country: $c, from: $from, to: $to, limit: 100) { partner { code } mentions share }
      inEnergy: topPartners(country: $c, sector: "energy", from: $from, to: $to, limit: 100) { partner { code } mentions share }
      top3: topPartners(country: $c, from: $from, to: $to, limit: 3) { partner { code } mentions }
    }`,
    { c: country, p: partnerCode, from, to },
  );
  expect(res.errors).toBeUndefined();
  const mine = rows.filter(
    (r) => codeOf.get(r.country) === country && inWindow(r.start, r.precision, from, to),
  );
  const tally = (selected: Row[], key: (r: Row) => string) => {
    const counts = new Map<string, number>();
    for (const r of selected) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return new Map(
      [...counts.entries()].map(([k, n]) => [k, { mentions: n, share: n / selected.length }]),
    );
  };
  const check = (
    actual: {
      sector?: { code: string };
      partner?: { code: string };
      mentions: number;
      share: number;
    }[],
    expected: Map<string, { mentions: number; share: number }>,
  ) => {
    const got = new Map(
      actual.map((t) => [(t.sector ?? t.partner)!.code, { mentions: t.mentions, share: t.share }]),
    );
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [k, v] of expected) {
      expect(got.get(k)!.mentions).toBe(v.mentions);
      expect(got.get(k)!.share).toBeCloseTo(v.share, 10);
    }
    const counts = actual.map((t) => t.mentions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  };
  check(
    res.data!.all,
    tally(mine, (r) => sectorCode.get(root(r.sector))!),
  );
  check(
    res.data!.exact,
    tally(mine, (r) => sectorCode.get(r.sector)!),
  );
  check(
    res.data!.withPartner,
    tally(
      mine.filter((r) => codeOf.get(r.partner) === partnerCode),
      (r) => sectorCode.get(root(r.sector))!,
    ),
  );
  check(
    res.data!.partners,
    tally(mine, (r) => codeOf.get(r.partner)!),
  );
  check(
    res.data!.inEnergy,
    tally(
      mine.filter((r) => ancestors(r.sector).includes(sectorId('energy'))),
      (r) => codeOf.get(r.partner)!,
    ),
  );
  expect(res.data!.top3.map((t) => t.mentions)).toEqual(
    res.data!.partners.slice(0, 3).map((t) => t.mentions),
  );
});

test.each(WINDOWS)('sectorShare from %s to %s', async (from, to) => {
  const res = await app.gql<{
    sectorShare: {
      mentions: number;
      countriesCompared: number;
      sectors: {
        sector: { code: string };
        mentions: number;
        share: number;
        averageShare: number;
      }[];
    };
  }>(
    `query ($c: String!, $from: LocalDate, $to: LocalDate) {
      sectorShare(country: $c, from: $from, to: $to) {
        mentions countriesCompared sectors { sector { code } mentions share averageShare }
      }
    }`,
    { c: busiest, from, to },
  );
  expect(res.errors).toBeUndefined();
  const selected = rows.filter((r) => inWindow(r.start, r.precision, from, to));
  const byCountry = new Map<number, Map<string, number>>();
  for (const r of selected) {
    const m = byCountry.get(r.country) ?? new Map<string, number>();
    const s = sectorCode.get(root(r.sector))!;
    m.set(s, (m.get(s) ?? 0) + 1);
    byCountry.set(r.country, m);
  }
  const shareOf = (country: number, sector: string) => {
    const m = byCountry.get(country);
    if (!m) return 0;
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    return (m.get(sector) ?? 0) / total;
  };
  const allSectors = new Set([...byCountry.values()].flatMap((m) => [...m.keys()]));
  const me = id(busiest);
  const report = res.data!.sectorShare;
  expect(report.countriesCompared).toBe(byCountry.size);
  expect(report.mentions).toBe([...(byCountry.get(me)?.values() ?? [])].reduce((a, b) => a + b, 0));
  expect(report.sectors.map((s) => s.sector.code).sort()).toEqual([...allSectors].sort());
  for (const s of report.sectors) {
    expect(s.mentions).toBe(byCountry.get(me)?.get(s.sector.code) ?? 0);
    expect(s.share).toBeCloseTo(shareOf(me, s.sector.code), 10);
    const average =
      [...byCountry.keys()].reduce((sum, c) => sum + shareOf(c, s.sector.code), 0) / byCountry.size;
    expect(s.averageShare).toBeCloseTo(average, 10);
  }
});

test.each([
  ['MONTH', undefined, undefined],
  ['QUARTER', undefined, undefined],
  ['YEAR', undefined, undefined],
  ['QUARTER', '2000-01-01', '2010-06-30'], // whole months: the monthly rollup answers
  ['MONTH', '2000-01-15', '2010-06-29'], // not whole months: the meeting pairs answer
])(
  'engagementTimeline for the busiest pair by %s from %s to %s, either order',
  async (period, from, to) => {
    const [a, b] = pair;
    const res = await app.gql<{
      x: {
        period: string;
        periodPrecision: string;
        meetings: number;
        byKind: { kind: string; meetings: number }[];
      }[];
      y: unknown;
    }>(
      `query ($a: String!, $b: String!, $period: Period, $from: LocalDate, $to: LocalDate) {
      x: engagementTimeline(a: $a, b: $b, period: $period, from: $from, to: $to) { period periodPrecision meetings byKind { kind meetings } }
      y: engagementTimeline(a: $b, b: $a, period: $period, from: $from, to: $to) { period periodPrecision meetings byKind { kind meetings } }
    }`,
      { a, b, period, from, to },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.y).toEqual(res.data!.x);
    const partiesOf = new Map<number, Set<number>>();
    for (const p of partyRows)
      partiesOf.set(p.meeting, (partiesOf.get(p.meeting) ?? new Set()).add(p.country));
    const expected = new Map<string, Map<string, number>>();
    for (const [meetingId, parties] of partiesOf) {
      if (!parties.has(id(a)) || !parties.has(id(b))) continue;
      const m = meetings.get(meetingId)!;
      if (!inWindow(m.start, m.precision, from, to)) continue;
      const key = bucketOf(m.start, m.precision, period).join('|');
      const kinds = expected.get(key) ?? new Map<string, number>();
      kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
      expected.set(key, kinds);
    }
    const actual = new Map(
      res.data!.x.map((p) => [
        `${p.period}|${p.periodPrecision}`,
        new Map(p.byKind.map((k) => [k.kind, k.meetings])),
      ]),
    );
    expect(actual).toEqual(expected);
    for (const p of res.data!.x) {
      expect(p.meetings).toBe(p.byKind.reduce((sum, k) => sum + k.meetings, 0));
    }
  },
);

/** The first multiple of `every` years whose anniversary falls on or after asOf, by counting up. */
function firstAnniversaryFrom(established: string, asOf: string, every: number) {
  const startYear = Number(established.slice(0, 4));
  for (let years = every; ; years += every) {
    const date = `${startYear + years}${established.slice(4)}`;
    if (date >= asOf) return { years, date };
  }
}

test.each([
  [365, 5],
  [3660, 10],
  [30, 1],
])('upcomingAnniversaries within %d days, every %d years', async (within, every) => {
  const asOf = '2024-06-15';
  const res = await app.gql<{
    upcomingAnniversaries: {
      years: number;
      date: string;
      daysUntil: number;
      countries: { code: string }[];
    }[];
  }>(
    `query ($within: Int!, $every: Int) {
      upcomingAnniversaries(within: $within, every: $every, asOf: "${asOf}", limit: 1000) { years date daysUntil countries { code } }
    }`,
    { within, every },
  );
  expect(res.errors).toBeUndefined();
  const horizon = new Date(Date.parse(`${asOf}T00:00:00Z`) + within * 864e5)
    .toISOString()
    .slice(0, 10);
  const expected = relations
    .map((r) => ({ r, next: firstAnniversaryFrom(r.on, asOf, every) }))
    .filter(({ next }) => next.date <= horizon)
    .map(({ r, next }) => `${codeOf.get(r.a)}-${codeOf.get(r.b)}:${next.years}:${next.date}`)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  const actual = res.data!.upcomingAnniversaries;
  expect(
    actual.map((x) => `${x.countries.map((c) => c.code).join('-')}:${x.years}:${x.date}`).sort(),
  ).toEqual(expected);
  expect(actual.map((x) => x.date)).toEqual(actual.map((x) => x.date).sort());
  for (const x of actual) {
    expect(x.daysUntil).toBe(Math.round((Date.parse(x.date) - Date.parse(asOf)) / 864e5));
  }
});
