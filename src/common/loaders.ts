import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';

type WithId = ObjectLiteral & { id: number };

/**
 * Per-request DataLoaders. Every relation field resolves through one of these, so a page of
 * 100 items costs the same number of SQL statements as a page of 5.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The loader registered under `key` in this request, created on first use. */
  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  byId<T extends WithId>(entity: EntityTarget<T>): DataLoader<number, T | null> {
    const name = this.dataSource.getMetadata(entity).name;
    return this.get(`${name}.id`, async (ids: readonly number[]) => {
      const rows = await this.dataSource
        .getRepository(entity)
        .findBy({ id: In([...ids]) } as never);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Loads a nullable many-to-one reference through the byId loader. */
  async ref<T extends WithId>(entity: EntityTarget<T>, id: number | null): Promise<T | null> {
    return id == null ? null : this.byId(entity).load(id);
  }

  /** One-to-many: the rows of `entity` whose `column` equals each key, ordered by `orderBy`. */
  byColumn<T extends WithId>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    orderBy: keyof T & string = 'id',
  ): DataLoader<number, T[]> {
    const name = this.dataSource.getMetadata(entity).name;
    return this.get(`${name}.${column}`, async (keys: readonly number[]) => {
      const rows = await this.dataSource.getRepository(entity).find({
        where: { [column]: In([...keys]) } as never,
        order: { [orderBy]: 'ASC', id: 'ASC' } as never,
      });
      const grouped = new Map<number, T[]>();
      for (const row of rows) {
        const key = row[column] as number;
        grouped.set(key, [...(grouped.get(key) ?? []), row]);
      }
      return keys.map((key) => grouped.get(key) ?? []);
    });
  }

  /** Many-to-many through a join table: one statement for the pairs, one for the targets. */
  async through<T extends WithId>(
    target: EntityTarget<T>,
    joinTable: string,
    ownerColumn: string,
    targetColumn: string,
    ownerId: number,
  ): Promise<T[]> {
    const pairs = this.get(`${joinTable}.${ownerColumn}`, async (owners: readonly number[]) => {
      const rows: { owner: number; target: number }[] = await this.dataSource.query(
        `SELECT "${ownerColumn}" AS owner, "${targetColumn}" AS target FROM "${joinTable}"
          WHERE "${ownerColumn}" = ANY($1) ORDER BY "${targetColumn}"`,
        [[...owners]],
      );
      return owners.map((owner) =>
        rows.filter((row) => row.owner === owner).map((row) => row.target),
      );
    });
    const ids = await pairs.load(ownerId);
    const targets = await this.byId(target).loadMany(ids);
    return targets.filter((item): item is T => item !== null && !(item instanceof Error));
  }
}
