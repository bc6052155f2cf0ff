import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { DocumentNode, execute, GraphQLSchema, printSchema } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import type { SelectionSqlExecutor } from './selection-sql/selection-sql-executor';

/** The selection-built SQL, asked first (its context type does not matter here). */
type SqlAnswers = Pick<SelectionSqlExecutor<unknown>, 'tryExecute'>;

export type ExecutionEngine = 'sql' | 'jit' | 'graphql-js';

export interface JitSettings {
  /** Off: every operation runs on graphql-js. */
  enabled: boolean;
  /** A query document is compiled on this use (1 = at once); until then graphql-js runs it. */
  compileAfter: number;
}

export function jitSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): JitSettings {
  const after = Number(env.GRAPHQL_JIT_AFTER ?? 2);
  return {
    enabled: env.GRAPHQL_JIT !== 'off',
    compileAfter: Number.isInteger(after) && after >= 1 ? after : 2,
  };
}

interface DocumentPlans {
  uses: number;
  /** Per operation name; null when graphql-jit could not compile it. */
  compiled: Map<string, CompiledQuery | null>;
}

/**
 * Runs queries through graphql-jit, which compiles a document into one function per operation
 * and walks the result far faster than graphql-js. What stays on graphql-js, so that behaviour is
 * the reference implementation's:
 * - mutations and subscriptions (resolver order and side effects);
 * - a document until its `compileAfter`-th use, so one-off documents never pay for a compile and
 *   a stream of unique documents cannot spend the CPU on compiling;
 * - any query whose compiled run returned errors: it runs again on graphql-js and that answer is
 *   sent, so error codes, messages, paths and partial data are exactly graphql-js's. Queries have
 *   no side effects, and the request's DataLoaders already hold what the first run read.
 */
export class JitExecutor {
  /** Keyed by Apollo's parsed document, which its document store reuses for the same text. */
  private readonly plans = new WeakMap<DocumentNode, DocumentPlans>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly settings: JitSettings,
    private readonly onExecute: (engine: ExecutionEngine) => void = () => undefined,
    private readonly selectionSql?: SqlAnswers,
  ) {}

  readonly execute: GatewayExecutor = async (rc) => {
    const answered = await this.selectionSql?.tryExecute(rc);
    if (answered) {
      this.onExecute('sql');
      return answered;
    }
    const compiled = this.compiledFor(rc);
    if (compiled) {
      const result = await compiled.query(undefined, rc.context, rc.request.variables ?? {});
      if (!result.errors?.length) {
        this.onExecute('jit');
        return result as GatewayExecutionResult;
      }
    }
    this.onExecute('graphql-js');
    return this.reference(rc);
  };

  private reference(rc: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> {
    return Promise.resolve(
      execute({
        schema: this.schema,
        document: rc.document!,
        contextValue: rc.context,
        variableValues: rc.request.variables,
        operationName: rc.request.operationName,
      }) as GatewayExecutionResult | Promise<GatewayExecutionResult>,
    );
  }

  private compiledFor(rc: GatewayGraphQLRequestContext): CompiledQuery | null {
    const { document, operation } = rc;
    if (!this.settings.enabled || !document || operation?.operation !== 'query') return null;
    let plans = this.plans.get(document);
    if (!plans) {
      plans = { uses: 0, compiled: new Map() };
      this.plans.set(document, plans);
    }
    plans.uses += 1;
    if (plans.uses < this.settings.compileAfter) return null;
    const name = rc.request.operationName ?? '';
    if (!plans.compiled.has(name)) {
      const result = compileQuery(this.schema, document, rc.request.operationName ?? undefined, {
        // A compiled run with errors is run again on graphql-js; its stacks are never read.
        disablingCapturingStackErrors: true,
      });
      plans.compiled.set(name, isCompiledQuery(result) ? result : null);
    }
    return plans.compiled.get(name) ?? null;
  }
}

/**
 * Apollo Server's gateway interface is its one supported way to replace execution; this
 * "gateway" serves a fixed local schema and hands every operation to the JitExecutor, which
 * first offers queries to the selection-built SQL reads when there are any. With both off,
 * createApp passes the schema to Apollo instead and no gateway is made.
 */
export function jitGateway(
  schema: GraphQLSchema,
  settings: JitSettings,
  onExecute?: (engine: ExecutionEngine) => void,
  selectionSql?: SqlAnswers,
): GatewayInterface {
  const executor = new JitExecutor(schema, settings, onExecute, selectionSql);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor: executor.execute }),
    stop: async () => undefined,
  };
}
