import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { link } from '../../common/links';
import { keyFromName } from '../../common/names';
import { fromGlobalId } from '../../common/relay/global-id';
import { UserError, userError, UserErrorCode } from '../../common/user-errors';
import { partialDateInput } from '../../common/writes';
import { partyIdByCode } from '../country/country.service';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Position } from '../person/position.entity';
import { Sector } from '../sector/sector.entity';
import { sectorCodeKey } from '../sector/sector-code';
import { Source } from '../source/source.entity';
import {
  OrganizationRefInput,
  PersonRefInput,
  SectorRefInput,
  SourceRefInput,
} from './reference.inputs';
import { organizationIdByName, personIdByName, sameNameIdAtKey } from './name-lookups';

type Path = (string | number)[];
type Def<T> = { ref: T; path: Path };

/**
 * Resolves references by ID or natural key inside one write transaction, creating records
 * that are new. Definitions (references carrying the fields to create a record) are collected
 * from the whole input first, so a record defined anywhere may be referred to by key anywhere.
 * Problems are collected in `errors`, each with its input path; resolution goes on so one
 * call reports them all.
 */
export class References {
  readonly errors: UserError[] = [];
  private readonly ids = new Map<string, Promise<number>>();
  private readonly people = new Map<string, Def<PersonRefInput>>();
  private readonly orgs = new Map<string, Def<OrganizationRefInput>>();
  private readonly sectors = new Map<string, Def<SectorRefInput>>();
  private readonly sources = new Map<string, Def<SourceRefInput>>();

  constructor(private readonly em: EntityManager) {}

  private error(path: Path, message: string, code = UserErrorCode.INVALID) {
    this.errors.push(userError(path, message, code));
  }

  definePerson(ref: PersonRefInput | undefined, path: Path) {
    if (ref?.key && ref.name && !this.people.has(ref.key)) this.people.set(ref.key, { ref, path });
  }
  defineOrganization(ref: OrganizationRefInput | undefined, path: Path) {
    if (ref?.key && ref.name && !this.orgs.has(ref.key)) this.orgs.set(ref.key, { ref, path });
  }
  defineSector(ref: SectorRefInput | undefined, path: Path) {
    if (ref?.code && ref.name && !this.sectors.has(ref.code))
      this.sectors.set(ref.code, { ref, path });
  }
  defineSource(ref: SourceRefInput | undefined, path: Path) {
    if (!ref?.url || !ref.title) return;
    if (!this.sources.has(ref.url)) this.sources.set(ref.url, { ref, path });
    this.defineOrganization(ref.publisher, [...path, 'publisher']);
    this.definePerson(ref.author, [...path, 'author']);
    this.defineOrganization(ref.citedBody, [...path, 'citedBody']);
  }

  private once(key: string, work: () => Promise<number>): Promise<number> {
    let id = this.ids.get(key);
    if (!id) {
      id = work();
      this.ids.set(key, id);
    }
    return id;
  }

  private async byGlobalId(
    entity: new () => { id: number },
    type: string,
    globalId: string,
    path: Path,
  ): Promise<number> {
    let id: number;
    try {
      const resolved = fromGlobalId(globalId);
      if (resolved.type !== type) throw new Error();
      id = resolved.id;
    } catch {
      this.error([...path, 'id'], `must be the ID of a ${type}`, UserErrorCode.INVALID);
      return 0;
    }
    const found = await this.em.findOneBy(entity, { id } as never);
    if (!found)
      this.error([...path, 'id'], `no ${type} has the ID ${globalId}`, UserErrorCode.NOT_FOUND);
    return found ? id : 0;
  }

  /** A party (country or international organization) by alpha-2, alpha-3 or org code. */
  async party(code: string | undefined, path: Path): Promise<number> {
    const upper = (code ?? '').trim().toUpperCase();
    const id = await this.once(`party:${upper}`, () => partyIdByCode(this.em, upper));
    if (!id) {
      this.error(
        path,
        `unknown country or party code ${JSON.stringify(code)}`,
        UserErrorCode.NOT_FOUND,
      );
    }
    return id;
  }

  /** A party that may be left out (null or absent): null then, else as `party`. */
  async optionalParty(code: string | null | undefined, path: Path): Promise<number | null> {
    return code === undefined || code === null ? null : this.party(code, path);
  }

