import {
  ArrayMaxSize,
  IsOptional,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { EntityManager } from 'typeorm';
import { fromGlobalId } from '../../common/relay/global-id';
import { UserError, userError, UserErrorCode } from '../../common/user-errors';
import { partialDateInput } from '../../common/writes';
import { Country } from '../country/country.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Position, PositionRank } from '../person/position.entity';
import { Sector } from '../sector/sector.entity';
import { Source } from '../source/source.entity';

export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KEY_MESSAGE = 'must be lowercase kebab-case (a-z, 0-9, single hyphens)';
export const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'A position of a person created along with the person.' })
export class PositionInput {
  @Field({ description: 'Title as reported, e.g. "Minister of Foreign Affairs".' })
  @MaxLength(500)
  title!: string;

  @Field({ nullable: true, description: 'Key of the organization the office belongs to.' })
  @IsOptional()
  @MaxLength(200)
  organization?: string;

  @Field(() => PositionRank, { description: 'Rank of the position.' })
  rank!: PositionRank;

  @Field({ nullable: true, description: 'Start: "YYYY", "YYYY-MM" or "YYYY-MM-DD".' })
  @IsOptional()
  @MaxLength(10)
  start?: string;

  @Field({ nullable: true, description: 'End: "YYYY", "YYYY-MM" or "YYYY-MM-DD".' })
  @IsOptional()
  @MaxLength(10)
  end?: string;
}

