import { EntityManager } from 'typeorm';
import { BulkRows, rowKey } from '../../common/database/bulk-rows';
import { RowWriter } from '../../common/database/row-writer';
import { KeyMap, partial, Row } from './dataset-keys';
import { MeetingRefs, MeetingsWriter } from './dataset-meetings.writer';
import { upsertRows } from '../../common/database/upsert';
import { Country } from '../country/country.entity';
import { Sector } from '../sector/sector.entity';
import {
  Dataset,
  DatasetAgreement,
  DatasetMeeting,
  DatasetOrganization,
  DatasetPerson,
  DatasetRelation,
  DatasetSector,
  DatasetSource,
} from './dataset.types';

export interface LoadSummary {
  sectors: number;
  organizations: number;
  people: number;
  sources: number;
  meetings: number;
  interests: number;
  relations: number;
  agreements: number;
}

/**
 * Writes a validated dataset inside the caller's transaction, one step per kind of record, in
 * the order records refer to each other: each step matches its records by natural key in a few
 * set-based statements (whatever the number of records) and keeps their ids for the steps after
 * it. `seconds` receives the time spent per table, triggers included.
 */
export async function writeDataset(
  em: EntityManager,
  data: Dataset,
  seconds?: Map<string, number>,
  known?: KnownRefs,
): Promise<LoadSummary> {
  const writer = new DatasetWriter(em, await partyIds(em), seconds);
  await writer.sectors(data.sectors ?? []);
  await writer.organizations(data.organizations ?? []);
  await writer.people(data.people ?? []);
  await writer.sources(data.sources ?? []);
  if (known) Object.assign(writer, known);
  const interests = await writer.meetings(data.meetings ?? []);
  await writer.relations(data.relations ?? []);
  await writer.agreements(data.agreements ?? []);
  return {
    sectors: data.sectors?.length ?? 0,
    organizations: data.organizations?.length ?? 0,
    people: data.people?.length ?? 0,
    sources: data.sources?.length ?? 0,
    meetings: data.meetings?.length ?? 0,
    interests,
    relations: data.relations?.length ?? 0,
    agreements: data.agreements?.length ?? 0,
  };
}

/** Every party by alpha-2 (or organization) code and alpha-3. */
async function partyIds(em: EntityManager): Promise<KeyMap> {
  const parties = new KeyMap();
  for (const c of await em.getRepository(Country).find()) {
    parties.set(c.code, c.id);
    if (c.alpha3) parties.set(c.alpha3, c.id);
  }
  return parties;
}

/** Ids of stored records a part of a file refers to without carrying them (src/modules/dataset/seed-parts.ts). */
export type KnownRefs = Pick<MeetingRefs, 'sectorIds' | 'orgIds' | 'personIds' | 'sourceIds'>;

class DatasetWriter implements MeetingRefs {
  sectorIds = new KeyMap();
  orgIds = new KeyMap();
  personIds = new KeyMap();
  sourceIds = new KeyMap();
  private readonly rows: BulkRows;

  constructor(
    private readonly em: EntityManager,
    private readonly parties: KeyMap,
    seconds?: Map<string, number>,
  ) {
    this.rows = new BulkRows(em, new RowWriter(seconds));
  }

  party(code: string): number {
    return this.parties.get(code.trim().toUpperCase());
  }

  optParty(code: string | undefined | null): number | null {
    return code ? this.party(code) : null;
  }

  /** Few, each after its parent: one upsert each keeps the synonyms a file leaves out. */
  async sectors(sectors: DatasetSector[]): Promise<void> {
    for (const s of sectors) {
      const row = {
        code: s.code,
        name: s.name,
        description: s.description,
        crsCode: s.crsCode ?? null,
        parentId: this.sectorIds.opt(s.parent),
        ...(s.synonyms ? { synonyms: s.synonyms } : {}),
      };
      this.sectorIds.set(s.code, await upsertId(this.em, Sector, row, ['code']));
    }
  }

  /** Organizations, then their parents and member parties (a parent may come later). */
  async organizations(organizations: DatasetOrganization[]): Promise<void> {
    const ids = await this.rows.upsert(
      'organization',
      [
        ['key', 'text'],
        ['name', 'text'],
        ['acronym', 'text'],
        ['kind', 'organization_kind'],
      ],
      organizations.map((o) => [o.key, o.name, o.acronym ?? null, o.kind]),
    );
    this.orgIds = KeyMap.from(ids);
    const id = (o: DatasetOrganization) => this.orgIds.get(o.key);
    await this.rows.setColumn(
      'organization',
      'parent_id',
      'int',
      organizations.map((o) => [id(o), this.orgIds.opt(o.parent)]),
    );
    await this.rows.link(
      'organization_country',
      'organization_id',
      'country_id',
      organizations.flatMap((o) =>
        o.countries.map((c): [number, number] => [id(o), this.party(c)]),
      ),
    );
  }

