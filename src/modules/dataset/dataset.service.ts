import { DataSource, EntityManager } from 'typeorm';
import type { AtlasUser } from '../../common/auth/roles';
import { upsertRows } from '../../common/database/upsert';
import { AppError } from '../../common/errors';
import { link } from '../../common/links';
import {
  asPayload,
  UserError,
  userError,
  UserErrorCode,
  UserErrorsException,
} from '../../common/user-errors';
import { setActor } from '../../common/database/audit-actor';
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
import { LiveEvents, PendingEvents } from '../live/live-events';
import { Sector } from '../sector/sector.entity';
import { Source } from '../source/source.entity';
import { Dataset } from './dataset.types';
import { DatasetProblem, validateDataset } from './dataset.validator';

/** "$.meetings[1].interests[0].sector" as a field path: dataset, meetings, 1, interests, 0, sector. */
export function problemToUserError(problem: DatasetProblem, root = 'dataset'): UserError {
  const segments = problem.path
    .replace(/^\$\.?/, '')
    .split(/[.[\]]+/)
    .filter(Boolean);
  return userError(
    [root, ...segments],
    `${problem.path} ${problem.message}`,
    UserErrorCode[problem.code],
  );
}

export class DatasetInvalidError extends AppError {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `The dataset has ${problems.length} problem(s); nothing was written. First: ${problems[0].path} ${problems[0].message}`,
      'BAD_USER_INPUT',
      { problems },
    );
  }
}

export interface LoadOptions {
  actor?: AtlasUser;
  operation?: string;
}

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
 * Loads a dataset in one transaction, matching every record by its natural key, so loading the
 * same file again changes nothing. The seed and bulk import both go through here.
 */
