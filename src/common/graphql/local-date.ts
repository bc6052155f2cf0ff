import { GraphQLError, GraphQLScalarType, ValueNode } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** graphql-scalars takes the year 0000, which PostgreSQL has not: it would fail there as a 500. */
function inPostgresRange(date: string): string {
  if (date.startsWith('0000')) {
    throw new GraphQLError(`Value is not a valid LocalDate (the year 0 does not exist): ${date}`);
  }
  return date;
}

/** The LocalDate scalar of graphql-scalars, refusing dates PostgreSQL cannot store. */
export const LocalDateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  parseValue: (value: unknown) => inPostgresRange(LocalDateResolver.parseValue(value) as string),
  parseLiteral: (node: ValueNode, variables?: Record<string, unknown> | null) =>
    inPostgresRange(LocalDateResolver.parseLiteral(node, variables) as string),
});
