import { DataSource } from 'typeorm';
import { seed } from '../../modules/dataset/seed';
import { writeMeetings } from './meeting-writer';
import { MeetingPlanner, World } from './meetings';
import { prng } from './random';
import {
  createOrganizations,
  createPeople,
  deepenSectors,
  loadParties,
  Party,
  PEOPLE_PER_PARTY,
  Run,
} from './reference-data';
import { RowWriter } from '../../common/database/row-writer';

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

const COMPACTED_ROLLUPS = [
  'analytics_country_root_year',
  'analytics_country_sector_year',
  'analytics_country_partner_year',
  'analytics_country_sector_total',
  'analytics_country_partner_total',
  'analytics_country_root_total',
  'analytics_country_root_cumulative',
  'analytics_country_cumulative',
  'analytics_pair_sector_year',
  'analytics_pair_sector_total',
];

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

export async function generate(
  dataSource: DataSource,
  options: GenerateOptions = {},
): Promise<GenerateSummary> {
  const started = Date.now();
  const total = options.interests ?? 1_000_000;
  const seedValue = options.seed ?? 1;
  const log = options.log ?? (() => undefined);
  if (!Number.isInteger(total) || total < 0) throw new Error('interests must be a whole number');
  const run: Run = {
    dataSource,
    writer: new RowWriter(),
    random: prng(seedValue),
    seedValue,
    prefix: `gen-${seedValue}`,
    startYear: options.startYear ?? 1995,
    years: options.years ?? 30,
  };

  // Reference parties and the seed sectors first; loading the seed twice changes nothing.
  await seed(dataSource);
  const [{ taken }] = await dataSource.query(
    'SELECT count(*)::int AS taken FROM meeting WHERE key LIKE $1',
    [`${run.prefix}-%`],
  );
  if (taken > 0) {
    throw new Error(
      `data for seed ${seedValue} is already loaded; use a fresh database or another --seed`,
    );
  }
  const sectors = await deepenSectors(dataSource);
  const parties = await loadParties(dataSource);
  const orgs = await createOrganizations(run, parties);
  const org = (party: Party, kind: string) => orgs.get(`${run.prefix}-org-${party.code}-${kind}`)!;
  const mfa = (party: Party) => org(party, 'mfa');
  const { peopleByParty, positions } = await createPeople(run, parties, mfa);
  log(`reference data, ${orgs.size} organizations and ${positions} positions ready`);

  const world: World = { parties, sectors, peopleByParty, mfa, news: (p) => org(p, 'news') };
  const planner = new MeetingPlanner(run, world, total);
  const written = { meetings: 0, participants: 0, interests: 0 };
  while (planner.remaining > 0) {
    const batch = await writeMeetings(run, world, planner.nextBatch(options.batchMeetings ?? 4000));
    written.meetings += batch.meetings;
    written.participants += batch.participants;
    written.interests += batch.interests;
    log(`${written.interests} / ${total} interests, ${written.meetings} meetings`);
  }
  const relations = await createRelations(run, planner);

  const seconds = JSON.stringify(Object.fromEntries(run.writer.seconds));
  log(`insert seconds by table (triggers included): ${seconds}`);
  if (options.vacuum ?? true) {
    // The rollups were rewritten group by group for every batch: compact them, or every scan
    // reads their dead versions' pages (a 10 MB rollup took 205 MB after 1 M interests).
    log(`VACUUM FULL ${COMPACTED_ROLLUPS.join(', ')}`);
    await dataSource.query(`VACUUM FULL ${COMPACTED_ROLLUPS.join(', ')}`);
    log('VACUUM ANALYZE');
    await dataSource.query('VACUUM ANALYZE');
  }
  return {
    seed: seedValue,
    sectors: sectors.length,
    organizations: orgs.size,
    people: parties.length * PEOPLE_PER_PARTY,
    positions,
    meetings: written.meetings,
    participants: written.participants,
    sources: written.meetings,
    interests: written.interests,
    relations,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

/** Diplomatic relations for every pair that met, in pair-rank order (seeded dates). */
async function createRelations(run: Run, planner: MeetingPlanner): Promise<number> {
  const { random } = run;
  const relationRows: unknown[][] = [];
  for (const rank of [...planner.pairUse.keys()].sort((a, b) => a - b)) {
    const [x, y] = planner.pairs[rank];
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
  let count = 0;
  for (let i = 0; i < relationRows.length; i += 10_000) {
    const chunk = relationRows.slice(i, i + 10_000);
    const inserted = await run.dataSource.query(
      `INSERT INTO bilateral_relation (country_a_id, country_b_id, established_on, established_precision)
       SELECT * FROM unnest($1::int[], $2::int[], $3::date[], $4::date_precision[])
       ON CONFLICT (country_a_id, country_b_id) DO NOTHING RETURNING id`,
      [0, 1, 2, 3].map((column) => chunk.map((row) => row[column])),
    );
    count += inserted.length;
  }
  return count;
}
