import type { SelectionSqlPart } from '../../common/graphql/selection-sql/root-fields';
import { fromGlobalId } from '../../common/relay/global-id';

/** `node(id)` as selection-built SQL. */
export const nodeSelectionSql: SelectionSqlPart<unknown> = {
  // Any type the catalogue covers; others (unknown, restricted to admins) go to the resolvers.
  roots: { node: { kind: 'node', find: (args) => fromGlobalId(args.id as string) } },
};
