import 'reflect-metadata';
import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Entities built straight from raw rows: the columns TypeORM would select, each value converted
 * by the driver exactly as TypeORM's hydration does (dates, enums, arrays), without its
 * RawSqlResultsToEntityTransformer, which was the largest single CPU cost of a nested page.
 */
export interface RowPlan<T> {
  /** Quoted table name for FROM. */
  table: string;
  /** The selected columns, `"column"` each, comma separated; prefix with an alias if needed. */
  columns(alias?: string): string;
  /** Builds the entity from a row whose keys are `prefix` + column name. */
  hydrate(row: Record<string, unknown>, prefix?: string): T;
}

const plans = new WeakMap<EntityMetadata, RowPlan<ObjectLiteral>>();

export function rowPlan<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
): RowPlan<T> {
  const metadata = dataSource.getMetadata(entity);
  let plan = plans.get(metadata);
  if (!plan) {
    plan = buildPlan(dataSource, metadata);
    plans.set(metadata, plan);
  }
  return plan as RowPlan<T>;
}

function buildPlan(dataSource: DataSource, metadata: EntityMetadata): RowPlan<ObjectLiteral> {
  if (metadata.embeddeds.length) {
    throw new Error(`rowPlan does not handle embedded columns (${metadata.name})`);
  }
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  const driver = dataSource.driver;
  const plain = new Set(['int', 'int4', 'integer', 'text', 'varchar', 'character varying']);
  const converts = (column: ColumnMetadata) =>
    !!column.transformer || !(column.type === Number || plain.has(String(column.type)));
  const steps = columns.map((column) => ({
    name: column.databaseName,
    property: column.propertyName,
    convert: converts(column) ? column : null,
    textArray: column.isArray && plain.has(String(column.type)),
  }));
  const Target = metadata.target as new () => ObjectLiteral;
  // A text[] arrives as JSON, which pg reads with JSON.parse: postgres-array's parser of the
  // sectors' synonyms was a seventh of a dashboard question's Node CPU.
  const selected = (alias: string) =>
    steps
      .map((step) =>
        step.textArray
          ? `array_to_json(${alias}"${step.name}") AS "${step.name}"`
          : `${alias}"${step.name}"`,
      )
      .join(', ');
  const plainList = selected('');
  return {
    table: `"${metadata.tablePath.split('.').join('"."')}"`,
    columns: (alias) => (alias ? selected(`${alias}.`) : plainList),
    hydrate(row, prefix = '') {
      const entity = new Target() as Record<string, unknown>;
      for (const step of steps) {
        const value = row[prefix + step.name];
        if (value === undefined) continue;
        entity[step.property] = step.convert
          ? driver.prepareHydratedValue(value, step.convert)
          : value;
      }
      return entity;
    },
  };
}
