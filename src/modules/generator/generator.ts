import { DataSource, EntityManager } from 'typeorm';
import { seed } from '../dataset/seed';

/**
 * Deterministic synthetic data for load tests and analytics tests: every party, people with
 * positions, organizations, meetings over 30 years with mixed date precision, sources, relations
 * and sector interests spread over the whole sector tree (which it deepens to three levels).
 * Pair frequencies follow a Zipf-Mandelbrot law: a few pairs meet often, most rarely.
 * The same seed and size always give the same rows (ids depend on what the database held).
 */
export interface GenerateOptions {
  /** Sector interests to create (default 1,000,000). */
  interests?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** First year of meetings (default 1995); meetings span `years` years. */
  startYear?: number;
  years?: number;
  /** Meetings written per transaction. */
  batchMeetings?: number;
  /** VACUUM ANALYZE afterwards (default true), so index-only scans work at once. */
  vacuum?: boolean;
  log?: (message: string) => void;
}

export interface GenerateSummary {
  seed: number;
  sectors: number;
  organizations: number;
  people: number;
  positions: number;
  meetings: number;
  participants: number;
  sources: number;
  interests: number;
  relations: number;
  seconds: number;
}

/** mulberry32: small, fast, good enough for synthetic data, and identical on every platform. */
export function prng(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEETING_KINDS: [string, number][] = [
  ['BILATERAL_MEETING', 30],
  ['OFFICIAL_VISIT', 12],
  ['POLITICAL_DIALOGUE', 10],
  ['PARLIAMENTARY_VISIT', 8],
  ['COMMISSION_SESSION', 8],
  ['PHONE_CALL', 14],
  ['SUMMIT', 4],
  ['MULTILATERAL_MEETING', 4],
  ['VIDEO_CONFERENCE', 6],
  ['OTHER', 4],
];
const STANCES = ['INTERESTED', 'PROPOSED', 'HIGHLIGHTED', 'AGREED', 'DISCUSSED'];
const RANKS = ['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER', 'DEPUTY_MINISTER', 'AMBASSADOR'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'sed', 'to', 'vu', 'zen', 'bar', 'el', 'no', 'sha'];
const PEOPLE_PER_PARTY = 8;

function weighted<T>(items: [T, number][], random: () => number): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [item, weight] of items) {
    pick -= weight;
    if (pick < 0) return item;
  }
  return items[items.length - 1][0];
}

