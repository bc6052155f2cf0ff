import { DataSource } from 'typeorm';
import { name } from './random';
import { RowWriter } from '../../common/database/row-writer';

export interface Party {
  id: number;
  code: string;
  state: boolean;
}

/** What every step of one generator run shares; `random` is drawn from in a fixed order. */
export interface Run {
  dataSource: DataSource;
  writer: RowWriter;
  random: () => number;
  seedValue: number;
  /** Prefix of every generated natural key, `gen-<seed>`. */
  prefix: string;
  startYear: number;
  years: number;
}

const RANKS = ['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER', 'DEPUTY_MINISTER', 'AMBASSADOR'];
export const PEOPLE_PER_PARTY = 8;

/** Two generated children per top-level sector, one grandchild each; returns every sector id. */
export async function deepenSectors(dataSource: DataSource): Promise<{ id: number }[]> {
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
  return dataSource.query('SELECT id FROM sector ORDER BY code');
}

export async function loadParties(dataSource: DataSource): Promise<Party[]> {
  const rows: { id: number; code: string; kind: string }[] = await dataSource.query(
    'SELECT id, code, kind FROM country ORDER BY code',
  );
  return rows.map((row) => ({ id: row.id, code: row.code, state: row.kind === 'STATE' }));
}

/** A foreign ministry and a news agency per party, by key. */
export function createOrganizations(run: Run, parties: Party[]): Promise<Map<string, number>> {
  const { prefix, writer } = run;
  return run.dataSource.transaction(async (em) => {
    const orgRows = parties.flatMap((party) => [
      [`${prefix}-org-${party.code}-mfa`, `Foreign ministry of ${party.code}`, 'MINISTRY'],
      [`${prefix}-org-${party.code}-news`, `${party.code} news agency`, 'MEDIA_OUTLET'],
    ]);
    const inserted = (await writer.insert(
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
    await writer.insert(
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
}

/** PEOPLE_PER_PARTY people per party, each with one or two positions at its ministry. */
export async function createPeople(
  run: Run,
  parties: Party[],
  mfa: (party: Party) => number,
): Promise<{ peopleByParty: Map<number, number[]>; positions: number }> {
  const { prefix, random, writer } = run;
  const peopleByParty = new Map<number, number[]>();
  let positions = 0;
  await run.dataSource.transaction(async (em) => {
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
    const inserted = (await writer.insert(
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
      positionRows.push(...positionsOf(run, person.id, party, mfa(party)));
    }
    await writer.insert(
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
    positions = positionRows.length;
  });
  return { peopleByParty, positions };
}

/** One or two consecutive positions; only the last is still held. */
function positionsOf(run: Run, personId: number, party: Party, ministry: number): unknown[][] {
  const { random } = run;
  const rows: unknown[][] = [];
  const count = 1 + Math.floor(random() * 2);
  let year = run.startYear + Math.floor(random() * run.years);
  for (let i = 0; i < count; i += 1) {
    const rank = RANKS[Math.floor(random() * RANKS.length)];
    const precise = random() < 0.7;
    const end = year + 1 + Math.floor(random() * 6);
    rows.push([
      personId,
      `${rank.toLowerCase().replace(/_/g, ' ')} (${party.code})`,
      ministry,
      rank,
      precise ? `${year}-03-01` : `${year}-01-01`,
      precise ? 'MONTH' : 'YEAR',
      i + 1 < count ? `${end}-01-01` : null,
      i + 1 < count ? 'YEAR' : null,
    ]);
    year = end;
  }
  return rows;
}
