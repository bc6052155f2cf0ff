import { DataSource, IsNull } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { paginate } from '../../common/relay/pagination';
import { sectorCodeKey } from './sector-code';
import { Sector } from './sector.entity';

export class SectorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
  ) {}

  findByCode(code: string): Promise<Sector | null> {
    return this.dataSource.getRepository(Sector).findOneBy({ code: sectorCodeKey(code) });
  }

  byId(id: number | null): Promise<Sector | null> {
    return this.loaders.ref(Sector, id);
  }

  children(sector: Sector): Promise<Sector[]> {
    return this.loaders.byColumn(Sector, 'parentId', 'code').load(sector.id);
  }

  /** Sectors mapped to a CRS code; a 3-digit category also takes the sectors of its codes. */
  byCrsCode(code: string): Promise<Sector[]> {
    const key = code.trim();
    return this.dataSource
      .getRepository(Sector)
      .createQueryBuilder('sector')
      .where(key.length === 3 ? 'left(sector.crsCode, 3) = :key' : 'sector.crsCode = :key', {
        key,
      })
      .orderBy('sector.code')
      .getMany();
  }

  list(topLevelOnly: boolean, args: ConnectionArgs): Promise<ConnectionShape<Sector>> {
    const query = this.dataSource.getRepository(Sector).createQueryBuilder('sector');
    if (topLevelOnly) query.where({ parentId: IsNull() });
    return paginate(query, args, {
      connection: 'sectors',
      kind: 'text',
      sort: 'sector.code',
      id: 'sector.id',
      direction: 'ASC',
      value: (sector) => sector.code,
    });
  }

  /**
   * Sector ids by code, for read filters; an unknown code fails naming the field. With
   * `withDescendants`, every sub-sector's id too, so a parent matches its children.
   */
  async resolveCodes(
    codes: readonly string[],
    field: string,
    { withDescendants = false } = {},
  ): Promise<number[]> {
    const keys = [...new Set(codes.map(sectorCodeKey))];
    if (keys.length === 0) return [];
    const rows: { id: number; root_code: string }[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id, code AS root_code FROM sector WHERE code = ANY($1)
         UNION
         SELECT s.id, t.root_code FROM sector s JOIN tree t ON s.parent_id = t.id WHERE $2
       )
       SELECT id, root_code FROM tree`,
      [keys, withDescendants],
    );
    const unknown = keys.filter((code) => !rows.some((row) => row.root_code === code));
    if (unknown.length) {
      throw new BadUserInputError(`Unknown sector code: ${unknown.join(', ')}`, field);
    }
    return [...new Set(rows.map((row) => row.id))];
  }
}
