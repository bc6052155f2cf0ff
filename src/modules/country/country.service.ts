import { preparedQuery } from '../../common/database/prepared-query';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { upsertRows } from '../../common/database/upsert';
import { Loaders } from '../../common/loaders';
import { escapeLike } from '../../common/sql';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { paginate } from '../../common/relay/pagination';
import { allParties } from './country-codes';
import { Country } from './country.entity';
import { CountryFilter, CountryOrder } from './country.inputs';

/** A party (country or international organization) by alpha-2, alpha-3 or org code, any case. */
export function partyByCode(em: EntityManager, code: string): Promise<Country | null> {
  const upper = code.trim().toUpperCase();
  return em
    .getRepository(Country)
    .createQueryBuilder('country')
    .where('country.code = :upper OR country.alpha3 = :upper', { upper })
    .getOne();
}

export async function partyIdByCode(em: EntityManager, code: string): Promise<number> {
  return (await partyByCode(em, code))?.id ?? 0;
}

export class CountryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(Country);
  }

  /** Inserts or refreshes every ISO country and organization party; safe to run on each start. */
  async syncReferenceData(): Promise<number> {
    const parties = allParties();
    await upsertRows(this.dataSource.manager, Country, parties, ['code']);
    return parties.length;
  }

  /** Finds a party by alpha-2, alpha-3 or organization code, in any letter case. */
  findByCode(code: string): Promise<Country | null> {
    return partyByCode(this.dataSource.manager, code);
  }

  /** Resolves codes to ids, naming every unknown code in one BAD_USER_INPUT error. */
  async resolveCodes(codes: readonly string[], field: string): Promise<number[]> {
    const upper = [...new Set(codes.map(normalCode))];
    if (upper.length === 0) return [];
    const ids = await this.idsByCode(upper);
    const unknown = upper.filter((code) => !ids.has(code));
    if (unknown.length) throw unknownCodes(unknown, field);
    return upper.map((code) => ids.get(code)!);
  }

  /** The codes of several arguments in one statement; an unknown one is named by its field. */
  async resolveFields(arguments_: readonly (readonly [code: string, field: string])[]) {
    const ids = await this.idsByCode([...new Set(arguments_.map(([code]) => normalCode(code)))]);
    return arguments_.map(([code, field]) => {
      const id = ids.get(normalCode(code));
      if (id === undefined) throw unknownCodes([normalCode(code)], field);
      return id;
    });
  }

  private async idsByCode(codes: string[]): Promise<Map<string, number>> {
    // Every analytics question starts here: prepared once per connection, not parsed each time.
    const rows = await preparedQuery<{ id: number; code: string; alpha3: string | null }>(
      this.dataSource,
      'SELECT id, code, alpha3 FROM country WHERE code = ANY($1) OR alpha3 = ANY($1)',
      [codes],
    );
    const ids = new Map<string, number>();
    for (const row of rows) {
      if (row.alpha3) ids.set(row.alpha3, row.id);
      ids.set(row.code, row.id);
    }
    return ids;
  }

  async resolveCode(code: string, field: string): Promise<number> {
    const [id] = await this.resolveCodes([code], field);
    return id;
  }

  byId(id: number | null): Promise<Country | null> {
    return this.loaders.ref(Country, id);
  }

  async list(
    filter: CountryFilter = {},
    args: ConnectionArgs,
    order: CountryOrder = CountryOrder.NAME_ASC,
  ): Promise<ConnectionShape<Country>> {
    const query = this.repository.createQueryBuilder('country');
    if (filter.kind) query.andWhere('country.kind = :kind', { kind: filter.kind });
    if (filter.search) {
      query.andWhere(
        '(country.name ILIKE :pattern OR country.code = :upper OR country.alpha3 = :upper)',
        { pattern: `%${escapeLike(filter.search)}%`, upper: filter.search.trim().toUpperCase() },
      );
    }
    return order === CountryOrder.CODE_ASC
      ? paginate(query, args, {
          connection: 'countries:CODE_ASC',
          kind: 'text',
          sort: 'country.code',
          id: 'country.id',
          direction: 'ASC',
          value: (c) => c.code,
        })
      : paginate(query, args, {
          connection: 'countries:NAME_ASC',
          kind: 'text',
          sort: 'country.name',
          id: 'country.id',
          direction: 'ASC',
          value: (c) => c.name,
        });
  }
}

const normalCode = (code: string) => code.trim().toUpperCase();

const unknownCodes = (codes: string[], field: string) =>
  new BadUserInputError(`Unknown country or party code: ${codes.join(', ')}`, field, 'NOT_FOUND');
