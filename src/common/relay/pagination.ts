import {
  DataSource,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { rowPlan } from '../database/raw-rows';
import { BadUserInputError } from '../errors';
import {
  ConnectionArgs,
  ConnectionShape,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PageInfo,
} from './connection.types';

export type SortDirection = 'ASC' | 'DESC';
type SortValue = string | number;

/** The SQL type of a sort key: a cursor's value is checked against it before it reaches SQL. */
export type SortKind = 'text' | 'integer' | 'date' | 'timestamp';

export interface PageOrder<T> {
  /** Names the connection and its order ("meetings:DATE_DESC"); cursors carry it. */
  connection: string;
  kind: SortKind;
  /** Property path of the sort key in the query builder, e.g. "meeting.startDate". */
  sort: string;
  /** Property path of the unique tie-breaker, e.g. "meeting.id". */
  id: string;
  direction: SortDirection;
  value: (row: T) => SortValue;
}

interface PageWindow {
  size: number;
  backward: boolean;
  after?: [SortValue, number];
  before?: [SortValue, number];
}

interface CursorScheme {
  connection: string;
  kind: SortKind;
}

/** Every id column is a PostgreSQL integer. */
const MAX_INTEGER = 2_147_483_647;

const isInteger = (value: unknown): value is number =>
  Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_INTEGER;

/** Year 1 to 9999, a real calendar day: what PostgreSQL accepts and JavaScript writes. */
function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '0001') {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !isDate(value.slice(0, 10))) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}

const SORT_VALUE_CHECKS: Record<SortKind, (value: unknown) => boolean> = {
  // PostgreSQL text cannot hold NUL.
  text: (value) => typeof value === 'string' && !value.includes('\u0000'),
  integer: isInteger,
  date: isDate,
  timestamp: isTimestamp,
};

function encodeCursor(connection: string, sortValue: SortValue, id: number): string {
  return Buffer.from(JSON.stringify([connection, sortValue, id]), 'utf8').toString('base64url');
}

/**
 * A cursor is checked whole before it reaches SQL: one from another connection or order, or
 * with a value of the wrong type, would otherwise fail in PostgreSQL as a masked 500.
 */
function decodeCursor(cursor: string, field: string, scheme: CursorScheme): [SortValue, number] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) {
    throw new BadUserInputError(`"${cursor}" is not a cursor`, field);
  }
  const [connection, value, id] = parsed as unknown[];
  if (connection !== scheme.connection) {
    throw new BadUserInputError(
      `${field} is a cursor of another list or order, not of ${scheme.connection}`,
      field,
    );
  }
  if (!SORT_VALUE_CHECKS[scheme.kind](value) || !isInteger(id) || id <= 0) {
    throw new BadUserInputError(`"${cursor}" is not a valid cursor of ${scheme.connection}`, field);
  }
  return [value as SortValue, id];
}

function pageWindow(args: ConnectionArgs, scheme: CursorScheme): PageWindow {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError('Give either first or last, not both', 'first');
  }
  const size = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    const field = args.last != null ? 'last' : 'first';
    throw new BadUserInputError(`${field} must be between 1 and ${MAX_PAGE_SIZE}`, field);
  }
  return {
    size,
    backward: args.last != null,
    after: args.after ? decodeCursor(args.after, 'after', scheme) : undefined,
    before: args.before ? decodeCursor(args.before, 'before', scheme) : undefined,
  };
}

function flip(direction: SortDirection): SortDirection {
  return direction === 'ASC' ? 'DESC' : 'ASC';
}

