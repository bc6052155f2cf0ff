import { DataSource } from 'typeorm';
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { paginate } from '../../common/relay/pagination';
import { escapeLike } from '../../common/sql';
import { Country } from '../country/country.entity';
import { CountryService } from '../country/country.service';
import { Organization } from './organization.entity';
import {
  CreateOrganizationInput,
  OrganizationFilter,
  UpdateOrganizationInput,
} from './organization.inputs';
import type { AtlasUser } from '../../common/auth/roles';
import { assertValid } from '../../common/user-errors';
import {
  createIdempotent,
  deleteRow,
  globalIdOrFail,
  mutate,
  throwIfAny,
  updateVersioned,
} from '../../common/writes';
import { link, relink } from '../../common/links';
import { References } from '../references/references';

export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
    private readonly countries: CountryService,
  ) {}

  byId(id: number | null): Promise<Organization | null> {
    return this.loaders.ref(Organization, id);
  }

  async list(
    filter: OrganizationFilter = {},
    args: ConnectionArgs,
  ): Promise<ConnectionShape<Organization>> {
    const query = this.dataSource.getRepository(Organization).createQueryBuilder('org');
    if (filter.kind) query.andWhere('org.kind = :kind', { kind: filter.kind });
    if (filter.countryCode) {
      const countryId = await this.countries.resolveCode(filter.countryCode, 'filter.countryCode');
      query.andWhere(
        'EXISTS (SELECT 1 FROM organization_country oc WHERE oc.organization_id = org.id AND oc.country_id = :countryId)',
        { countryId },
      );
    }
    if (filter.search) {
      query.andWhere('(org.name ILIKE :pattern OR org.acronym ILIKE :pattern)', {
        pattern: `%${escapeLike(filter.search)}%`,
      });
    }
    return paginate(query, args, {
      connection: 'organizations',
      kind: 'text',
      sort: 'org.name',
      id: 'org.id',
      direction: 'ASC',
      value: (org) => org.name,
    });
  }

  countriesOf(organization: Organization): Promise<Country[]> {
    return this.loaders.through(
      Country,
      'organization_country',
      'organization_id',
      'country_id',
      organization.id,
    );
  }

  children(organization: Organization): Promise<Organization[]> {
    return this.loaders.byColumn(Organization, 'parentId', 'name').load(organization.id);
  }
}

/** Writes of organizations; each method is one audited transaction answering userErrors. */
export class OrganizationWriter {
  constructor(private readonly dataSource: DataSource) {}

  create(input: CreateOrganizationInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'createOrganization', async (em) => {
      await assertValid(input);
      const refs = new References(em);
      const countryIds: number[] = [];
      for (const [i, code] of input.countries.entries()) {
        countryIds.push(await refs.party(code, ['input', 'countries', i]));
      }
      const parentId = input.parent
        ? await refs.organization(input.parent, ['input', 'parent'])
        : null;
      throwIfAny(refs.errors);
      const { result, created } = await createIdempotent(
        em,
        Organization,
        'Organization',
        { key: input.key },
        { name: input.name, kind: input.kind, acronym: input.acronym ?? null, parentId },
        ['input', 'key'],
      );
      if (created)
        await link(
          em,
          'organization_country',
          'organization_id',
          result.id,
          'country_id',
          countryIds,
        );
      return { result };
    });
  }

  update(input: UpdateOrganizationInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'updateOrganization', async (em) => {
      await assertValid(input);
      const id = globalIdOrFail(input.id, 'Organization', ['input', 'id']);
      const refs = new References(em);
      const countryIds: number[] = [];
      for (const [i, code] of (input.countries ?? []).entries()) {
        countryIds.push(await refs.party(code, ['input', 'countries', i]));
      }
      throwIfAny(refs.errors);
      const result = await updateVersioned(
        em,
        Organization,
        'Organization',
        id,
        input.version,
        {
          name: input.name,
          kind: input.kind,
          acronym: input.acronym === '' ? null : input.acronym,
        },
        async () =>
          input.countries
            ? relink(em, 'organization_country', 'organization_id', id, 'country_id', countryIds)
            : 0,
      );
      return { result };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'deleteOrganization', async (em) => {
      await deleteRow(
        em,
        Organization,
        'Organization',
        globalIdOrFail(id, 'Organization', ['id']),
        version,
      );
      return { deletedId: id };
    });
  }
}
