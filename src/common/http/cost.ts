import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
} from 'graphql';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../relay/connection.types';

/** Items assumed for a plain (unpaginated) list of objects, e.g. Meeting.participants. */
export const LIST_SIZE_ESTIMATE = 5;
/** What one connection costs before its items: the page statement and its bookkeeping. */
export const CONNECTION_BASE_COST = 2;

export interface PageViolation {
  field: string;
  argument: string;
  value: number;
}

export interface CostResult {
  cost: number;
  pageViolations: PageViolation[];
}

const isConnectionName = (name: string) => name.endsWith('Connection');

/**
 * The cost model (like GitHub's and Shopify's): scalars are free; an object costs 1 plus its
 * fields; a connection costs 2 plus `first` (or `last`, else the default page size) times the
 * cost of one item; a plain list of objects counts as its `limit` / BUCKETS_PER_ITEM (analytics lists), node(ids:)
 * as the number of ids, any other as LIST_SIZE_ESTIMATE items. Introspection is free. A field may set its own cost through type-graphql's
 * `@Field({ complexity })`, which is checked first.
 */
function connectionAwareEstimator(): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return 0;
    if (isObjectType(named) && isConnectionName(named.name)) {
      const size = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
      return CONNECTION_BASE_COST + Math.max(1, size) * childComplexity;
    }
    if (isConnectionName(type.name)) {
      // edges and nodes are the page items: the connection multiplies them. Each node costs 1.
      if (field.name === 'nodes') return 1 + childComplexity;
      if (field.name === 'edges') return childComplexity;
      if (named.name === 'PageInfo') return 0;
    }
    if (isListType(getNullableType(field.type))) {
      return listSize(args) * (1 + childComplexity);
    }
    return 1 + childComplexity;
  };
}

/**
 * Analytics buckets per cost unit: a bucket is one aggregated row of a rollup table, far cheaper
 * than a node, so ten buckets cost as much as one node (sectorInterest's default limit of 1000
 * costs 100 times its item cost; the maximum, 10000, costs 1000 times).
 */
export const BUCKETS_PER_ITEM = 10;

/** Items a plain list may return: its ids, its `limit` (analytics lists), else the estimate. */
function listSize(args: Record<string, unknown>): number {
  if (Array.isArray(args.ids)) return args.ids.length;
  if (typeof args.limit === 'number' && Number.isFinite(args.limit)) {
    return Math.max(1, Math.ceil(args.limit / BUCKETS_PER_ITEM));
  }
  return LIST_SIZE_ESTIMATE;
}

/** Records every first/last (or ids list) above the page limit; never decides the cost itself. */
function pageSizeChecker(maxPageSize: number, violations: PageViolation[]): ComplexityEstimator {
  return ({ type, field, args }) => {
    for (const argument of ['first', 'last']) {
      const value = args[argument];
      if (typeof value === 'number' && value > maxPageSize) {
        violations.push({ field: `${type.name}.${field.name}`, argument, value });
      }
    }
    // nodes(ids:) fetches a page of objects too.
    if (Array.isArray(args.ids) && args.ids.length > maxPageSize) {
      violations.push({
        field: `${type.name}.${field.name}`,
        argument: 'ids',
        value: args.ids.length,
      });
    }
    return undefined;
  };
}

/** Cost of the operation to run, and any page-size violations; throws GraphQLError on bad input. */
export function computeCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  maxPageSize: number;
}): CostResult {
  const pageViolations: PageViolation[] = [];
  const cost = getComplexity({
    schema: options.schema,
    query: options.document,
    operationName: options.operationName ?? undefined,
    variables: options.variables ?? {},
    estimators: [
      pageSizeChecker(options.maxPageSize, pageViolations),
      fieldExtensionsEstimator(),
      connectionAwareEstimator(),
    ],
  });
  return { cost, pageViolations };
}