function buildConnection<T>(
  rows: T[],
  window: PageWindow,
  hasMore: boolean,
  cursorOf: (row: T) => string,
  totalCount: number | (() => Promise<number>),
): ConnectionShape<T> {
  const page = rows.slice(0, window.size);
  if (window.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  const pageInfo: PageInfo = {
    hasNextPage: window.backward ? window.before !== undefined : hasMore,
    hasPreviousPage: window.backward ? hasMore : window.after !== undefined,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return {
    edges,
    nodes: page,
    pageInfo,
    // A getter, so the count statement runs only when a client selects totalCount.
    get totalCount() {
      return typeof totalCount === 'function' ? totalCount() : totalCount;
    },
  };
}

/**
 * Runs a page statement in place of TypeORM, e.g. inside a larger one. The rows it returns must
 * be the statement's, in its order, with at least the `keep` columns (the id, then the sort key:
 * all a cursor needs); `id` names the id column.
 */
export type PageRunner = (
  sql: string,
  params: unknown[],
  columns: { id: string; keep: string[] },
) => Promise<Record<string, unknown>[]>;

/** The raw-row names of a page's id and sort-key columns, e.g. `m_id` and `m_start_date`. */
function pageColumns(metadata: EntityMetadata, order: { id: string; sort: string }) {
  const columnOf = (path: string) => {
    const [aliasName, property] = path.split('.');
    return `${aliasName}_${metadata.findColumnWithPropertyName(property)!.databaseName}`;
  };
  const id = columnOf(order.id);
  return { id, keep: [id, columnOf(order.sort)] };
}

/**
 * Keyset pagination of a root list: one statement for the page (the index on the sort key
 * serves it with a LIMIT), and a count statement only when totalCount is asked for.
 */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  order: PageOrder<T>,
  run?: PageRunner,
): Promise<ConnectionShape<T>> {
  const window = pageWindow(args, order);
  const counter = query.clone();
  const ascending = order.direction === 'ASC';
  if (window.after) {
    query.andWhere(`(${order.sort}, ${order.id}) ${ascending ? '>' : '<'} (:afterSort, :afterId)`, {
      afterSort: window.after[0],
      afterId: window.after[1],
    });
  }
  if (window.before) {
    query.andWhere(
      `(${order.sort}, ${order.id}) ${ascending ? '<' : '>'} (:beforeSort, :beforeId)`,
      {
        beforeSort: window.before[0],
        beforeId: window.before[1],
      },
    );
  }
  const direction = window.backward ? flip(order.direction) : order.direction;
  const alias = query.expressionMap.mainAlias!;
  const plan = rowPlan(query.connection, alias.target as EntityTarget<T>);
  const ordered = query
    .orderBy(order.sort, direction)
    .addOrderBy(order.id, direction)
    .limit(window.size + 1);
  const raw: Record<string, unknown>[] = run
    ? await run(...ordered.getQueryAndParameters(), pageColumns(alias.metadata, order))
    : await ordered.getRawMany();
  const rows = raw.map((row) => plan.hydrate(row, `${alias.name}_`));
  return buildConnection(
    rows,
    window,
    rows.length > window.size,
    (row) => encodeCursor(order.connection, order.value(row), row.id),
    () => counter.getCount(),
  );
}

/**
 * A SQL select of (parent_id, id, sort_value) rows: the items of every parent's list. Positional
 * parameters start at $1; the parent ids are passed as an int[] in the last parameter.
 */
export interface NestedListSql extends CursorScheme {
  sql: string;
  params: unknown[];
  direction: SortDirection;
}

/**
 * Pages the lists of many parents at once (country.meetings for every country on a page):
 * one windowed statement for all parents, then one statement loading the entities.
 */
export async function paginateNested<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  list: NestedListSql,
  parentIds: readonly number[],
  args: ConnectionArgs,
): Promise<ConnectionShape<T>[]> {
  const window = pageWindow(args, list);
  const params = [...list.params, [...parentIds]];
  const conditions: string[] = [];
  const ascending = list.direction === 'ASC';
  for (const [cursor, op] of [
    [window.after, ascending ? '>' : '<'],
    [window.before, ascending ? '<' : '>'],
  ] as const) {
    if (!cursor) continue;
    params.push(cursor[0], cursor[1]);
    conditions.push(`(i.sort_value, i.id) ${op} ($${params.length - 1}, $${params.length})`);
  }
  const passes = conditions.length ? conditions.join(' AND ') : 'TRUE';
  const direction = window.backward ? flip(list.direction) : list.direction;
  params.push(window.size + 1);
  const fetched: {
    parent_id: number;
    id: number;
    sort_value: SortValue;
    total: string;
    in_page: boolean;
  }[] = await dataSource.query(
    `SELECT parent_id, id, sort_value, total, (passes = 1 AND rank <= $${params.length}) AS in_page
         FROM (
         SELECT x.*, count(*) OVER (PARTITION BY x.parent_id) AS total,
                row_number() OVER (PARTITION BY x.parent_id) AS nth,
                sum(x.passes) OVER (PARTITION BY x.parent_id
                                    ORDER BY x.sort_value ${direction}, x.id ${direction}) AS rank
           FROM (SELECT i.*, CASE WHEN ${passes} THEN 1 ELSE 0 END AS passes
                   FROM (${list.sql}) i) x
       ) y
       WHERE (passes = 1 AND rank <= $${params.length}) OR nth = 1
       ORDER BY parent_id, rank`,
    params,
  );
  const totals = new Map<number, number>();
  for (const row of fetched) totals.set(row.parent_id, Number(row.total));
  const rows = fetched.filter((row) => row.in_page);
  const ids = [...new Set(rows.map((row) => row.id))];
  const plan = rowPlan(dataSource, entity);
  const entities: Record<string, unknown>[] = ids.length
    ? await dataSource.query(`SELECT ${plan.columns()} FROM ${plan.table} WHERE "id" = ANY($1)`, [
        ids,
      ])
    : [];
  const byId = new Map(entities.map((row) => [row.id as number, plan.hydrate(row)]));
  const grouped = new Map<number, typeof rows>();
  for (const row of rows) {
    const group = grouped.get(row.parent_id) ?? [];
    group.push(row);
    grouped.set(row.parent_id, group);
  }
  return parentIds.map((parentId) => {
    const group = grouped.get(parentId) ?? [];
    const sortValues = new Map(group.map((row) => [row.id, row.sort_value]));
    const nodes = group.map((row) => byId.get(row.id)).filter((node): node is T => !!node);
    return buildConnection(
      nodes,
      window,
      group.length > window.size,
      (node) => encodeCursor(list.connection, sortValues.get(node.id) as SortValue, node.id),
      totals.get(parentId) ?? 0,
    );
  });
}
