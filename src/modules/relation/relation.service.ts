import { DataSource } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { paginate } from '../../common/relay/pagination';
import { Country } from '../country/country.entity';
import { CountryService } from '../country/country.service';
import { Source } from '../source/source.entity';
import { BilateralRelation } from './relation.entity';

export interface Anniversary {
  years: number;
  date: string;
}

/** Whole years from `established` to `asOf` (both YYYY-MM-DD). */
export function yearsBetween(established: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(established.slice(0, 4));
  return asOf.slice(5) >= established.slice(5) ? years : years - 1;
}

/**
 * The first anniversary on or after `asOf` whose year count is a multiple of `every`. For a
 * date known only to the year, the anniversary falls in that year and its date is January 1.
 */
export function nextAnniversary(established: string, asOf: string, every: number): Anniversary {
  if (!Number.isInteger(every) || every < 1 || every > 100) {
    throw new BadUserInputError('every must be between 1 and 100', 'every');
  }
  const startYear = Number(established.slice(0, 4));
  const monthDay = established.slice(5);
  let years = Math.max(every, Math.ceil((Number(asOf.slice(0, 4)) - startYear) / every) * every);
  let date = `${startYear + years}-${monthDay}`;
  if (date < asOf) {
    years += every;
    date = `${startYear + years}-${monthDay}`;
  }
  return { years, date };
}

export class RelationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
    private readonly countries: CountryService,
  ) {}

  byId(id: number | null): Promise<BilateralRelation | null> {
    return this.loaders.ref(BilateralRelation, id);
  }

  async findPair(a: string, b: string): Promise<BilateralRelation | null> {
    const [idA, idB] = await Promise.all([
      this.countries.resolveCode(a, 'a'),
      this.countries.resolveCode(b, 'b'),
    ]);
    if (idA === idB) throw new BadUserInputError('a and b must be two different parties', 'b');
    return this.dataSource.getRepository(BilateralRelation).findOneBy({
      countryAId: Math.min(idA, idB),
      countryBId: Math.max(idA, idB),
    });
  }

  async list(
    countryCode: string | undefined,
    args: ConnectionArgs,
  ): Promise<ConnectionShape<BilateralRelation>> {
    const query = this.dataSource.getRepository(BilateralRelation).createQueryBuilder('rel');
    if (countryCode) {
      const countryId = await this.countries.resolveCode(countryCode, 'countryCode');
      query.where('(rel.country_a_id = :countryId OR rel.country_b_id = :countryId)', {
        countryId,
      });
    }
    return paginate(query, args, {
      connection: 'bilateralRelations',
      kind: 'date',
      sort: 'rel.establishedOn',
      id: 'rel.id',
      direction: 'ASC',
      value: (rel) => rel.establishedOn,
    });
  }

  async countriesOf(relation: BilateralRelation): Promise<Country[]> {
    const pair = await Promise.all([
      this.countries.byId(relation.countryAId),
      this.countries.byId(relation.countryBId),
    ]);
    return pair.filter((country): country is Country => country !== null);
  }

  sources(relation: BilateralRelation): Promise<Source[]> {
    return this.loaders.through(
      Source,
      'bilateral_relation_source',
      'bilateral_relation_id',
      'source_id',
      relation.id,
    );
  }
}
