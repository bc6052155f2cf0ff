import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { preparedQuery } from './database/prepared-query';
import { rowPlan } from './database/raw-rows';

type WithId = ObjectLiteral & { id: number };

/**
 * Per-request DataLoaders. Every relation field resolves through one of these, so a page of
 * 100 items costs the same number of SQL statements as a page of 5.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  /** byId loaders by entity class: found without a metadata lookup on every field. */
  private readonly idLoaders = new Map<unknown, DataLoader<number, unknown>>();

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
    let loader = this.idLoaders.get(entity) as DataLoader<number, T | null> | undefined;
    if (!loader) {
      loader = this.createById(entity);
      this.idLoaders.set(entity, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  private createById<T extends WithId>(entity: EntityTarget<T>): DataLoader<number, T | null> {
    const name = this.dataSource.getMetadata(entity).name;
    const plan = rowPlan(this.dataSource, entity);
    const sql = `SELECT ${plan.columns()} FROM ${plan.table} WHERE "id" = ANY($1)`;
    return this.get(`${name}.id`, async (ids: readonly number[]) => {
      const rows = await preparedQuery(this.dataSource, sql, [[...ids]]);
      const byId = new Map<number, T>();
      for (const row of rows) byId.set(row.id as number, plan.hydrate(row));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Loads a nullable many-to-one reference through the byId loader. */
  ref<T extends WithId>(entity: EntityTarget<T>, id: number | null): Promise<T | null> {
    return id == null ? Promise.resolve(null) : this.byId(entity).load(id);
  }

  /** One-to-many: the rows of `entity` whose `column` equals each key, ordered by `orderBy`. */
  byColumn<T extends WithId>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    orderBy: keyof T & string = 'id',
  ): DataLoader<number, T[]> {
    const metadata = this.dataSource.getMetadata(entity);
    const plan = rowPlan(this.dataSource, entity);
    const keyColumn = metadata.findColumnWithPropertyName(column)!.databaseName;
    const sortColumn = metadata.findColumnWithPropertyName(orderBy)!.databaseName;
    const sql = `SELECT ${plan.columns()} FROM ${plan.table} WHERE "${keyColumn}" = ANY($1)
      ORDER BY "${sortColumn}" ASC, "id" ASC`;
    return this.get(`${metadata.name}.${column}`, async (keys: readonly number[]) => {
      const rows = await preparedQuery(this.dataSource, sql, [[...keys]]);
      const grouped = new Map<number, T[]>();
      for (const row of rows) {
        const key = row[keyColumn] as number;
        const group = grouped.get(key);
        if (group) group.push(plan.hydrate(row));
        else grouped.set(key, [plan.hydrate(row)]);
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
      const rows = await preparedQuery<{ owner: number; target: number }>(
        this.dataSource,
        `SELECT "${ownerColumn}" AS owner, "${targetColumn}" AS target FROM "${joinTable}"
          WHERE "${ownerColumn}" = ANY($1) ORDER BY "${targetColumn}"`,
        [[...owners]],
      );
      const grouped = new Map<number, number[]>();
      for (const row of rows) {
        const group = grouped.get(row.owner);
        if (group) group.push(row.target);
        else grouped.set(row.owner, [row.target]);
      }
      return owners.map((owner) => grouped.get(owner) ?? []);
    });
    const ids = await pairs.load(ownerId);
    const targets = await this.byId(target).loadMany(ids);
    return targets.filter((item): item is T => item !== null && !(item instanceof Error));
  }
}
