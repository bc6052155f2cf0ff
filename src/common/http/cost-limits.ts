import { DocumentNode, GraphQLSchema } from 'graphql';
import { QueryLimits } from '../config';
import { computeCost } from './cost';
import { LimitCode } from './error-codes';

export interface PricedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

/** Why an operation is refused before it runs: a message, a code and the details. */
export interface CostProblem {
  message: string;
  code: string;
  extensions: Record<string, unknown>;
}

export type OperationPrice =
  { cost: number; problem?: undefined } | { cost?: undefined; problem: CostProblem };

/** Variable sets remembered per document. */
const PRICES_PER_DOCUMENT = 32;

/**
 * priceOperation's answers per document, operation name and variables, for one schema and one set
 * of limits: the analysis walks the whole document with a TypeInfo, about 2 % of the CPU of a
 * nested page. Apollo reuses the parsed document for the same query text, and a document's price
 * depends on nothing else.
 */
export class OperationPrices {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, OperationPrice>>();

  constructor(private readonly limits: QueryLimits) {}

  price(operation: PricedOperation): OperationPrice {
    let prices = this.byDocument.get(operation.document);
    if (!prices) {
      prices = new Map();
      this.byDocument.set(operation.document, prices);
    }
    const key = JSON.stringify([operation.operationName ?? null, operation.variables ?? null]);
    let price = prices.get(key);
    if (!price) {
      price = priceOperation(operation, this.limits);
      if (prices.size < PRICES_PER_DOCUMENT) prices.set(key, price);
    }
    return price;
  }
}

/**
 * Prices an operation and checks the page-size and cost limits, for POST /graphql and for
 * subscriptions alike: its cost, or the problem that refuses it.
 */
export function priceOperation(operation: PricedOperation, limits: QueryLimits): OperationPrice {
  let result;
  try {
    result = computeCost({
      schema: operation.schema,
      document: operation.document,
      operationName: operation.operationName,
      variables: operation.variables,
      maxPageSize: limits.maxPageSize,
    });
  } catch (error) {
    // Variables of the wrong type, or a document too large to even count.
    const message = error instanceof Error ? error.message : String(error);
    return {
      problem: /maximum (query )?nodes/i.test(message)
        ? {
            message: `Query too complex to analyse: ${message}`,
            code: LimitCode.COST,
            extensions: { limit: limits.maxCost },
          }
        : { message, code: 'BAD_USER_INPUT', extensions: {} },
    };
  }
  const violation = result.pageViolations[0];
  if (violation) {
    // BAD_USER_INPUT naming the argument, as the resolvers have always reported it
    // (tests/api/pagination.test.ts), but before anything runs.
    return {
      problem: {
        message:
          `${violation.argument} must be between 1 and ${limits.maxPageSize} ` +
          `(${violation.field} asked for ${violation.value}); page through with after/before.`,
        code: 'BAD_USER_INPUT',
        extensions: {
          field: violation.argument,
          coordinate: violation.field,
          limit: limits.maxPageSize,
        },
      },
    };
  }
  if (result.cost > limits.maxCost) {
    return {
      problem: {
        message:
          `Query cost ${result.cost} exceeds the limit of ${limits.maxCost}. Ask for smaller ` +
          'pages or fewer nested connections.',
        code: LimitCode.COST,
        extensions: { cost: result.cost, limit: limits.maxCost },
      },
    };
  }
  return { cost: result.cost };
}
