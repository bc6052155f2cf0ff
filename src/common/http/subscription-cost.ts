import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { QueryLimits } from '../config';
import { computeCost } from './cost';
import { LimitCode } from './error-codes';

/**
 * The cost and page-size limits of POST /graphql, for a subscription document (priced once, as
 * one event's result). Empty when it passes.
 */
export function subscriptionCostErrors(
  args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: Record<string, unknown>;
  },
  limits: QueryLimits,
): GraphQLError[] {
  let result;
  try {
    result = computeCost({
      schema: args.schema,
      document: args.document,
      operationName: args.operationName,
      variables: args.variableValues,
      maxPageSize: limits.maxPageSize,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })];
  }
  const violation = result.pageViolations[0];
  if (violation) {
    return [
      new GraphQLError(
        `${violation.argument} must be between 1 and ${limits.maxPageSize} (${violation.field} asked for ${violation.value}).`,
        { extensions: { code: 'BAD_USER_INPUT', field: violation.argument } },
      ),
    ];
  }
  if (result.cost > limits.maxCost) {
    return [
      new GraphQLError(
        `Subscription cost ${result.cost} exceeds the limit of ${limits.maxCost}: select less per event.`,
        { extensions: { code: LimitCode.COST, cost: result.cost, limit: limits.maxCost } },
      ),
    ];
  }
  return [];
}
