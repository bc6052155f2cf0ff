import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, OperationDefinitionNode } from 'graphql';
import type { Context } from '../../context';
import { AnswerCache } from './answer-cache';

/**
 * Whole answers of queries that ask only for analytics (the same for every caller), cached per
 * query text, variables, role and data version. It answers after the read-access, cost and
 * rate-limit checks (which run in didResolveOperation) and before execution; answers with
 * errors are never stored. The role is in the key because restricted fields answer by role.
 */
export function analyticsResponseCache(
  cache: AnswerCache,
  rootFields: ReadonlySet<string>,
): ApolloServerPlugin<Context> {
  const cacheable = (operation: OperationDefinitionNode) =>
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD &&
        !selection.directives?.length &&
        (rootFields.has(selection.name.value) || selection.name.value === '__typename'),
    );
  return {
    async requestDidStart() {
      let key: string | undefined;
      let version: string | undefined;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          if (!cacheable(operation)) return null;
          version = await contextValue.services.dataVersion;
          key = JSON.stringify([
            new Date().toISOString().slice(0, 10),
            contextValue.user?.role ?? null,
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
