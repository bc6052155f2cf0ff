import { validate } from 'class-validator';
import { ConnectionArgs, ConnectionShape } from '../../relay/connection.types';
import type { PageRunner } from '../../relay/pagination';
import type { CatalogueEntry, RowTypeEntry } from './sql-catalogue';
import { NotPlannable } from './selection-plan';

export type RootArgs = Record<string, unknown>;

/**
 * A root list answered page-first: the service finds the page, SQL builds its nodes. `C` is the
 * request context the app gives its resolvers.
 */
export interface RootConnection<C> {
  kind: 'connection';
  node: string;
  /** The page, its statement run by `run`. */
  load(context: C, args: RootArgs, run: PageRunner): Promise<ConnectionShape<{ id: number }>>;
}

/**
 * A root lookup by global ID: SQL builds the node straight from its id. `find` names the type and
 * row; a malformed ID throws, and the resolvers answer with their error.
 */
export interface RootNode {
  kind: 'node';
  find(args: RootArgs): { type: string; id: number };
}

/** Runs a statement of item rows (in answer order) and answers their JSON array. */
export type ListRunner = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * A root list of rows that no table holds (analytics buckets): the service checks the arguments
 * and writes the statement of rows, `run` wraps it in one that writes the selected JSON.
 */
export interface RootList<C> {
  kind: 'list';
  /** The items' GraphQL type: a row type of the catalogue. */
  item: string;
  load(context: C, args: RootArgs, run: ListRunner): Promise<unknown>;
}

export type RootField<C> = RootConnection<C> | RootNode | RootList<C>;

/**
 * A module's part of the selection-built SQL, registered as its resolvers are: the root fields
 * it answers, and the types it owns in the catalogue.
 */
export interface SelectionSqlPart<C> {
  roots?: Record<string, RootField<C>>;
  types?: readonly CatalogueEntry[];
  rows?: readonly RowTypeEntry[];
}

/**
 * type-graphql checks argument classes with class-validator before a resolver runs; the same
 * check runs here, and a failure hands the query to the resolvers, which report it as they do.
 */
export async function validated<T extends object>(Type: new () => T, value: unknown): Promise<T> {
  const instance = Object.assign(new Type(), value);
  const errors = await validate(instance, { forbidUnknownValues: false });
  if (errors.length) throw new NotPlannable('invalid arguments');
  return instance;
}

/** The page arguments of a connection, checked as ConnectionArgs. */
export function pageArgs(args: RootArgs): Promise<ConnectionArgs> {
  const { first, after, last, before } = args;
  return validated(ConnectionArgs, { first, after, last, before });
}
