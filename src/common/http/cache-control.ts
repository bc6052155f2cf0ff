import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getNamedType,
  GraphQLSchema,
  isCompositeType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { RequestContext } from '../request-context';

/** Seconds a shared cache may keep an answer that touches only these types. */
export const REFERENCE_MAX_AGE = 300;
export const ANALYTICS_MAX_AGE = 30;
export const DEFAULT_MAX_AGE = 60;

/** Reference data changes rarely: parties, sectors, organizations, relations. */
const REFERENCE_TYPES = new Set([
  'Country',
  'CountryConnection',
  'CountryEdge',
  'Sector',
  'SectorConnection',
  'SectorEdge',
  'Organization',
  'OrganizationConnection',
  'OrganizationEdge',
  'BilateralRelation',
  'Anniversary',
  'PageInfo',
]);

/** The strictest max-age over every field a document selects (reference types minutes, analytics seconds). */
export function maxAgeOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  analyticsFields: ReadonlySet<string>,
): number {
  const typeInfo = new TypeInfo(schema);
  let maxAge = REFERENCE_MAX_AGE;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent?.name === 'Query' && analyticsFields.has(node.name.value)) {
          maxAge = Math.min(maxAge, ANALYTICS_MAX_AGE);
          return;
        }
        const type = typeInfo.getType();
        const named = type ? getNamedType(type) : undefined;
        if (named && isCompositeType(named) && !REFERENCE_TYPES.has(named.name)) {
          maxAge = Math.min(maxAge, DEFAULT_MAX_AGE);
        }
      },
    }),
  );
  return maxAge;
}

/**
 * Cache-Control on every GraphQL response: public reads get the max-age of their strictest part,
 * so a CDN or browser may keep them; a request that used an API key gets `private, no-store`, and
 * a mutation or an answer with errors `no-store`.
 */
export function cacheControlPlugin(
  schema: GraphQLSchema,
  analyticsFields: ReadonlySet<string>,
): ApolloServerPlugin<RequestContext> {
  // Apollo keeps one parsed document per query text, so the walk is done once per text.
  const maxAges = new WeakMap<DocumentNode, number>();
  const maxAgeFor = (document: DocumentNode) => {
    let maxAge = maxAges.get(document);
    if (maxAge === undefined) {
      maxAge = maxAgeOf(schema, document, analyticsFields);
      maxAges.set(document, maxAge);
    }
    return maxAge;
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, document, response, request }) {
          const headers = response.http.headers;
          headers.set('vary', 'authorization, origin');
          const keyed =
            contextValue.user !== undefined || request.http?.headers.has('authorization');
          const errors =
            response.body.kind === 'single' && !!response.body.singleResult.errors?.length;
          if (keyed) headers.set('cache-control', 'private, no-store');
          else if (!operation || !document || operation.operation !== 'query' || errors) {
            headers.set('cache-control', 'no-store');
          } else {
            headers.set('cache-control', `public, max-age=${maxAgeFor(document)}`);
          }
        },
      };
    },
  };
}