export class DatasetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live = new LiveEvents(),
  ) {}

  /**
   * Validates, then writes in one transaction. `actor` and `operation` attribute the writes in
   * the audit log (the seed and the import CLI pass none: they show as the system).
   */
  async load(input: unknown, options: LoadOptions = {}): Promise<LoadSummary> {
    return (await this.loadCounting(input, options)).summary;
  }

  /**
   * Imports a dataset for the importDataset mutation and the import CLI: every problem of the
   * file comes back as a userError with its JSON path (nothing written), and `changes` counts
   * the audit rows this very transaction wrote, so concurrent writers are not counted.
   */
  import(dataset: unknown, actor?: AtlasUser, operation = 'importDataset') {
    return this.live.afterCommit(operation, (pending) =>
      asPayload(async () => {
        try {
          return await this.loadCounting(dataset, { actor, operation }, pending);
        } catch (error) {
          if (error instanceof DatasetInvalidError) {
            throw new UserErrorsException(error.problems.map((p) => problemToUserError(p)));
          }
          throw error;
        }
      }),
    );
  }

  private async loadCounting(
    input: unknown,
    options: LoadOptions,
    pending?: PendingEvents,
  ): Promise<{ summary: LoadSummary; changes: number }> {
    const problems = validateDataset(input);
    if (problems.length) throw new DatasetInvalidError(problems);
    const dataset = input as Dataset;
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, options.actor, options.operation ?? 'load');
      const summary = await this.write(manager, dataset);
      await pending?.writtenInTransaction(manager);
      const [{ n }]: { n: number }[] = await manager.query(
        'SELECT count(*)::int AS n FROM audit_log WHERE xmin = pg_current_xact_id()::xid',
      );
      return { summary, changes: n };
    });
  }

  private async write(em: EntityManager, data: Dataset): Promise<LoadSummary> {
    const parties = new KeyMap();
    for (const c of await em.getRepository(Country).find()) {
      parties.set(c.code, c.id);
      if (c.alpha3) parties.set(c.alpha3, c.id);
    }
    const party = (code: string) => parties.get(code.trim().toUpperCase());

    const sectors = new KeyMap();
    for (const s of data.sectors ?? []) {
      const row = {
        code: s.code,
        name: s.name,
        description: s.description,
        crsCode: s.crsCode ?? null,
        parentId: sectors.opt(s.parent),
        ...(s.synonyms ? { synonyms: s.synonyms } : {}),
      };
      sectors.set(s.code, await upsertId(em, Sector, row, ['code']));
    }

    const orgs = new KeyMap();
    for (const o of data.organizations ?? []) {
      const row = {
        key: o.key,
        name: o.name,
        acronym: o.acronym ?? null,
        kind: o.kind as OrganizationKind,
      };
      orgs.set(o.key, await upsertId(em, Organization, row, ['key']));
    }
    for (const o of data.organizations ?? []) {
      await em.update(Organization, orgs.get(o.key), { parentId: orgs.opt(o.parent) });
      await link(
        em,
        'organization_country',
        'organization_id',
        orgs.get(o.key),
        'country_id',
        o.countries.map(party),
      );
    }

    const people = new KeyMap();
    for (const p of data.people ?? []) {
      const row = {
        key: p.key,
        name: p.name,
        aliases: p.aliases ?? [],
        countryId: p.country ? party(p.country) : null,
      };
      people.set(p.key, await upsertId(em, Person, row, ['key']));
    }
    for (const p of data.people ?? []) {
      const personId = people.get(p.key);
      for (const pos of p.positions ?? []) {
        const start = partial(pos.start);
        const end = partial(pos.end);
        const values = {
          personId,
          title: pos.title,
          organizationId: orgs.opt(pos.organization),
          rank: pos.rank as PositionRank,
          startDate: start?.date ?? null,
          startPrecision: start?.precision ?? null,
          endDate: end?.date ?? null,
          endPrecision: end?.precision ?? null,
        };
        const existing = await em.findOneBy(Position, { personId, title: pos.title });
        if (existing) await em.update(Position, existing.id, values);
        else await em.insert(Position, values);
      }
    }

    const sources = new KeyMap();
    for (const s of data.sources ?? []) {
      const row = {
        url: s.url,
        title: s.title,
        publisherId: orgs.get(s.publisher),
        authorId: people.opt(s.author),
        citedBodyId: orgs.opt(s.citedBody),
        publishedAt: new Date(s.publishedAt),
      };
      sources.set(s.url, await upsertId(em, Source, row, ['url']));
    }

    const meetings = new KeyMap();
    let interestCount = 0;
    for (const m of data.meetings ?? []) {
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
        placeCountryId: m.placeCountry ? party(m.placeCountry) : null,
        hostCountryId: m.hostCountry ? party(m.hostCountry) : null,
        summary: m.summary,
      };
      meetings.set(m.key, await upsertId(em, Meeting, row, ['key']));
    }
    for (const m of data.meetings ?? []) {
      const meetingId = meetings.get(m.key);
      await em.update(Meeting, meetingId, { visitId: meetings.opt(m.visit) });
      await link(em, 'meeting_party', 'meeting_id', meetingId, 'country_id', m.parties.map(party));
      await link(
        em,
        'meeting_source',
        'meeting_id',
        meetingId,
        'source_id',
        m.sources.map((u) => sources.get(u)),
      );
      for (const p of m.participants ?? []) {
        const values = {
          meetingId,
          personId: people.opt(p.person),
          description: p.description ?? null,
          countryId: party(p.country),
          organizationId: orgs.opt(p.organization),
          role: p.role as ParticipantRole,
          capacity: p.capacity ?? null,
          ...(p.evidence ? { evidence: p.evidence } : {}),
        };
        const existing = await em
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
        if (existing) await em.update(Participant, existing.id, values);
        else await em.insert(Participant, values);
      }
      for (const it of m.interests ?? []) {
        const values = {
          meetingId,
          sectorId: sectors.get(it.sector),
          countryId: party(it.country),
          partnerId: party(it.partner),
          speakerId: people.opt(it.speaker),
          stance: it.stance as InterestStance,
          note: it.note,
          sourceId: sources.get(it.source),
          ...(it.evidence ? { evidence: it.evidence } : {}),
        };
        await upsertRows(
          em,
          SectorInterest,
          [values],
          ['meetingId', 'sectorId', 'countryId', 'partnerId', 'stance'],
        );
        interestCount += 1;
      }
    }

    for (const r of data.relations ?? []) {
      const [a, b] = r.parties.map(party).sort((x, y) => x - y);
      const established = partial(r.established)!;
      const row = {
        countryAId: a,
        countryBId: b,
        establishedOn: established.date,
        establishedPrecision: established.precision,
        note: r.note ?? null,
      };
      const id = await upsertId(em, BilateralRelation, row, ['countryAId', 'countryBId']);
      await link(
        em,
        'bilateral_relation_source',
        'bilateral_relation_id',
        id,
        'source_id',
        r.sources.map((u) => sources.get(u)),
      );
    }

    for (const a of data.agreements ?? []) {
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
      await link(em, 'agreement_country', 'agreement_id', id, 'country_id', a.countries.map(party));
      await link(
        em,
        'agreement_organization',
        'agreement_id',
        id,
        'organization_id',
        (a.organizations ?? []).map((k) => orgs.get(k)),
      );
      await link(
        em,
        'agreement_sector',
        'agreement_id',
        id,
        'sector_id',
        (a.sectors ?? []).map((c) => sectors.get(c)),
      );
      await link(
        em,
        'agreement_source',
        'agreement_id',
        id,
        'source_id',
        a.sources.map((u) => sources.get(u)),
      );
    }

    return {
      sectors: data.sectors?.length ?? 0,
      organizations: data.organizations?.length ?? 0,
      people: data.people?.length ?? 0,
      sources: data.sources?.length ?? 0,
      meetings: data.meetings?.length ?? 0,
      interests: interestCount,
      relations: data.relations?.length ?? 0,
      agreements: data.agreements?.length ?? 0,
    };
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
