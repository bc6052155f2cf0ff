import { DataSource } from 'typeorm';
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { paginate } from '../../common/relay/pagination';
import { Country } from '../country/country.entity';
import { CountryService } from '../country/country.service';
import { Organization } from '../organization/organization.entity';
import { Sector } from '../sector/sector.entity';
import { SectorService } from '../sector/sector.service';
import { Source } from '../source/source.entity';
import { Agreement } from './agreement.entity';
import { AgreementFilter } from './agreement.inputs';

export class AgreementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
    private readonly countries: CountryService,
    private readonly sectors: SectorService,
  ) {}

  byId(id: number | null): Promise<Agreement | null> {
    return this.loaders.ref(Agreement, id);
  }

  async list(
    filter: AgreementFilter = {},
    args: ConnectionArgs,
  ): Promise<ConnectionShape<Agreement>> {
    const query = this.dataSource.getRepository(Agreement).createQueryBuilder('agreement');
    const countryIds = await this.countries.resolveCodes(
      filter.countryCodes ?? [],
      'filter.countryCodes',
    );
    countryIds.forEach((countryId, index) => {
      query.andWhere(
        `EXISTS (SELECT 1 FROM agreement_country ac WHERE ac.agreement_id = agreement.id AND ac.country_id = :country${index})`,
        { [`country${index}`]: countryId },
      );
    });
    if (filter.sectorCodes?.length) {
      const sectorIds = await this.sectors.resolveCodes(filter.sectorCodes, 'filter.sectorCodes', {
        withDescendants: true,
      });
      query.andWhere(
        'EXISTS (SELECT 1 FROM agreement_sector s WHERE s.agreement_id = agreement.id AND s.sector_id = ANY(:sectorIds))',
        { sectorIds },
      );
    }
    if (filter.kind) query.andWhere('agreement.kind = :kind', { kind: filter.kind });
    return paginate(query, args, {
      connection: 'agreements',
      kind: 'text',
      sort: 'agreement.name',
      id: 'agreement.id',
      direction: 'ASC',
      value: (agreement) => agreement.name,
    });
  }

  countriesOf(agreement: Agreement): Promise<Country[]> {
    return this.loaders.through(
      Country,
      'agreement_country',
      'agreement_id',
      'country_id',
      agreement.id,
    );
  }

  organizations(agreement: Agreement): Promise<Organization[]> {
    return this.loaders.through(
      Organization,
      'agreement_organization',
      'agreement_id',
      'organization_id',
      agreement.id,
    );
  }

  sectorsOf(agreement: Agreement): Promise<Sector[]> {
    return this.loaders.through(
      Sector,
      'agreement_sector',
      'agreement_id',
      'sector_id',
      agreement.id,
    );
  }

  sources(agreement: Agreement): Promise<Source[]> {
    return this.loaders.through(
      Source,
      'agreement_source',
      'agreement_id',
      'source_id',
      agreement.id,
    );
  }
}