  /**
   * Inserts a row unless its natural key is taken (ON CONFLICT DO NOTHING): answers the new id,
   * or 0 when a concurrent writer stored the same key first (the caller then uses that row).
   */
  private async insertNew<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    row: Partial<T>,
  ): Promise<number> {
    const result = await this.em
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(row as never)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as { id: number }[])[0]?.id ?? 0;
  }

  /**
   * The shared path of every reference: by global ID; else by natural key, found in the
   * database, or created from its definition (given here or elsewhere in the input); else an
   * error naming the path. Each natural key is resolved once per transaction.
   */
  private async resolve<R extends { id?: string }>(
    input: R,
    path: Path,
    spec: {
      entity: new () => { id: number };
      type: string;
      label: string;
      column: string;
      key: string | undefined;
      isDefinition: boolean;
      definitions: Map<string, Def<R>>;
      hint: string;
      create: (def: Def<R>, key: string) => Promise<number>;
    },
  ): Promise<number> {
    if (input.id) return this.byGlobalId(spec.entity, spec.type, input.id, path);
    const key = spec.key;
    if (!key) {
      this.error(
        path,
        `give the ${spec.label}\u2019s id or ${spec.column}`,
        UserErrorCode.REQUIRED,
      );
      return 0;
    }
    const id = await this.once(`${spec.label}:${key}`, async () => {
      const existing = await this.em.findOneBy(spec.entity, { [spec.column]: key } as never);
      if (existing) return existing.id;
      const def = spec.isDefinition ? { ref: input, path } : spec.definitions.get(key);
      if (!def) return 0;
      return (
        (await spec.create(def, key)) ||
        ((await this.em.findOneBy(spec.entity, { [spec.column]: key } as never))?.id ?? 0)
      );
    });
    if (!id && !this.errors.some((e) => isUnder(e.field, path))) {
      this.error(
        path,
        `unknown ${spec.label} ${JSON.stringify(key)}; ${spec.hint}`,
        UserErrorCode.NOT_FOUND,
      );
    }
    return id;
  }

  async sector(ref: SectorRefInput | string | undefined, path: Path): Promise<number> {
    const input: SectorRefInput = typeof ref === 'string' ? { code: ref } : (ref ?? {});
    return this.resolve(input, path, {
      entity: Sector,
      type: 'Sector',
      label: 'sector',
      column: 'code',
      key: input.code == null ? undefined : sectorCodeKey(input.code),
      isDefinition: !!input.name,
      definitions: this.sectors,
      hint: 'give name and description to create it',
      create: async ({ ref: d, path: at }, code) => {
        if (!d.description)
          this.error(
            [...at, 'description'],
            'is required to create a sector',
            UserErrorCode.REQUIRED,
          );
        const parentId = d.parent ? await this.sector(d.parent, [...at, 'parent']) : null;
        if (!d.description || parentId === 0) return 0;
        return this.insertNew(Sector, {
          code,
          name: d.name!,
          description: d.description,
          parentId,
          crsCode: d.crsCode ?? null,
        });
      },
    });
  }

  async organization(ref: OrganizationRefInput | string | undefined, path: Path): Promise<number> {
    const input: OrganizationRefInput = typeof ref === 'string' ? { key: ref } : (ref ?? {});
    if (!input.id && !input.key && input.name?.trim()) return this.organizationByName(input, path);
    return this.resolve(input, path, {
      entity: Organization,
      type: 'Organization',
      label: 'organization',
      column: 'key',
      key: input.key?.trim(),
      isDefinition: !!input.name,
      definitions: this.orgs,
      hint: 'give name, kind and countries to create it',
      create: ({ ref: d, path: at }, key) => this.createOrganization(d, at, key),
    });
  }

  private async createOrganization(
    d: OrganizationRefInput,
    at: Path,
    key: string,
    kind = d.kind,
  ): Promise<number> {
    if (!kind)
      this.error([...at, 'kind'], 'is required to create an organization', UserErrorCode.REQUIRED);
    const countryIds = await Promise.all(
      (d.countries ?? []).map((c, i) => this.party(c, [...at, 'countries', i])),
    );
    const parentId = d.parent ? await this.organization(d.parent, [...at, 'parent']) : null;
    if (!kind || countryIds.includes(0) || parentId === 0) return 0;
    const id = await this.insertNew(Organization, {
      key,
      name: d.name!.trim(),
      kind,
      acronym: d.acronym ?? null,
      parentId,
    });
    if (id)
      await link(this.em, 'organization_country', 'organization_id', id, 'country_id', countryIds);
    return id;
  }

  /**
   * An organization given by name alone: the stored one whose name or acronym matches (ignoring
   * case and accents), else a new one (kind OTHER unless given) under a key made from the name.
   */
  private organizationByName(input: OrganizationRefInput, path: Path): Promise<number> {
    const name = input.name!.trim();
    return this.once(`organization-name:${name.toLowerCase()}`, async () => {
      const found = await organizationIdByName(this.em, name, input.acronym?.trim() || null);
      if (found) return found;
      return this.createUnderDerivedKey(name, 'organization', 'organization', (key) =>
        this.createOrganization(input, path, key, input.kind ?? OrganizationKind.OTHER),
      );
    });
  }

  /**
   * Creates a record under a key made from its name, adding -2, -3… while the key belongs to a
   * differently named record; a record of the same name stored meanwhile by a concurrent writer
   * is used instead.
   */
  private async createUnderDerivedKey(
    name: string,
    table: 'person' | 'organization',
    fallback: string,
    create: (key: string) => Promise<number>,
  ): Promise<number> {
    const base = keyFromName(name, fallback);
    const problems = this.errors.length;
    for (let n = 1; n <= 50; n += 1) {
      const key = n === 1 ? base : `${base}-${n}`;
      const id = await create(key);
      if (id || this.errors.length > problems) return id;
      const same = await sameNameIdAtKey(this.em, table, key, name);
      if (same) return same;
    }
    return 0;
  }

  async person(ref: PersonRefInput | string | undefined, path: Path): Promise<number> {
    const input: PersonRefInput = typeof ref === 'string' ? { key: ref } : (ref ?? {});
    if (!input.id && !input.key && input.name?.trim()) return this.personByName(input, path);
    return this.resolve(input, path, {
      entity: Person,
      type: 'Person',
      label: 'person',
      column: 'key',
      key: input.key?.trim(),
      isDefinition: !!input.name,
      definitions: this.people,
      hint: 'give a name to create the person',
      create: ({ ref: d, path: at }, key) => this.createPerson(d, at, key),
    });
  }

  /**
   * A person given by name (and country) alone: the stored one whose name or an alias matches
   * (ignoring case and accents; of the same country, or with none on either side), else a new
   * person under a key made from the name.
   */
  private personByName(input: PersonRefInput, path: Path): Promise<number> {
    const name = input.name!.trim();
    const country = (input.country ?? '').trim().toUpperCase();
    return this.once(`person-name:${name.toLowerCase()}:${country}`, async () => {
      const countryId = country ? await this.party(country, [...path, 'country']) : null;
      if (countryId === 0) return 0;
      const found = await personIdByName(this.em, name, countryId);
      if (found) return found;
      return this.createUnderDerivedKey(name, 'person', 'person', (key) =>
        this.createPerson({ ...input, name }, path, key),
      );
    });
  }

  private async createPerson(d: PersonRefInput, at: Path, key: string): Promise<number> {
    const countryId = d.country ? await this.party(d.country, [...at, 'country']) : null;
    if (countryId === 0) return 0;
    const personId = await this.insertNew(Person, { key, name: d.name!.trim(), countryId });
    if (!personId) return 0;
    for (const [i, pos] of (d.positions ?? []).entries()) {
      const here = [...at, 'positions', i];
      const organizationId = pos.organization
        ? await this.organization(pos.organization, [...here, 'organization'])
        : null;
      const start = partialDateInput(this.errors, [...here, 'start'], pos.start);
      const end = partialDateInput(this.errors, [...here, 'end'], pos.end);
      if (start && end && end.date < start.date)
        this.error([...here, 'end'], 'must not be before start');
      if (organizationId === 0) continue;
      await this.em.insert(Position, {
        personId,
        title: pos.title,
        rank: pos.rank,
        organizationId,
        startDate: start?.date ?? null,
        startPrecision: start?.precision ?? null,
        endDate: end?.date ?? null,
        endPrecision: end?.precision ?? null,
      });
    }
    return personId;
  }

  async source(ref: SourceRefInput | string | undefined, path: Path): Promise<number> {
    const input: SourceRefInput = typeof ref === 'string' ? { url: ref } : (ref ?? {});
    return this.resolve(input, path, {
      entity: Source,
      type: 'Source',
      label: 'source',
      column: 'url',
      key: input.url?.trim(),
      isDefinition: !!input.title,
      definitions: this.sources,
      hint: 'give title, publisher and publishedAt to create it',
      create: async ({ ref: d, path: at }, url) => {
        if (!d.publisher)
          this.error(
            [...at, 'publisher'],
            'is required to create a source',
            UserErrorCode.REQUIRED,
          );
        if (!d.publishedAt)
          this.error(
            [...at, 'publishedAt'],
            'is required to create a source',
            UserErrorCode.REQUIRED,
          );
        const publisherId = d.publisher
          ? await this.organization(d.publisher, [...at, 'publisher'])
          : 0;
        const authorId = d.author ? await this.person(d.author, [...at, 'author']) : null;
        const citedBodyId = d.citedBody
          ? await this.organization(d.citedBody, [...at, 'citedBody'])
          : null;
        if (!publisherId || !d.publishedAt || authorId === 0 || citedBodyId === 0) return 0;
        return this.insertNew(Source, {
          url,
          title: d.title!,
          publisherId,
          authorId,
          citedBodyId,
          publishedAt: d.publishedAt,
        });
      },
    });
  }
}

/** True when `field` is `path` or lies under it (compared segment by segment). */
export function isUnder(field: readonly string[], path: Path): boolean {
  return path.length <= field.length && path.every((segment, i) => String(segment) === field[i]);
}
