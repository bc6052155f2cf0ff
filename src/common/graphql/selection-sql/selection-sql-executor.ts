import type {
  GatewayExecutionResult,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { DataSource } from 'typeorm';
import type { ConnectionShape } from '../../relay/connection.types';
import type { PageRunner } from '../../relay/pagination';
import { RawJson } from '../raw-json';
import { listSql, nodesSql, ID_PARAMETER, pageStatement } from './json-sql';
import { RootField, SelectionSqlPart } from './root-fields';
import {
  collectFields,
  NotPlannable,
  ObjectPlan,
  planObject,
  planOrNull,
  PlanScope,
} from './selection-plan';
import type { SelectionSqlReader } from './selection-sql.reader';
import { buildSqlCatalogue, SqlCatalogue } from './sql-catalogue';

/** How a connection's fields are filled from the page the service found. */
type Shape =
  | { key: string; kind: 'typename'; typename: string }
  | { key: string; kind: 'value'; property: string }
  | { key: string; kind: 'object'; property: string; fields: Shape[] }
  | { key: string; kind: 'edges'; fields: Shape[] }
  | { key: string; kind: 'nodes'; column: number };

interface RootPlan<C> {
  key: string;
  typename?: string;
  field?: { node: FieldNode; definition: ReturnType<GraphQLObjectType['getFields']>[string] };
  root?: RootField<C>;
  /** For a connection: its fields, and the plans of its nodes (edges.node, nodes). */
  shape?: Shape[];
  plans?: ObjectPlan[];
  /** For a list: the plan of its items. */
  item?: ObjectPlan;
  /** For a node: its selection, and its statement per type the ID names (null: resolvers). */
  node?: { scope: PlanScope; sets: SelectionSetNode[]; sqlByType: Map<string, string | null> };
}

type Row = Record<string, unknown> & { id: number };

/** Statements kept prepared per connection; past this, new texts run unnamed. */
const MAX_PREPARED_TEXTS = 200;
/** Page statements (one per combination of filters) remembered per query. */
const MAX_PAGE_TEXTS = 32;

/** What the app registers (src/schema.ts): each module's part, and where a request's SQL runs. */
export interface SelectionSqlOptions<C> {
  parts: readonly SelectionSqlPart<C>[];
  reader: (context: C) => SelectionSqlReader;
}

/**
 * Answers the most common reads (a page of meetings, one meeting, or `node(id)` of any catalogued
 * type, with participants, people, countries, interests and sectors) in one statement: the
 * service's page query, wrapped in one that writes every node's JSON in PostgreSQL from the
 * query's selection, as PostGraphile does, instead of running a resolver per field. It knows no
 * feature: the modules register the root fields it answers and the types it may write. Whatever
 * it does not know (a root or field nobody registered, arguments on nested fields, directives on
 * variables, a bad argument) goes to the resolvers, so answers and errors are theirs; the
 * differential test holds the two to the same answers.
 */
export class SelectionSqlExecutor<C> {
  private readonly catalogue: SqlCatalogue;
  private readonly roots = new Map<string, RootField<C>>();
  private readonly plans = new WeakMap<DocumentNode, Map<string, RootPlan<C>[] | null>>();
  private readonly preparedTexts = new Set<string>();
  private readonly pageTexts = new WeakMap<RootPlan<C>, Map<string, string>>();
  private readonly reader: (context: C) => SelectionSqlReader;

  constructor(
    private readonly schema: GraphQLSchema,
    dataSource: DataSource,
    options: SelectionSqlOptions<C>,
  ) {
    this.catalogue = buildSqlCatalogue(schema, dataSource, options.parts);
    for (const part of options.parts) {
      for (const [name, root] of Object.entries(part.roots ?? {})) this.roots.set(name, root);
    }
    this.reader = options.reader;
  }

  /** The answer, or null when the resolvers must answer. */
  async tryExecute(rc: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult | null> {
    const plan = this.planFor(rc);
    if (!plan) return null;
    const operation = rc.operation!;
    const variables = getVariableValues(
      this.schema,
      operation.variableDefinitions ?? [],
      rc.request.variables ?? {},
    );
    if (variables.errors) return null;
    const context = rc.context as unknown as C;
    try {
      // Lookups are bound first: one SQL cannot write falls back before any statement runs.
      const answers = plan.map((root) =>
        root.typename === undefined ? this.bind(root, variables.coerced, context) : null,
      );
      const data: Record<string, unknown> = {};
      for (const [index, root] of plan.entries()) {
        data[root.key] = root.typename ?? (await answers[index]!());
      }
      return { data };
    } catch {
      // Bad input or a database fault: the resolvers meet it again and report it as they do.
      return null;
    }
  }

  /** How to answer one root field; throws, before any statement, for a node SQL cannot write. */
  private bind(
    root: RootPlan<C>,
    variables: Record<string, unknown>,
    context: C,
  ): () => Promise<unknown> {
    const args = getArgumentValues(root.field!.definition, root.field!.node, variables);
    const field = root.root!;
    if (field.kind === 'node') {
      const { type, id } = field.find(args);
      const sql = this.nodeSql(root, type);
      return async () => {
        const rows = await this.rows(context, sql, [id]);
        return rows.length ? RawJson.of(rows[0].c0 as string) : null;
      };
    }
    if (field.kind === 'list') {
      return () =>
        field.load(context, args, async (sql, params) => {
          const rows = await this.rows(context, this.listSql(root, sql), params);
          return RawJson.list(rows.map((row) => row.c0 as string));
        });
    }
    return async () => {
      let rows = new Map<unknown, Row>();
      const run: PageRunner = async (sql, params, columns) => {
        const found = await this.rows(
          context,
          this.pageSql(root, field.node, sql, columns),
          params,
        );
        rows = new Map(found.map((row) => [row[columns.id], row]));
        return found;
      };
      const page = await field.load(context, args, run);
      return fill(root.shape!, page, rows);
    };
  }

  /** The statement of a node of this type, planned at its first use. */
  private nodeSql(root: RootPlan<C>, typename: string): string {
    const node = root.node!;
    let sql = node.sqlByType.get(typename);
    // Only the schema's own type names are remembered: the name comes from the caller's ID.
    if (sql === undefined && this.schema.getType(typename)) {
      sql = this.planNode(root, typename);
      node.sqlByType.set(typename, sql);
    }
    if (!sql) throw new NotPlannable(typename);
    return sql;
  }

  private planNode(root: RootPlan<C>, typename: string): string | null {
    const type = this.schema.getType(typename);
    const returned = getNamedType(root.field!.definition.type);
    if (!(type instanceof GraphQLObjectType)) return null;
    if (type !== returned && !(isAbstractType(returned) && this.schema.isSubType(returned, type))) {
      return null;
    }
    const { scope, sets } = root.node!;
    return planOrNull(() =>
      nodesSql(
        this.catalogue,
        typename,
        [planObject(scope, this.catalogue, type, sets)],
        ID_PARAMETER,
      ),
    );
  }

  /** The page statement with its nodes' json, kept per page text (the filters used). */
  private pageSql(
    root: RootPlan<C>,
    typename: string,
    pageSql: string,
    columns: { id: string; keep: string[] },
  ): string {
    const texts = this.pageTexts.get(root) ?? new Map<string, string>();
    this.pageTexts.set(root, texts);
    let sql = texts.get(pageSql);
    if (!sql) {
      const ids = pageStatement(pageSql, columns.id, columns.keep);
      sql = nodesSql(this.catalogue, typename, root.plans!, ids);
      if (texts.size < MAX_PAGE_TEXTS) texts.set(pageSql, sql);
    }
    return sql;
  }

  /** The list statement around the service's one, kept per service text (the filters used). */
  private listSql(root: RootPlan<C>, itemSql: string): string {
    const texts = this.pageTexts.get(root) ?? new Map<string, string>();
    this.pageTexts.set(root, texts);
    let sql = texts.get(itemSql);
    if (!sql) {
      sql = listSql(this.catalogue, root.item!, itemSql);
      if (texts.size < MAX_PAGE_TEXTS) texts.set(itemSql, sql);
    }
    return sql;
  }

  private async rows(context: C, sql: string, params: unknown[]): Promise<Row[]> {
    const prepared = this.preparedTexts.has(sql) || this.preparedTexts.size < MAX_PREPARED_TEXTS;
    if (prepared) this.preparedTexts.add(sql);
    return (await this.reader(context).rows(sql, params, prepared)) as Row[];
  }

  private planFor(rc: GatewayGraphQLRequestContext): RootPlan<C>[] | null {
    const { document, operation } = rc;
    if (!document || operation?.operation !== 'query') return null;
    let plans = this.plans.get(document);
    if (!plans) {
      plans = new Map();
      this.plans.set(document, plans);
    }
    const name = rc.request.operationName ?? '';
    if (!plans.has(name)) plans.set(name, this.plan(document, operation));
    return plans.get(name) ?? null;
  }

  private plan(document: DocumentNode, operation: OperationDefinitionNode): RootPlan<C>[] | null {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments[definition.name.value] = definition;
    }
    const scope: PlanScope = { schema: this.schema, fragments };
    const query = this.schema.getQueryType()!;
    return planOrNull(() =>
      [...collectFields(scope, query, [operation.selectionSet])].map(([key, nodes]) =>
        this.planRoot(scope, query, key, nodes),
      ),
    );
  }

  private planRoot(
    scope: PlanScope,
    query: GraphQLObjectType,
    key: string,
    nodes: FieldNode[],
  ): RootPlan<C> {
    const name = nodes[0].name.value;
    if (name === '__typename') return { key, typename: query.name };
    const root = this.roots.get(name);
    if (!root || nodes.length > 1) throw new NotPlannable(`Query.${name}`);
    const definition = query.getFields()[name];
    const field = { node: nodes[0], definition };
    if (root.kind === 'node') {
      const sets = [nodes[0].selectionSet!];
      const plan: RootPlan<C> = { key, field, root, node: { scope, sets, sqlByType: new Map() } };
      // One type only (meeting): planned now, so a selection it cannot write costs no statement.
      const returned = getNamedType(definition.type);
      if (!isAbstractType(returned)) this.nodeSql(plan, returned.name);
      return plan;
    }
    if (root.kind === 'list') {
      const item = getNamedType(definition.type);
      if (item.name !== root.item || !(item instanceof GraphQLObjectType)) {
        throw new NotPlannable(`Query.${name}`);
      }
      const sets = [nodes[0].selectionSet!];
      return { key, field, root, item: planObject(scope, this.catalogue, item, sets) };
    }
    const type = getNamedType(definition.type) as GraphQLObjectType;
    const nodePlans: ObjectPlan[] = [];
    const shape = connectionShape(scope, type, nodes, (sets) => {
      const nodeType = this.schema.getType(root.node) as GraphQLObjectType;
      nodePlans.push(planObject(scope, this.catalogue, nodeType, sets));
      return nodePlans.length - 1;
    });
    return { key, field, root, shape, plans: nodePlans };
  }
}

/** The fields of a Relay connection: nodes and edges.node from SQL, the rest from the page. */
function connectionShape(
  scope: PlanScope,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  planNodes: (sets: SelectionSetNode[]) => number,
): Shape[] {
  const sets = nodes.map((node) => node.selectionSet!);
  const shapes: Shape[] = [];
  for (const [key, fields] of collectFields(scope, type, sets)) {
    const name = fields[0].name.value;
    const childType = () => getNamedType(type.getFields()[name].type) as GraphQLObjectType;
    if (name === '__typename') shapes.push({ key, kind: 'typename', typename: type.name });
    else if (name === 'totalCount' || name === 'cursor' || PAGE_INFO_FIELDS.has(name)) {
      shapes.push({ key, kind: 'value', property: name });
    } else if (name === 'pageInfo') {
      const fieldsOf = connectionShape(scope, childType(), fields, planNodes);
      shapes.push({ key, kind: 'object', property: name, fields: fieldsOf });
    } else if (name === 'edges') {
      shapes.push({
        key,
        kind: 'edges',
        fields: connectionShape(scope, childType(), fields, planNodes),
      });
    } else if (name === 'nodes' || name === 'node') {
      shapes.push({
        key,
        kind: 'nodes',
        column: planNodes(fields.map((field) => field.selectionSet!)),
      });
    } else throw new NotPlannable(`${type.name}.${name}`);
  }
  return shapes;
}

const PAGE_INFO_FIELDS = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

async function fill(
  shapes: Shape[],
  source: ConnectionShape<{ id: number }> | Record<string, unknown>,
  rows: Map<unknown, Row>,
  node?: { id: number },
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const record = source as Record<string, unknown>;
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'typename':
        out[shape.key] = shape.typename;
        break;
      case 'value':
        out[shape.key] = await record[shape.property];
        break;
      case 'object':
        out[shape.key] = await fill(
          shape.fields,
          record[shape.property] as Record<string, unknown>,
          rows,
        );
        break;
      case 'edges': {
        const edges = (source as ConnectionShape<{ id: number }>).edges;
        out[shape.key] = await Promise.all(
          edges.map((edge) => fill(shape.fields, edge, rows, edge.node)),
        );
        break;
      }
      case 'nodes': {
        const column = `c${shape.column}`;
        const json = (item: { id: number }) => rows.get(item.id)![column] as string;
        const items = (source as ConnectionShape<{ id: number }>).nodes;
        out[shape.key] = node ? RawJson.of(json(node)) : RawJson.list(items.map(json));
        break;
      }
    }
  }
  return out;
}
