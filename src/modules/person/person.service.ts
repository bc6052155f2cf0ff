import { DataSource } from 'typeorm';
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { paginate, paginateNested } from '../../common/relay/pagination';
import { escapeLike } from '../../common/sql';
import { CountryService } from '../country/country.service';
import { PersonFilter } from './person.inputs';
import { Person } from './person.entity';
import { Position } from './position.entity';

export class PersonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
    private readonly countries: CountryService,
  ) {}

  byId(id: number | null): Promise<Person | null> {
    return this.loaders.ref(Person, id);
  }

  async list(filter: PersonFilter = {}, args: ConnectionArgs): Promise<ConnectionShape<Person>> {
    const query = this.dataSource.getRepository(Person).createQueryBuilder('person');
    if (filter.countryCodes?.length) {
      const countryIds = await this.countries.resolveCodes(
        filter.countryCodes,
        'filter.countryCodes',
      );
      query.andWhere('person.country_id = ANY(:countryIds)', { countryIds });
    }
    if (filter.search) {
      query.andWhere(
        '(person.name ILIKE :pattern OR EXISTS (SELECT 1 FROM unnest(person.aliases) alias WHERE alias ILIKE :pattern))',
        { pattern: `%${escapeLike(filter.search)}%` },
      );
    }
    if (filter.organizationId) {
      const organizationId = expectGlobalId(
        filter.organizationId,
        'Organization',
        'filter.organizationId',
      );
      query.andWhere(
        'EXISTS (SELECT 1 FROM position p WHERE p.person_id = person.id AND p.organization_id = :organizationId)',
        { organizationId },
      );
    }
    return paginate(query, args, {
      connection: 'people',
      kind: 'text',
      sort: 'person.name',
      id: 'person.id',
      direction: 'ASC',
      value: (person) => person.name,
    });
  }

  /** country.people for every country on the page, by name, in two statements. */
  forCountry(countryId: number, args: ConnectionArgs): Promise<ConnectionShape<Person>> {
    return this.loaders
      .get(`Country.people:${JSON.stringify(args)}`, (ids: readonly number[]) =>
        paginateNested(
          this.dataSource,
          Person,
          {
            connection: 'Country.people',
            kind: 'text',
            sql: 'SELECT country_id AS parent_id, id, name AS sort_value FROM person WHERE country_id = ANY($1)',
            params: [],
            direction: 'ASC',
          },
          ids,
          args,
        ),
      )
      .load(countryId);
  }

  /** Positions held, earliest first; positions without a start date come last. */
  async positions(person: Person): Promise<Position[]> {
    const positions = await this.loaders.byColumn(Position, 'personId').load(person.id);
    return [...positions].sort((a, b) =>
      (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999'),
    );
  }
}
