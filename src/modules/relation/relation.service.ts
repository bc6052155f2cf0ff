import { DataSource } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { paginate } from '../../common/relay/pagination';
import { Country } from '../country/country.entity';
import { CountryService } from '../country/country.service';
import { Source } from '../source/source.entity';
import { BilateralRelation } from './relation.entity';
import { CreateRelationInput, UpdateRelationInput } from './relation.inputs';
import type { AtlasUser } from '../../common/auth/roles';
import { assertValid, UserError, userError } from '../../common/user-errors';
import {
  createIdempotent,
  deleteRow,
  globalIdOrFail,
  mutate,
  partialDateInput,
  throwIfAny,
  updateVersioned,
} from '../../common/writes';
import { link, relink } from '../../common/links';
import { References } from '../references/references';

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

/** Writes of bilateral relations; each method is one audited transaction answering userErrors. */
export class RelationWriter {
  constructor(private readonly dataSource: DataSource) {}

  create(input: CreateRelationInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'createBilateralRelation', async (em) => {
      await assertValid(input);
      const refs = new References(em);
      const a = await refs.party(input.parties[0], ['input', 'parties', 0]);
      const b = await refs.party(input.parties[1], ['input', 'parties', 1]);
      if (a && a === b)
        refs.errors.push(userError(['input', 'parties'], 'must be two different parties'));
      const established = partialDateInput(
        refs.errors,
        ['input', 'established'],
        input.established,
      );
      const sourceIds: number[] = [];
      for (const [i, url] of input.sources.entries())
        sourceIds.push(await refs.source(url, ['input', 'sources', i]));
      throwIfAny(refs.errors);
      const [countryAId, countryBId] = [a, b].sort((x, y) => x - y);
      const { result, created } = await createIdempotent(
        em,
        BilateralRelation,
        'BilateralRelation',
        { countryAId, countryBId },
        {
          establishedOn: established!.date,
          establishedPrecision: established!.precision,
          note: input.note ?? null,
        },
        ['input', 'parties'],
      );
      if (created)
        await link(
          em,
          'bilateral_relation_source',
          'bilateral_relation_id',
          result.id,
          'source_id',
          sourceIds,
        );
      return { result };
    });
  }

  update(input: UpdateRelationInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'updateBilateralRelation', async (em) => {
      await assertValid(input);
      const id = globalIdOrFail(input.id, 'BilateralRelation', ['input', 'id']);
      const errors: UserError[] = [];
      const established =
        input.established === undefined
          ? undefined
          : partialDateInput(errors, ['input', 'established'], input.established);
      throwIfAny(errors);
      const refs = new References(em);
      const sourceIds: number[] = [];
      for (const [i, url] of (input.sources ?? []).entries()) {
        sourceIds.push(await refs.source(url, ['input', 'sources', i]));
      }
      throwIfAny(refs.errors);
      const result = await updateVersioned(
        em,
        BilateralRelation,
        'BilateralRelation',
        id,
        input.version,
        {
          establishedOn: established?.date,
          establishedPrecision: established?.precision,
          note: input.note === '' ? null : input.note,
        },
        async () =>
          input.sources
            ? relink(
                em,
                'bilateral_relation_source',
                'bilateral_relation_id',
                id,
                'source_id',
                sourceIds,
              )
            : 0,
      );
      return { result };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'deleteBilateralRelation', async (em) => {
      await deleteRow(
        em,
        BilateralRelation,
        'BilateralRelation',
        globalIdOrFail(id, 'BilateralRelation', ['id']),
        version,
      );
      return { deletedId: id };
    });
  }
}
