import {
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLScalarType,
  GraphQLSchema,
  isListType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { DataSource, EntityMetadata } from 'typeorm';

/**
 * How a value's text becomes JSON when to_json is not needed: `literal` as PostgreSQL writes it
 * (integers, booleans), `quoted` in quotes (texts that need no escaping: enum names, ISO dates).
 */
export type JsonText = 'literal' | 'quoted';

/** How one GraphQL field is read in SQL. Columns are database names. */
export type FieldSql =
  | { kind: 'value'; sql: (alias: string) => string; json?: JsonText }
  | { kind: 'one'; target: string; foreignKey: string; perRow?: boolean }
  | { kind: 'many'; target: string; column: string }
  | {
      kind: 'through';
      target: string;
      joinTable: string;
      ownerColumn: string;
      targetColumn: string;
    }
  | {
      kind: 'rows';
      target: string;
      from: (owner: string, alias: string) => string;
      /** Written by a subquery per row: for a list that is the row's own arrays, no table. */
      perRow?: boolean;
    };

export interface TypeSql {
  table: string;
  fields: ReadonlyMap<string, FieldSql>;
}

/** Per GraphQL object type, the fields that SQL answers exactly as the resolvers do. */
export type SqlCatalogue = ReadonlyMap<string, TypeSql>;

export type EntityClass = abstract new () => object;

/**
 * A relation field as its resolver loads it: `one` is a byId of a foreign key, `many` a byColumn
 * (ordered by id) and `through` the join-table loader (ordered by target id).
 */
export type Relation =
  | { kind: 'one'; target: EntityClass; property: string }
  | { kind: 'many'; target: EntityClass; property: string }
  | {
      kind: 'through';
      target: EntityClass;
      joinTable: string;
      ownerColumn: string;
      targetColumn: string;
    };

export const one = (target: EntityClass, property: string): Relation => ({
  kind: 'one',
  target,
  property,
});
export const many = (target: EntityClass, property: string): Relation => ({
  kind: 'many',
  target,
  property,
});
export const through = (
  target: EntityClass,
  joinTable: string,
  ownerColumn: string,
  targetColumn: string,
): Relation => ({ kind: 'through', target, joinTable, ownerColumn, targetColumn });

/**
 * One entity's part of the catalogue, registered by its module: its plain columns are found
 * from the metadata; `relations` (in the order their loaders return rows) and `computed` (the
 * getters that are fields, in SQL) are declared.
 */
export interface CatalogueEntry {
  entity: EntityClass;
  relations?: Record<string, Relation>;
  computed?: Record<string, (alias: string) => string>;
}

/**
 * A type no table holds: the rows of a service's statement (a `list` root). Its fields are SQL
 * over such a row, and its to-one relations join an entity by a column of the row; it declares
 * only fields whose resolvers answer exactly that.
 */
export interface RowTypeEntry {
  type: string;
  fields: Record<string, (alias: string) => string>;
  /** String fields whose text never needs JSON escaping (ISO dates and periods). */
  plainText?: readonly string[];
  /**
   * `perRow`: a subquery per row (an index lookup) instead of a LEFT JOIN, for a large table,
   * which the planner would otherwise scan whole for a hash join.
   */
  relations?: Record<string, { target: EntityClass; column: string; perRow?: boolean }>;
  /**
   * Lists of another row type held by the row: `from` is a FROM item over the owner row that
   * names its rows `alias`, in order, with an `ord` column (`unnest(...) WITH ORDINALITY`).
   */
  lists?: Record<
    string,
    { item: string; from: (owner: string, alias: string) => string; perRow?: boolean }
  >;
}

/** formatPartialDate (partial-date.ts) in SQL. */
export const partialDateSql = (date: string, precision: string) =>
  `(CASE ${precision} WHEN 'YEAR' THEN to_char(${date}, 'YYYY') WHEN 'MONTH' THEN to_char(${date}, 'YYYY-MM') ELSE to_char(${date}, 'YYYY-MM-DD') END)`;

/** toGlobalId (global-id.ts) in SQL: base64url of "Type:id", unpadded. */
export const globalIdSql = (type: string, alias: string) =>
  `translate(encode(convert_to('${type}:' || ${alias}.id, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

const PLAIN_COLUMN_TYPES = new Set([
  'text',
  'varchar',
  'character varying',
  'char',
  'int',
  'integer',
  'int4',
  'smallint',
  'boolean',
  'enum',
]);
const PLAIN_SCALARS = new Set(['String', 'Int', 'Boolean']);

/** How a value of this GraphQL type is written as JSON without to_json, if it can be. */
function jsonTextOf(type: GraphQLOutputType): JsonText | undefined {
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) return undefined;
  if (named instanceof GraphQLScalarType) {
    return named.name === 'Int' || named.name === 'Boolean' ? 'literal' : undefined;
  }
  return named instanceof GraphQLEnumType ? 'quoted' : undefined;
}

/** An enum whose values are their names: what PostgreSQL stores is what GraphQL sends. */
function sendsAsStored(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (named instanceof GraphQLScalarType) return PLAIN_SCALARS.has(named.name);
  if (named instanceof GraphQLEnumType) {
    return named.getValues().every((value) => value.value === value.name);
  }
  return false;
}

/** The column's database name when the field can be read straight from it. */
function plainColumnName(metadata: EntityMetadata, property: string, type: GraphQLOutputType) {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column || column.transformer || column.isVirtual || !column.isSelect) return undefined;
  const columnType =
    typeof column.type === 'string'
      ? column.type
      : column.type === Number
        ? 'int'
        : column.type === String
          ? 'text'
          : '';
  if (!PLAIN_COLUMN_TYPES.has(columnType)) return undefined;
  if (column.isArray !== isListType(getNullableType(type))) return undefined;
  return sendsAsStored(type) ? column.databaseName : undefined;
}

/**
 * A field is a plain column when it has no field resolver, no role or middleware, keeps its
 * property's name, and its value is sent as PostgreSQL stores it. Anything else a query selects
 * that is not here sends the whole query to the resolvers.
 */
function columnFields(schema: GraphQLSchema, metadata: EntityMetadata, entity: EntityClass) {
  const storage = getMetadataStorage();
  const type = schema.getType(entity.name) as GraphQLObjectType;
  const resolved = new Set(
    storage.fieldResolvers
      .filter((resolver) => resolver.getObjectType?.() === entity)
      .map((resolver) => resolver.schemaName),
  );
  const fields = new Map<string, FieldSql>();
  for (const field of storage.fields) {
    if (!(entity.prototype instanceof field.target || entity === field.target)) continue;
    if (field.name !== field.schemaName || resolved.has(field.name)) continue;
    if (field.roles?.length || field.middlewares?.length) continue;
    const graphqlField = type.getFields()[field.schemaName];
    if (!graphqlField) continue;
    const column = plainColumnName(metadata, field.name, graphqlField.type);
    if (!column) continue;
    const json = jsonTextOf(graphqlField.type);
    fields.set(field.schemaName, { kind: 'value', sql: (a) => `${a}."${column}"`, json });
  }
  return fields;
}

function relationField(
  dataSource: DataSource,
  owner: EntityMetadata,
  relation: Relation,
): FieldSql {
  const target = dataSource.getMetadata(relation.target);
  const columnOf = (metadata: EntityMetadata, property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return column.databaseName;
  };
  if (relation.kind === 'one') {
    return { kind: 'one', target: target.name, foreignKey: columnOf(owner, relation.property) };
  }
  if (relation.kind === 'many') {
    return { kind: 'many', target: target.name, column: columnOf(target, relation.property) };
  }
  return { ...relation, target: target.name };
}

/** The catalogue of the types the modules registered (their `types`, see root-fields.ts). */
export function buildSqlCatalogue(
  schema: GraphQLSchema,
  dataSource: DataSource,
  parts: readonly { types?: readonly CatalogueEntry[]; rows?: readonly RowTypeEntry[] }[],
): SqlCatalogue {
  const catalogue = new Map<string, TypeSql>();
  for (const { entity, relations, computed } of parts.flatMap((part) => part.types ?? [])) {
    const metadata = dataSource.getMetadata(entity);
    const name = entity.name;
    const fields = columnFields(schema, metadata, entity);
    fields.set('id', { kind: 'value', sql: (a) => globalIdSql(name, a), json: 'quoted' });
    for (const [field, sql] of Object.entries(computed ?? {})) {
      fields.set(field, { kind: 'value', sql });
    }
    for (const [field, relation] of Object.entries(relations ?? {})) {
      fields.set(field, relationField(dataSource, metadata, relation));
    }
    catalogue.set(name, { table: `"${metadata.tableName}"`, fields });
  }
  for (const row of parts.flatMap((part) => part.rows ?? [])) {
    const fields = new Map<string, FieldSql>();
    const types = (schema.getType(row.type) as GraphQLObjectType).getFields();
    for (const [field, sql] of Object.entries(row.fields)) {
      const json = row.plainText?.includes(field) ? 'quoted' : jsonTextOf(types[field].type);
      fields.set(field, { kind: 'value', sql, json });
    }
    for (const [field, { target, column, perRow }] of Object.entries(row.relations ?? {})) {
      const name = dataSource.getMetadata(target).name;
      fields.set(field, { kind: 'one', target: name, foreignKey: column, perRow });
    }
    for (const [field, { item, from, perRow }] of Object.entries(row.lists ?? {})) {
      fields.set(field, { kind: 'rows', target: item, from, perRow });
    }
    catalogue.set(row.type, { table: '', fields });
  }
  return catalogue;
}