  /** People, then their positions (which may name any organization of the load). */
  async people(people: DatasetPerson[]): Promise<void> {
    const ids = await this.rows.upsert(
      'person',
      [
        ['key', 'text'],
        ['name', 'text'],
        ['aliases', 'text', 'ARRAY(SELECT jsonb_array_elements_text(v."aliases"::jsonb))'],
        ['country_id', 'int'],
      ],
      people.map((p) => [p.key, p.name, JSON.stringify(p.aliases ?? []), this.optParty(p.country)]),
    );
    this.personIds = KeyMap.from(ids);
    const positions: Row[] = [];
    for (const p of people) {
      for (const pos of p.positions ?? []) {
        const start = partial(pos.start);
        const end = partial(pos.end);
        positions.push([
          this.personIds.get(p.key),
          pos.title,
          this.orgIds.opt(pos.organization),
          pos.rank,
          start?.date ?? null,
          start?.precision ?? null,
          end?.date ?? null,
          end?.precision ?? null,
        ]);
      }
    }
    await this.rows.merge(
      {
        table: 'position',
        columns: [
          ['person_id', 'int'],
          ['title', 'text'],
          ['organization_id', 'int'],
          ['rank', 'position_rank'],
          ['start_date', 'date'],
          ['start_precision', 'date_precision'],
          ['end_date', 'date'],
          ['end_precision', 'date_precision'],
        ],
        identity: (row) => row.slice(0, 2),
        match: 't.person_id = v.person_id AND t.title = v.title',
      },
      positions,
    );
  }

  async sources(sources: DatasetSource[]): Promise<void> {
    const ids = await this.rows.upsert(
      'source',
      [
        ['url', 'text'],
        ['title', 'text'],
        ['publisher_id', 'int'],
        ['author_id', 'int'],
        ['cited_body_id', 'int'],
        ['published_at', 'timestamptz'],
      ],
      sources.map((s) => [
        s.url,
        s.title,
        this.orgIds.get(s.publisher),
        this.personIds.opt(s.author),
        this.orgIds.opt(s.citedBody),
        new Date(s.publishedAt).toISOString(),
      ]),
    );
    this.sourceIds = KeyMap.from(ids);
  }

  /** Meetings and what is part of them (src/modules/dataset/dataset-meetings.writer.ts). */
  meetings(meetings: DatasetMeeting[]): Promise<number> {
    return new MeetingsWriter(this.rows, this).write(meetings);
  }

  async relations(relations: DatasetRelation[]): Promise<void> {
    const rows = relations.map((r) => {
      const [a, b] = r.parties.map((code) => this.party(code)).sort((x, y) => x - y);
      const established = partial(r.established)!;
      return [a, b, established.date, established.precision, r.note ?? null];
    });
    const ids = await this.rows.upsert(
      'bilateral_relation',
      [
        ['country_a_id', 'int'],
        ['country_b_id', 'int'],
        ['established_on', 'date'],
        ['established_precision', 'date_precision'],
        ['note', 'text'],
      ],
      rows,
      2,
    );
    await this.rows.link(
      'bilateral_relation_source',
      'bilateral_relation_id',
      'source_id',
      relations.flatMap((r, i) =>
        r.sources.map((u): [number, number] => [
          ids.get(rowKey(rows[i].slice(0, 2)))!,
          this.sourceIds.get(u),
        ]),
      ),
    );
  }

  /** Agreements and their parties, organizations, sectors and sources. */
  async agreements(agreements: DatasetAgreement[]): Promise<void> {
    const ids = await this.rows.upsert(
      'agreement',
      [
        ['key', 'text'],
        ['name', 'text'],
        ['kind', 'agreement_kind'],
        ['summary', 'text'],
        ['start_date', 'date'],
        ['start_precision', 'date_precision'],
      ],
      agreements.map((a) => {
        const start = partial(a.start);
        return [a.key, a.name, a.kind, a.summary, start?.date ?? null, start?.precision ?? null];
      }),
    );
    const id = (a: DatasetAgreement) => ids.get(rowKey([a.key]))!;
    const links: [string, string, (a: DatasetAgreement) => number[]][] = [
      ['agreement_country', 'country_id', (a) => a.countries.map((c) => this.party(c))],
      [
        'agreement_organization',
        'organization_id',
        (a) => (a.organizations ?? []).map((k) => this.orgIds.get(k)),
      ],
      ['agreement_sector', 'sector_id', (a) => (a.sectors ?? []).map((c) => this.sectorIds.get(c))],
      ['agreement_source', 'source_id', (a) => a.sources.map((u) => this.sourceIds.get(u))],
    ];
    for (const [table, column, targets] of links) {
      await this.rows.link(
        table,
        'agreement_id',
        column,
        agreements.flatMap((a) => targets(a).map((t): [number, number] => [id(a), t])),
      );
    }
  }
}

async function upsertId<T extends { id: number }>(
  em: EntityManager,
  entity: new () => T,
  row: Partial<T>,
  conflict: (keyof T & string)[],
): Promise<number> {
  const [id] = await upsertRows(em, entity, [row], conflict);
  return id;
}
