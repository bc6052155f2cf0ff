import { EntityManager } from 'typeorm';
import { upsertRows } from '../../common/database/upsert';
import { link } from '../../common/links';
import { parsePartialDate, PartialDate } from '../../common/partial-date';
import { Agreement, AgreementKind } from '../agreement/agreement.entity';
import { Country } from '../country/country.entity';
import { InterestStance, SectorInterest } from '../interest/interest.entity';
import { Meeting, MeetingKind } from '../meeting/meeting.entity';
import { Participant, ParticipantRole } from '../meeting/participant.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Position, PositionRank } from '../person/position.entity';
import { BilateralRelation } from '../relation/relation.entity';
import { Sector } from '../sector/sector.entity';
import { Source } from '../source/source.entity';
import {
  Dataset,
  DatasetAgreement,
  DatasetInterest,
  DatasetMeeting,
  DatasetOrganization,
  DatasetParticipant,
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
}

/**
 * Writes a validated dataset inside the caller's transaction, one step per kind of record, in
 * the order records refer to each other: each step matches its records by natural key and
 * keeps their ids for the steps after it.
 */
export async function writeDataset(em: EntityManager, data: Dataset): Promise<LoadSummary> {
  const writer = new DatasetWriter(em, await partyIds(em));
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

class DatasetWriter {
  private readonly sectorIds = new KeyMap();
  private readonly orgIds = new KeyMap();
  private readonly personIds = new KeyMap();
  private readonly sourceIds = new KeyMap();
  private readonly meetingIds = new KeyMap();

  constructor(
    private readonly em: EntityManager,
    private readonly parties: KeyMap,
  ) {}

  private party(code: string): number {
    return this.parties.get(code.trim().toUpperCase());
  }

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
    const { em } = this;
    for (const o of organizations) {
      const row = {
        key: o.key,
        name: o.name,
        acronym: o.acronym ?? null,
        kind: o.kind as OrganizationKind,
      };
      this.orgIds.set(o.key, await upsertId(em, Organization, row, ['key']));
    }
    for (const o of organizations) {
      const id = this.orgIds.get(o.key);
      await em.update(Organization, id, { parentId: this.orgIds.opt(o.parent) });
      const countryIds = o.countries.map((code) => this.party(code));
      await link(em, 'organization_country', 'organization_id', id, 'country_id', countryIds);
    }
  }

  /** People, then their positions (which may name any organization of the load). */
  async people(people: DatasetPerson[]): Promise<void> {
    for (const p of people) {
      const row = {
        key: p.key,
        name: p.name,
        aliases: p.aliases ?? [],
        countryId: p.country ? this.party(p.country) : null,
      };
      this.personIds.set(p.key, await upsertId(this.em, Person, row, ['key']));
    }
    for (const p of people) await this.positions(this.personIds.get(p.key), p);
  }

  private async positions(personId: number, person: DatasetPerson): Promise<void> {
    for (const pos of person.positions ?? []) {
      const start = partial(pos.start);
      const end = partial(pos.end);
      const values = {
        personId,
        title: pos.title,
        organizationId: this.orgIds.opt(pos.organization),
        rank: pos.rank as PositionRank,
        startDate: start?.date ?? null,
        startPrecision: start?.precision ?? null,
        endDate: end?.date ?? null,
        endPrecision: end?.precision ?? null,
      };
      const existing = await this.em.findOneBy(Position, { personId, title: pos.title });
      if (existing) await this.em.update(Position, existing.id, values);
      else await this.em.insert(Position, values);
    }
  }

  async sources(sources: DatasetSource[]): Promise<void> {
    for (const s of sources) {
      const row = {
        url: s.url,
        title: s.title,
        publisherId: this.orgIds.get(s.publisher),
        authorId: this.personIds.opt(s.author),
        citedBodyId: this.orgIds.opt(s.citedBody),
        publishedAt: new Date(s.publishedAt),
      };
      this.sourceIds.set(s.url, await upsertId(this.em, Source, row, ['url']));
    }
  }

  /**
   * Meetings, then their visits, parties, sources, participants and interests (a visit may come
   * later in the file). Answers how many interests were written.
   */
  async meetings(meetings: DatasetMeeting[]): Promise<number> {
    const { em } = this;
    for (const m of meetings) {
      const start = partial(m.start)!;
      const end = partial(m.end);
      const row = {
        key: m.key,
        title: m.title,
        kind: m.kind as MeetingKind,
        startDate: start.date,
        datePrecision: start.precision,
        endDate: end?.date ?? null,
        endDatePrecision: end?.precision ?? null,
        city: m.city ?? null,
        placeCountryId: m.placeCountry ? this.party(m.placeCountry) : null,
        hostCountryId: m.hostCountry ? this.party(m.hostCountry) : null,
        summary: m.summary,
      };
      this.meetingIds.set(m.key, await upsertId(em, Meeting, row, ['key']));
    }
    let interests = 0;
    for (const m of meetings) {
      const meetingId = this.meetingIds.get(m.key);
      await em.update(Meeting, meetingId, { visitId: this.meetingIds.opt(m.visit) });
      const partyIds = m.parties.map((code) => this.party(code));
      await link(em, 'meeting_party', 'meeting_id', meetingId, 'country_id', partyIds);
      const sourceIds = m.sources.map((u) => this.sourceIds.get(u));
      await link(em, 'meeting_source', 'meeting_id', meetingId, 'source_id', sourceIds);
      for (const p of m.participants ?? []) await this.participant(meetingId, p);
      for (const it of m.interests ?? []) await this.interest(meetingId, it);
      interests += m.interests?.length ?? 0;
    }
    return interests;
  }

  /** A named participant is matched by person, an unnamed one by its description. */
  private async participant(meetingId: number, p: DatasetParticipant): Promise<void> {
    const values = {
      meetingId,
      personId: this.personIds.opt(p.person),
      description: p.description ?? null,
      countryId: this.party(p.country),
      organizationId: this.orgIds.opt(p.organization),
      role: p.role as ParticipantRole,
      capacity: p.capacity ?? null,
      ...(p.evidence ? { evidence: p.evidence } : {}),
    };
    const existing = await this.em
      .getRepository(Participant)
      .createQueryBuilder('p')
      .where('p.meeting_id = :meetingId', { meetingId })
      .andWhere(
        values.personId !== null
          ? 'p.person_id = :personId'
          : 'p.person_id IS NULL AND p.description = :description',
        values,
      )
      .getOne();
    if (existing) await this.em.update(Participant, existing.id, values);
    else await this.em.insert(Participant, values);
  }

  private async interest(meetingId: number, it: DatasetInterest): Promise<void> {
    const values = {
      meetingId,
      sectorId: this.sectorIds.get(it.sector),
      countryId: this.party(it.country),
      partnerId: this.party(it.partner),
      speakerId: this.personIds.opt(it.speaker),
      stance: it.stance as InterestStance,
      note: it.note,
      sourceId: this.sourceIds.get(it.source),
      ...(it.evidence ? { evidence: it.evidence } : {}),
    };
    await upsertRows(
      this.em,
      SectorInterest,
      [values],
      ['meetingId', 'sectorId', 'countryId', 'partnerId', 'stance'],
    );
  }

  async relations(relations: DatasetRelation[]): Promise<void> {
    for (const r of relations) {
      const [a, b] = r.parties.map((code) => this.party(code)).sort((x, y) => x - y);
      const established = partial(r.established)!;
      const row = {
        countryAId: a,
        countryBId: b,
        establishedOn: established.date,
        establishedPrecision: established.precision,
        note: r.note ?? null,
      };
      const id = await upsertId(this.em, BilateralRelation, row, ['countryAId', 'countryBId']);
      const sourceIds = r.sources.map((u) => this.sourceIds.get(u));
      await link(
        this.em,
        'bilateral_relation_source',
        'bilateral_relation_id',
        id,
        'source_id',
        sourceIds,
      );
    }
  }

  /** Agreements and their parties, organizations, sectors and sources. */
  async agreements(agreements: DatasetAgreement[]): Promise<void> {
    const { em } = this;
    for (const a of agreements) {
      const start = partial(a.start);
      const row = {
        key: a.key,
        name: a.name,
        kind: a.kind as AgreementKind,
        summary: a.summary,
        startDate: start?.date ?? null,
        startPrecision: start?.precision ?? null,
      };
      const id = await upsertId(em, Agreement, row, ['key']);
      const links: [string, string, number[]][] = [
        ['agreement_country', 'country_id', a.countries.map((code) => this.party(code))],
        [
          'agreement_organization',
          'organization_id',
          (a.organizations ?? []).map((k) => this.orgIds.get(k)),
        ],
        ['agreement_sector', 'sector_id', (a.sectors ?? []).map((c) => this.sectorIds.get(c))],
        ['agreement_source', 'source_id', a.sources.map((u) => this.sourceIds.get(u))],
      ];
      for (const [table, column, ids] of links) {
        await link(em, table, 'agreement_id', id, column, ids);
      }
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
