import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  Kind,
  SelectionNode,
  SelectionSetNode,
} from 'graphql';
import type { FieldSql, SqlCatalogue } from './sql-catalogue';

/** One response key of an object: a SQL-read field, or `__typename`. */
export type FieldPlan =
  | { key: string; kind: 'typename'; typename: string }
  | { key: string; kind: 'field'; sql: FieldSql; child?: ObjectPlan };

export interface ObjectPlan {
  type: string;
  fields: FieldPlan[];
}

/** Thrown inside planning; the caller answers the query with the resolvers instead. */
export class NotPlannable extends Error {}

/** What `plan` returns, or null when it finds something it cannot plan. */
export function planOrNull<T>(plan: () => T): T | null {
  try {
    return plan();
  } catch (error) {
    if (error instanceof NotPlannable) return null;
    throw error;
  }
}

export interface PlanScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

function included(selection: SelectionNode): boolean {
  let include = true;
  for (const directive of selection.directives ?? []) {
    const name = directive.name.value;
    const condition = directive.arguments?.find((arg) => arg.name.value === 'if')?.value;
    // A directive other than @skip/@include, or a condition in a variable, is not planned.
    if ((name !== 'skip' && name !== 'include') || condition?.kind !== Kind.BOOLEAN) {
      throw new NotPlannable(`directive @${name}`);
    }
    if (name === 'skip' ? condition.value : !condition.value) include = false;
  }
  return include;
}

/**
 * The fields of `type` selected by these selection sets, by response key in first-seen order,
 * as graphql-js collects them (fragments flattened, @skip/@include with literal conditions).
 */
export function collectFields(
  scope: PlanScope,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = fields.get(key);
        if (nodes) nodes.push(selection);
        else fields.set(key, [selection]);
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : scope.fragments[selection.name.value];
      if (!fragment) throw new NotPlannable('unknown fragment');
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (seen.has(selection.name.value)) continue;
        seen.add(selection.name.value);
      }
      const condition = fragment.typeCondition?.name.value;
      if (condition && condition !== type.name) {
        const conditionType = scope.schema.getType(condition);
        if (!isAbstractType(conditionType) || !scope.schema.isSubType(conditionType, type))
          continue;
      }
      visit(fragment.selectionSet, seen);
    }
  };
  for (const set of selectionSets) visit(set, new Set());
  return fields;
}

/** The plan of an object of `type` selected by `nodes`' selection sets. */
export function planObject(
  scope: PlanScope,
  catalogue: SqlCatalogue,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): ObjectPlan {
  const typeSql = catalogue.get(type.name);
  if (!typeSql) throw new NotPlannable(`type ${type.name}`);
  const fields: FieldPlan[] = [];
  for (const [key, nodes] of collectFields(scope, type, selectionSets)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      fields.push({ key, kind: 'typename', typename: type.name });
      continue;
    }
    const sql = typeSql.fields.get(name);
    if (!sql || nodes.some((node) => node.arguments?.length)) {
      throw new NotPlannable(`${type.name}.${name}`);
    }
    if (sql.kind === 'value') {
      fields.push({ key, kind: 'field', sql });
      continue;
    }
    const childType = getNamedType(type.getFields()[name].type);
    if (!(childType instanceof GraphQLObjectType)) throw new NotPlannable(`${type.name}.${name}`);
    const childSets = nodes.map((node) => node.selectionSet!).filter(Boolean);
    fields.push({
      key,
      kind: 'field',
      sql,
      child: planObject(scope, catalogue, childType, childSets),
    });
  }
  return { type: type.name, fields };
}
