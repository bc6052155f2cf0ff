import { EntityManager } from 'typeorm';
import { BulkRows, rowKey } from '../../common/database/bulk-rows';
import { RowColumn, RowWriter } from '../../common/database/row-writer';
import { upsertRows } from '../../common/database/upsert';
import { parsePartialDate, PartialDate } from '../../common/partial-date';
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

function partial(text: string | undefined): PartialDate | null {
  return text ? parsePartialDate(text) : null;
}

/** Ids by natural key for one load; every lookup after validation is known to resolve. */
class KeyMap {
  private readonly ids = new Map<string, number>();
  set(key: string, id: number) {
    this.ids.set(key, id);
  }
  get(key: string): number {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`unresolved key ${key}`);
    return id;
  }
  opt(key: string | undefined): number | null {
    return key === undefined ? null : this.get(key);
  }
  static from(ids: Map<string, number>): KeyMap {
    const map = new KeyMap();
    for (const [key, id] of ids) map.set(key, id);
    return map;
  }
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
): Promise<LoadSummary> {
  const writer = new DatasetWriter(em, await partyIds(em), seconds);
  await writer.sectors(data.sectors ?? []);
  await writer.organizations(data.organizations ?? []);
  await writer.people(data.people ?? []);
  await writer.sources(data.sources ?? []);
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

type Row = unknown[];

const EVIDENCE_DEFAULT = "'[]'::jsonb";

class DatasetWriter {
  private readonly sectorIds = new KeyMap();
  private orgIds = new KeyMap();
  private personIds = new KeyMap();
  private sourceIds = new KeyMap();
  private meetingIds = new KeyMap();
  private readonly rows: BulkRows;

  constructor(
    private readonly em: EntityManager,
    private readonly parties: KeyMap,
    seconds?: Map<string, number>,
  ) {
    this.rows = new BulkRows(em, new RowWriter(seconds));
  }

  private party(code: string): number {
    return this.parties.get(code.trim().toUpperCase());
  }

  private optParty(code: string | undefined | null): number | null {
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

  /**
   * Meetings, then their visits, parties, sources, participants and interests (a visit may come
   * later in the file). Answers how many interests were written.
   */
  async meetings(meetings: DatasetMeeting[]): Promise<number> {
    const ids = await this.rows.upsert(
      'meeting',
      MEETING_COLUMNS,
      meetings.map((m) => this.meetingRow(m)),
    );
    this.meetingIds = KeyMap.from(ids);
    const id = (m: DatasetMeeting) => this.meetingIds.get(m.key);
    await this.rows.setColumn(
      'meeting',
      'visit_id',
      'int',
      meetings.map((m) => [id(m), this.meetingIds.opt(m.visit)]),
    );
    await this.rows.link(
      'meeting_party',
      'meeting_id',
      'country_id',
      meetings.flatMap((m) => m.parties.map((c): [number, number] => [id(m), this.party(c)])),
    );
    await this.rows.link(
      'meeting_source',
      'meeting_id',
      'source_id',
      meetings.flatMap((m) =>
        m.sources.map((u): [number, number] => [id(m), this.sourceIds.get(u)]),
      ),
    );
    await this.participants(meetings);
    return this.interests(meetings);
  }

  private meetingRow(m: DatasetMeeting): Row {
    const start = partial(m.start)!;
    const end = partial(m.end);
    return [
      m.key,
      m.title,
      m.kind,
      start.date,
      start.precision,
      end?.date ?? null,
      end?.precision ?? null,
      m.city ?? null,
      this.optParty(m.placeCountry),
      this.optParty(m.hostCountry),
      m.summary,
    ];
  }

  /** A named participant is matched by person, an unnamed one by its description. */
  private async participants(meetings: DatasetMeeting[]): Promise<void> {
    const rows: Row[] = [];
    for (const m of meetings) {
      const meetingId = this.meetingIds.get(m.key);
      for (const p of m.participants ?? []) {
        const personId = this.personIds.opt(p.person);
        rows.push([
          meetingId,
          personId,
          p.description ?? null,
          this.party(p.country),
          this.orgIds.opt(p.organization),
          p.role,
          p.capacity ?? null,
          p.evidence ? JSON.stringify(p.evidence) : null,
        ]);
      }
    }
    await this.rows.merge(
      {
        table: 'participant',
        columns: PARTICIPANT_COLUMNS,
        identity: ([meeting, person, text]) => [meeting, person, person === null ? text : null],
        match: `t.meeting_id = v.meeting_id AND t.person_id IS NOT DISTINCT FROM v.person_id
                AND (v.person_id IS NOT NULL OR t.description = v.description)`,
        keep: { evidence: EVIDENCE_DEFAULT },
      },
      rows,
    );
  }

  private async interests(meetings: DatasetMeeting[]): Promise<number> {
    const rows: Row[] = [];
    for (const m of meetings) {
      const meetingId = this.meetingIds.get(m.key);
      for (const it of m.interests ?? []) {
        rows.push([
          meetingId,
          this.sectorIds.get(it.sector),
          this.party(it.country),
          this.optParty(it.partner),
          it.stance,
          this.personIds.opt(it.speaker),
          it.note,
          this.sourceIds.get(it.source),
          it.evidence ? JSON.stringify(it.evidence) : null,
        ]);
      }
    }
    await this.rows.merge(
      {
        table: 'sector_interest',
        columns: INTEREST_COLUMNS,
        identity: (row) => row.slice(0, 5),
        chunk: 50_000,
        match: `t.meeting_id = v.meeting_id AND t.sector_id = v.sector_id
                AND t.country_id = v.country_id AND t.partner_id IS NOT DISTINCT FROM v.partner_id
                AND t.stance = v.stance`,
        keep: { evidence: EVIDENCE_DEFAULT },
      },
      rows,
    );
    return rows.length;
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

const MEETING_COLUMNS: RowColumn[] = [
  ['key', 'text'],
  ['title', 'text'],
  ['kind', 'meeting_kind'],
  ['start_date', 'date'],
  ['date_precision', 'date_precision'],
  ['end_date', 'date'],
  ['end_date_precision', 'date_precision'],
  ['city', 'text'],
  ['place_country_id', 'int'],
  ['host_country_id', 'int'],
  ['summary', 'text'],
];

const PARTICIPANT_COLUMNS: RowColumn[] = [
  ['meeting_id', 'int'],
  ['person_id', 'int'],
  ['description', 'text'],
  ['country_id', 'int'],
  ['organization_id', 'int'],
  ['role', 'participant_role'],
  ['capacity', 'text'],
  ['evidence', 'jsonb'],
];

const INTEREST_COLUMNS: RowColumn[] = [
  ['meeting_id', 'int'],
  ['sector_id', 'int'],
  ['country_id', 'int'],
  ['partner_id', 'int'],
  ['stance', 'interest_stance'],
  ['speaker_id', 'int'],
  ['note', 'text'],
  ['source_id', 'int'],
  ['evidence', 'jsonb'],
];

async function upsertId<T extends { id: number }>(
  em: EntityManager,
  entity: new () => T,
  row: Partial<T>,
  conflict: (keyof T & string)[],
): Promise<number> {
  const [id] = await upsertRows(em, entity, [row], conflict);
  return id;
}
