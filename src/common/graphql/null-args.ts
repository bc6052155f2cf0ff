import { GraphQLObjectType, isNonNullType } from 'graphql';

/**
 * A read query takes an explicit null for an optional argument as "not given": GraphQL passes
 * null through and does not apply the default, so `filter: null` reached services that default
 * only an absent filter, and `asOf: null` a service that counts from today only when absent.
 */
export function nullArgumentsAsAbsent(type: GraphQLObjectType | null | undefined): void {
  if (!type) return;
  for (const field of Object.values(type.getFields())) {
    const optional = field.args.filter((arg) => !isNonNullType(arg.type));
    const resolve = field.resolve;
    if (!optional.length || !resolve) continue;
    field.resolve = (source, args: Record<string, unknown>, context, info) => {
      let given = args;
      for (const arg of optional) {
        if (given[arg.name] !== null) continue;
        if (given === args) given = { ...args };
        if (arg.defaultValue === undefined) delete given[arg.name];
        else given[arg.name] = arg.defaultValue;
      }
      return resolve(source, given, context, info);
    };
  }
}
