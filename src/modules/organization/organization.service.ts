import { DataSource } from 'typeorm';
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { paginate } from '../../common/relay/pagination';
import { escapeLike } from '../../common/sql';
import { Country } from '../country/country.entity';
import { CountryService } from '../country/country.service';
import { Organization } from './organization.entity';
import { OrganizationFilter } from './organization.inputs';

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