/** Samples ranks 0..n-1 with P(k) proportional to 1 / (k + q)^s. */
function zipf(n: number, s: number, q: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k += 1) {
    total += 1 / Math.pow(k + q, s);
    cumulative[k] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function name(random: () => number, parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i += 1) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface Party {
  id: number;
  code: string;
  state: boolean;
}

/** Seconds spent inserting into each table (triggers included), for the load report. */
export const insertSeconds = new Map<string, number>();

/** Multi-row insert through unnest: one parameter per column, any number of rows. */
async function insertRows(
  em: EntityManager,
  table: string,
  columns: [string, string][],
  rows: unknown[][],
  returning?: string,
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const arrays = columns.map((_, index) => rows.map((row) => row[index]));
  const list = columns.map(([column]) => `"${column}"`).join(', ');
  const unnest = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${unnest})${
    returning ? ` RETURNING ${returning}` : ''
  }`;
  const started = Date.now();
  const result = await em.query(sql, arrays);
  insertSeconds.set(table, (insertSeconds.get(table) ?? 0) + (Date.now() - started) / 1000);
  return result;
}

export async function generate(
  dataSource: DataSource,
  options: GenerateOptions = {},
): Promise<GenerateSummary> {
  const started = Date.now();
  const total = options.interests ?? 1_000_000;
  const seedValue = options.seed ?? 1;
  const startYear = options.startYear ?? 1995;
  const years = options.years ?? 30;
  const batchMeetings = options.batchMeetings ?? 4000;
  const log = options.log ?? (() => undefined);
  if (!Number.isInteger(total) || total < 0) throw new Error('interests must be a whole number');
  const random = prng(seedValue);
  const prefix = `gen-${seedValue}`;

  // Reference parties and the seed sectors first; loading the seed twice changes nothing.
  await seed(dataSource);
  const [{ taken }] = await dataSource.query(
    'SELECT count(*)::int AS taken FROM meeting WHERE key LIKE $1',
    [`${prefix}-%`],
  );
  if (taken > 0) {
    throw new Error(
      `data for seed ${seedValue} is already loaded; use a fresh database or another --seed`,
    );
  }

  // Deepen the sector tree: two generated children per top-level sector, one grandchild each.
  const roots: { id: number; code: string }[] = await dataSource.query(
    "SELECT id, code FROM sector WHERE parent_id IS NULL AND code NOT LIKE 'gen-%' ORDER BY code",
  );
  for (const root of roots) {
    for (const n of [1, 2]) {
      const code = `gen-${root.code}-${n}`.slice(0, 64);
      await dataSource.query(
        `INSERT INTO sector (code, name, description, parent_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO NOTHING`,
        [code, `${root.code} topic ${n}`, `Generated sub-sector ${n} of ${root.code}.`, root.id],
      );
      if (n === 1) {
        await dataSource.query(
          `INSERT INTO sector (code, name, description, parent_id)
           SELECT $1, $2, $3, id FROM sector WHERE code = $4 ON CONFLICT (code) DO NOTHING`,
          [`${code}-a`.slice(0, 64), `${root.code} detail`, 'Generated third-level sector.', code],
        );
      }
    }
  }
  const sectors: { id: number }[] = await dataSource.query('SELECT id FROM sector ORDER BY code');
  const parties: Party[] = (
    await dataSource.query('SELECT id, code, kind FROM country ORDER BY code')
  ).map((row: { id: number; code: string; kind: string }) => ({
    id: row.id,
    code: row.code,
    state: row.kind === 'STATE',
  }));
  const states = parties.filter((party) => party.state);

  // Organizations and people, per party.
  const orgs = await dataSource.transaction(async (em) => {
    const orgRows = parties.flatMap((party) => [
      [`${prefix}-org-${party.code}-mfa`, `Foreign ministry of ${party.code}`, 'MINISTRY'],
      [`${prefix}-org-${party.code}-news`, `${party.code} news agency`, 'MEDIA_OUTLET'],
    ]);
    const inserted = (await insertRows(
      em,
      'organization',
      [
        ['key', 'text'],
        ['name', 'text'],
        ['kind', 'organization_kind'],
      ],
      orgRows,
      'id, key',
    )) as { id: number; key: string }[];
    const byKey = new Map(inserted.map((row) => [row.key, row.id]));
    await insertRows(
      em,
      'organization_country',
      [
        ['organization_id', 'int'],
        ['country_id', 'int'],
      ],
      parties.flatMap((party) => [
        [byKey.get(`${prefix}-org-${party.code}-mfa`), party.id],
        [byKey.get(`${prefix}-org-${party.code}-news`), party.id],
      ]),
    );
    return byKey;
  });
  const mfa = (party: Party) => orgs.get(`${prefix}-org-${party.code}-mfa`)!;
  const news = (party: Party) => orgs.get(`${prefix}-org-${party.code}-news`)!;

  const peopleByParty = new Map<number, number[]>();
  let positionCount = 0;
  await dataSource.transaction(async (em) => {
    const personRows: unknown[][] = [];
    for (const party of parties) {
      for (let i = 0; i < PEOPLE_PER_PARTY; i += 1) {
        personRows.push([
          `${prefix}-person-${party.code}-${i}`,
          `${name(random, 2)} ${name(random, 3)}`,
          party.id,
        ]);
      }
    }
    const inserted = (await insertRows(
      em,
      'person',
      [
        ['key', 'text'],
        ['name', 'text'],
        ['country_id', 'int'],
      ],
      personRows,
      'id, country_id',
    )) as { id: number; country_id: number }[];
    const positionRows: unknown[][] = [];
    for (const person of inserted) {
      peopleByParty.set(person.country_id, [
        ...(peopleByParty.get(person.country_id) ?? []),
        person.id,
      ]);
      const party = parties.find((p) => p.id === person.country_id)!;
      const count = 1 + Math.floor(random() * 2);
      let year = startYear + Math.floor(random() * years);
      for (let i = 0; i < count; i += 1) {
        const rank = RANKS[Math.floor(random() * RANKS.length)];
        const precise = random() < 0.7;
        const end = year + 1 + Math.floor(random() * 6);
        positionRows.push([
          person.id,
          `${rank.toLowerCase().replace(/_/g, ' ')} (${party.code})`,
          mfa(party),
          rank,
          precise ? `${year}-03-01` : `${year}-01-01`,
          precise ? 'MONTH' : 'YEAR',
          i + 1 < count ? `${end}-01-01` : null,
          i + 1 < count ? 'YEAR' : null,
        ]);
        year = end;
      }
    }
    await insertRows(
      em,
      'position',
      [
        ['person_id', 'int'],
        ['title', 'text'],
        ['organization_id', 'int'],
        ['rank', 'position_rank'],
        ['start_date', 'date'],
        ['start_precision', 'date_precision'],
        ['end_date', 'date'],
        ['end_precision', 'date_precision'],
      ],
      positionRows,
    );
    positionCount = positionRows.length;
  });
  log(`reference data, ${orgs.size} organizations and ${positionCount} positions ready`);

  // Pairs of states in a seeded random order; rank k meets with weight 1 / (k + 3).
  const pairs: [Party, Party][] = [];
  for (let i = 0; i < states.length; i += 1) {
    for (let j = i + 1; j < states.length; j += 1) pairs.push([states[i], states[j]]);
  }
  for (let i = pairs.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const pickPair = zipf(pairs.length, 1, 3, random);
  const spanDays = Math.round(
    (Date.UTC(startYear + years, 0, 1) - Date.UTC(startYear, 0, 1)) / 864e5,
  );

  let remaining = total;
  let meetingIndex = 0;
  let meetingCount = 0;
  let participantCount = 0;
  let interestCount = 0;
  const pairUse = new Map<number, number>();
  while (remaining > 0) {
    const meetingRows: unknown[][] = [];
    const plans: {
      parties: Party[];
      date: string;
      interests: [number, number, number, number | null, string][];
    }[] = [];
    for (let b = 0; b < batchMeetings && remaining > 0; b += 1, meetingIndex += 1) {
      const rank = pickPair();
      pairUse.set(rank, (pairUse.get(rank) ?? 0) + 1);
      const [x, y] = random() < 0.5 ? pairs[rank] : [pairs[rank][1], pairs[rank][0]];
      const meetingParties = [x, y];
      const kind = weighted(MEETING_KINDS, random);
      if (kind === 'MULTILATERAL_MEETING' || random() < 0.03) {
        const extra = parties[Math.floor(random() * parties.length)];
        if (extra.id !== x.id && extra.id !== y.id) meetingParties.push(extra);
      }
      const day = new Date(Date.UTC(startYear, 0, 1) + Math.floor(random() * spanDays) * 864e5);
      const roll = random();
      const precision = roll < 0.85 ? 'DAY' : roll < 0.95 ? 'MONTH' : 'YEAR';
      const start =
        precision === 'DAY'
          ? iso(day)
          : precision === 'MONTH'
            ? iso(day).slice(0, 8) + '01'
            : `${iso(day).slice(0, 4)}-01-01`;
      meetingRows.push([
        `${prefix}-meeting-${meetingIndex}`,
        `${kind.toLowerCase().replace(/_/g, ' ')}: ${meetingParties.map((p) => p.code).join('-')}`,
        kind,
        start,
        precision,
        x.id,
        x.id,
        `Synthetic ${kind.toLowerCase()} between ${meetingParties.map((p) => p.code).join(', ')}.`,
      ]);
      const count = Math.min(remaining, 1 + Math.floor(random() * 10));
      const seen = new Set<string>();
      const interests: [number, number, number, number | null, string][] = [];
      while (interests.length < count) {
        const speaker = meetingParties[Math.floor(random() * meetingParties.length)];
        const others = meetingParties.filter((p) => p.id !== speaker.id);
        const partner = others[Math.floor(random() * others.length)];
        const sector = sectors[Math.floor(random() * sectors.length)].id;
        const stance = STANCES[Math.floor(random() * STANCES.length)];
        const key = `${sector}:${speaker.id}:${partner.id}:${stance}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const people = peopleByParty.get(speaker.id) ?? [];
        const speakerId =
          random() < 0.5 && people.length ? people[Math.floor(random() * people.length)] : null;
        interests.push([sector, speaker.id, partner.id, speakerId, stance]);
      }
      remaining -= count;
      plans.push({ parties: meetingParties, date: start, interests });
    }

    await dataSource.transaction(async (em) => {
      const meetings = (await insertRows(
        em,
        'meeting',
        [
          ['key', 'text'],
          ['title', 'text'],
          ['kind', 'meeting_kind'],
          ['start_date', 'date'],
          ['date_precision', 'date_precision'],
          ['host_country_id', 'int'],
          ['place_country_id', 'int'],
          ['summary', 'text'],
        ],
        meetingRows,
        'id, key',
      )) as { id: number; key: string }[];
      const idByKey = new Map(meetings.map((row) => [row.key, row.id]));
      const ids = meetingRows.map((row) => idByKey.get(row[0] as string)!);
      const sources = (await insertRows(
        em,
        'source',
        [
          ['url', 'text'],
          ['title', 'text'],
          ['publisher_id', 'int'],
          ['published_at', 'timestamptz'],
        ],
        plans.map((plan, index) => [
          `https://example.org/atlas-generated/${seedValue}/${meetingRows[index][0]}`,
          `Report: ${meetingRows[index][1]}`,
          news(plan.parties[0]),
          `${plan.date}T12:00:00Z`,
        ]),
        'id, url',
      )) as { id: number; url: string }[];
      const sourceByUrl = new Map(sources.map((row) => [row.url, row.id]));
      const sourceIds = plans.map((_, index) =>
        sourceByUrl.get(
          `https://example.org/atlas-generated/${seedValue}/${meetingRows[index][0]}`,
        )!,
      );
      await insertRows(
        em,
        'meeting_source',
        [
          ['meeting_id', 'int'],
          ['source_id', 'int'],
        ],
        ids.map((id, index) => [id, sourceIds[index]]),
      );
      await insertRows(
        em,
        'meeting_party',
        [
          ['meeting_id', 'int'],
          ['country_id', 'int'],
        ],
        plans.flatMap((plan, index) => plan.parties.map((party) => [ids[index], party.id])),
      );
      const participantRows: unknown[][] = [];
      plans.forEach((plan, index) => {
        plan.parties.forEach((party, side) => {
          const people = peopleByParty.get(party.id) ?? [];
          const person = people[Math.floor(random() * people.length)];
          participantRows.push([
            ids[index],
            person,
            party.id,
            mfa(party),
            side === 0 ? 'HOST' : 'GUEST',
            'Minister of Foreign Affairs',
          ]);
        });
      });
      await insertRows(
        em,
        'participant',
        [
          ['meeting_id', 'int'],
          ['person_id', 'int'],
          ['country_id', 'int'],
          ['organization_id', 'int'],
          ['role', 'participant_role'],
          ['capacity', 'text'],
        ],
        participantRows,
      );
      participantCount += participantRows.length;
      const interestRows = plans.flatMap((plan, index) =>
        plan.interests.map(([sector, country, partner, speaker, stance]) => [
          ids[index],
          sector,
          country,
          partner,
          speaker,
          stance,
          'Generated interest.',
          sourceIds[index],
        ]),
      );
      await insertRows(
        em,
        'sector_interest',
        [
          ['meeting_id', 'int'],
          ['sector_id', 'int'],
          ['country_id', 'int'],
          ['partner_id', 'int'],
          ['speaker_id', 'int'],
          ['stance', 'interest_stance'],
          ['note', 'text'],
          ['source_id', 'int'],
        ],
        interestRows,
      );
      interestCount += interestRows.length;
      meetingCount += ids.length;
    });
    log(`${interestCount} / ${total} interests, ${meetingCount} meetings`);
  }

  // Diplomatic relations for every pair that met, in pair-rank order (seeded dates).
  const relationRows: unknown[][] = [];
  for (const rank of [...pairUse.keys()].sort((a, b) => a - b)) {
    const [x, y] = pairs[rank];
    const year = 1946 + Math.floor(random() * 70);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const roll = random();
    const precision = roll < 0.6 ? 'DAY' : roll < 0.8 ? 'MONTH' : 'YEAR';
    const mm = String(month).padStart(2, '0');
    const date =
      precision === 'DAY'
        ? `${year}-${mm}-${String(day).padStart(2, '0')}`
        : precision === 'MONTH'
          ? `${year}-${mm}-01`
          : `${year}-01-01`;
    relationRows.push([Math.min(x.id, y.id), Math.max(x.id, y.id), date, precision]);
  }
  let relationCount = 0;
  for (let i = 0; i < relationRows.length; i += 10_000) {
    const chunk = relationRows.slice(i, i + 10_000);
    const inserted = await dataSource.query(
      `INSERT INTO bilateral_relation (country_a_id, country_b_id, established_on, established_precision)
       SELECT * FROM unnest($1::int[], $2::int[], $3::date[], $4::date_precision[])
       ON CONFLICT (country_a_id, country_b_id) DO NOTHING RETURNING id`,
      [0, 1, 2, 3].map((column) => chunk.map((row) => row[column])),
    );
    relationCount += inserted.length;
  }

  log(
    `insert seconds by table (triggers included): ${JSON.stringify(Object.fromEntries(insertSeconds))}`,
  );
  if (options.vacuum ?? true) {
    log('VACUUM ANALYZE');
    await dataSource.query('VACUUM ANALYZE');
  }
  return {
    seed: seedValue,
    sectors: sectors.length,
    organizations: orgs.size,
    people: parties.length * PEOPLE_PER_PARTY,
    positions: positionCount,
    meetings: meetingCount,
    participants: participantCount,
    sources: meetingCount,
    interests: interestCount,
    relations: relationCount,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}
