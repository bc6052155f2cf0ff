import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../request-context';
import { AnswerCache } from './answer-cache';

/** A request whose services read the committed data version (readDataVersion) once. */
type VersionedContext = RequestContext & { services: { readonly dataVersion: Promise<string> } };

/** Which answers may be kept: whose entry (the public one, or a role's) they go in. */
function entryFor(
  operation: OperationDefinitionNode | undefined,
  context: VersionedContext,
  analyticsFields: ReadonlySet<string>,
): string | undefined {
  // Apollo calls this hook even when the document names no operation to run (an unknown
  // operationName, several operations and none named): execution then reports it as a 400.
  if (operation?.operation !== 'query') return undefined;
  const roots = operation.selectionSet.selections;
  if (roots.some((selection) => selection.kind !== Kind.FIELD || selection.directives?.length)) {
    return undefined;
  }
  if (context.user === undefined && !context.auth.invalidKey) return 'public';
  const analyticsOnly = roots.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (analyticsFields.has(selection.name.value) || selection.name.value === '__typename'),
  );
  return analyticsOnly ? `role:${context.user?.role ?? 'none'}` : undefined;
}

/**
 * Whole answers served without executing, per query text, variables and data version, so every
 * committed write (by any process) retires them. Public reads (no API key) share one entry per
 * question. A request with a key never reads or fills the public entries; only its analytics-only
 * questions, which answer the same for everyone of a role, are kept per role. It answers after
 * the read-access, cost and rate-limit checks (didResolveOperation) and before execution; answers
 * with errors are never stored.
 */
export function responseCache(
  cache: AnswerCache,
  analyticsFields: ReadonlySet<string>,
): ApolloServerPlugin<VersionedContext> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let version: string | undefined;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          const entry = entryFor(operation, contextValue, analyticsFields);
          if (entry === undefined) return null;
          // Without the version there is no cache: execution then meets the database problem
          // itself and answers it as such (503), where a failing plugin would be a 500.
          version = await contextValue.services.dataVersion.catch(() => undefined);
          if (version === undefined) return null;
          key = JSON.stringify([
            new Date().toISOString().slice(0, 10),
            entry,
            request.query,
            request.operationName ?? null,
            request.variables ?? null,
          ]);
          const data = await cache.peek(version, `response:${key}`);
          if (data === undefined) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: data as Record<string, unknown> } },
          };
        },
        async willSendResponse({ response }) {
          if (key === undefined || version === undefined || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          await cache.put(version, `response:${key}`, data);
        },
      };
    },
  };
}