@InputType({
  description:
    'A person: by `id`, or by `key`. With `name` too, a person not yet stored is created (an existing one is used as it is).',
})
export class PersonRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing person.' })
  @IsOptional()
  id?: string;

  @Field({ nullable: true, description: 'Natural key, e.g. "suh-byung-soo".' })
  @IsOptional()
  @MaxLength(200)
  @Matches(KEY_PATTERN, { message: `key ${KEY_MESSAGE}` })
  key?: string;

  @Field({ nullable: true, description: 'Full name (to create the person).' })
  @IsOptional()
  @MaxLength(300)
  name?: string;

  @Field({ nullable: true, description: 'Party code of the person\u2019s country (to create).' })
  @IsOptional()
  @MaxLength(8)
  country?: string;

  @Field(() => [PositionInput], { nullable: true, description: 'Positions (to create).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  positions?: PositionInput[];
}

@InputType({
  description:
    'An organization: by `id`, or by `key`. With `name`, `kind` and `countries` too, one not yet stored is created.',
})
export class OrganizationRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing organization.' })
  @IsOptional()
  id?: string;

  @Field({ nullable: true, description: 'Natural key, e.g. "az-mfa".' })
  @IsOptional()
  @MaxLength(200)
  @Matches(KEY_PATTERN, { message: `key ${KEY_MESSAGE}` })
  key?: string;

  @Field({ nullable: true, description: 'Name in English (to create).' })
  @IsOptional()
  @MaxLength(500)
  name?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind of body (to create).' })
  @IsOptional()
  kind?: OrganizationKind;

  @Field({ nullable: true, description: 'Short name or acronym (to create).' })
  @IsOptional()
  @MaxLength(50)
  acronym?: string;

  @Field(() => [String], { nullable: true, description: 'Party codes it belongs to (to create).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(8, { each: true })
  countries?: string[];

  @Field({ nullable: true, description: 'Key of the body it is part of (to create).' })
  @IsOptional()
  @MaxLength(200)
  parent?: string;
}

@InputType({
  description:
    'A sector: by `id`, or by `code`. With `name` and `description` too, one not yet stored is created.',
})
export class SectorRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing sector.' })
  @IsOptional()
  id?: string;

  @Field({ nullable: true, description: 'Sector code, e.g. "alternative-energy".' })
  @IsOptional()
  @MaxLength(64)
  @Matches(KEY_PATTERN, { message: `code ${KEY_MESSAGE}` })
  code?: string;

  @Field({ nullable: true, description: 'Name in English (to create).' })
  @IsOptional()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'What the sector covers (to create).' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field({ nullable: true, description: 'Code of the broader sector (to create).' })
  @IsOptional()
  @MaxLength(64)
  parent?: string;

  @Field({ nullable: true, description: 'OECD DAC CRS code (to create).' })
  @IsOptional()
  @MaxLength(8)
  crsCode?: string;
}

@InputType({
  description:
    'A source: by `id`, or by `url`. With `title`, `publisher` and `publishedAt` too, one not yet stored is created.',
})
export class SourceRefInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of an existing source.' })
  @IsOptional()
  id?: string;

  @Field({ nullable: true, description: 'Canonical http(s) URL, the natural key.' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(URL_OPTIONS, { message: 'url must be an http(s) URL' })
  url?: string;

  @Field({ nullable: true, description: 'Title of the report (to create).' })
  @IsOptional()
  @MaxLength(1000)
  title?: string;

  @Field(() => OrganizationRefInput, { nullable: true, description: 'Publisher (to create).' })
  @IsOptional()
  @ValidateNested()
  publisher?: OrganizationRefInput;

  @Field(() => PersonRefInput, { nullable: true, description: 'Author, if named (to create).' })
  @IsOptional()
  @ValidateNested()
  author?: PersonRefInput;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Publication time (to create).' })
  @IsOptional()
  publishedAt?: Date;

  @Field(() => OrganizationRefInput, {
    nullable: true,
    description: 'Body the report cites (to create).',
  })
  @IsOptional()
  @ValidateNested()
  citedBody?: OrganizationRefInput;
}

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
    const id = await this.once(`party:${upper}`, async () => {
      const found = await this.em
        .getRepository(Country)
        .createQueryBuilder('c')
        .where('c.code = :upper OR c.alpha3 = :upper', { upper })
        .getOne();
      return found?.id ?? 0;
    });
    if (!id) {
      this.error(
        path,
        `unknown country or party code ${JSON.stringify(code)}`,
        UserErrorCode.NOT_FOUND,
      );
    }
    return id;
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
      return def ? spec.create(def, key) : 0;
    });
    if (!id && !this.errors.some((e) => e.field.join('.').startsWith(path.join('.')))) {
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
      key: input.code?.trim().toLowerCase(),
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
        const row = await this.em.save(
          this.em.create(Sector, {
            code,
            name: d.name!,
            description: d.description,
            parentId,
            crsCode: d.crsCode ?? null,
          }),
        );
        return row.id;
      },
    });
  }

  async organization(ref: OrganizationRefInput | string | undefined, path: Path): Promise<number> {
    const input: OrganizationRefInput = typeof ref === 'string' ? { key: ref } : (ref ?? {});
    return this.resolve(input, path, {
      entity: Organization,
      type: 'Organization',
      label: 'organization',
      column: 'key',
      key: input.key?.trim(),
      isDefinition: !!input.name,
      definitions: this.orgs,
      hint: 'give name, kind and countries to create it',
      create: async ({ ref: d, path: at }, key) => {
        if (!d.kind)
          this.error(
            [...at, 'kind'],
            'is required to create an organization',
            UserErrorCode.REQUIRED,
          );
        const countryIds = await Promise.all(
          (d.countries ?? []).map((c, i) => this.party(c, [...at, 'countries', i])),
        );
        const parentId = d.parent ? await this.organization(d.parent, [...at, 'parent']) : null;
        if (!d.kind || countryIds.includes(0) || parentId === 0) return 0;
        const row = await this.em.save(
          this.em.create(Organization, {
            key,
            name: d.name!,
            kind: d.kind,
            acronym: d.acronym ?? null,
            parentId,
          }),
        );
        await link(
          this.em,
          'organization_country',
          'organization_id',
          row.id,
          'country_id',
          countryIds,
        );
        return row.id;
      },
    });
  }

  async person(ref: PersonRefInput | string | undefined, path: Path): Promise<number> {
    const input: PersonRefInput = typeof ref === 'string' ? { key: ref } : (ref ?? {});
    return this.resolve(input, path, {
      entity: Person,
      type: 'Person',
      label: 'person',
      column: 'key',
      key: input.key?.trim(),
      isDefinition: !!input.name,
      definitions: this.people,
      hint: 'give a name to create the person',
      create: async ({ ref: d, path: at }, key) => {
        const countryId = d.country ? await this.party(d.country, [...at, 'country']) : null;
        if (countryId === 0) return 0;
        const person = await this.em.save(
          this.em.create(Person, { key, name: d.name!, countryId }),
        );
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
            personId: person.id,
            title: pos.title,
            rank: pos.rank,
            organizationId,
            startDate: start?.date ?? null,
            startPrecision: start?.precision ?? null,
            endDate: end?.date ?? null,
            endPrecision: end?.precision ?? null,
          });
        }
        return person.id;
      },
    });
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
        const row = await this.em.save(
          this.em.create(Source, {
            url,
            title: d.title!,
            publisherId,
            authorId,
            citedBodyId,
            publishedAt: d.publishedAt,
          }),
        );
        return row.id;
      },
    });
  }
}

/** Makes an owner's links exactly `targetIds`: removes the others, adds the missing ones. */
export async function relink(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: number,
  targetColumn: string,
  targetIds: number[],
): Promise<void> {
  await em.query(
    `DELETE FROM "${table}" WHERE "${ownerColumn}" = $1 AND NOT ("${targetColumn}" = ANY($2::int[]))`,
    [ownerId, targetIds],
  );
  await link(em, table, ownerColumn, ownerId, targetColumn, targetIds);
}

/** Inserts (owner, target) pairs into a join table, ignoring pairs already there. */
export async function link(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: number,
  targetColumn: string,
  targetIds: number[],
): Promise<void> {
  const ids = [...new Set(targetIds.filter((id) => id > 0))];
  if (ids.length === 0) return;
  await em.query(
    `INSERT INTO "${table}" ("${ownerColumn}", "${targetColumn}")
     SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
    [ownerId, ids],
  );
}
