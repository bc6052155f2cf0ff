import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { ValidationError } from 'class-validator';
import { AppError } from '../errors';

interface FieldProblem {
  field: string;
  message: string;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Errors the client may see as they are: the API's own typed errors and GraphQL's own. */
function isClientSafe(original: unknown): boolean {
  return original instanceof AppError || original === undefined || original === null;
}

export type ErrorLogger = (error: unknown, formatted: GraphQLFormattedError) => void;

/**
 * Shapes every error a client sees. Validation errors name their fields; anything unexpected
 * (a database fault, a bug) becomes INTERNAL_SERVER_ERROR with no SQL, message or stack.
 */
export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problems = flatten(original.extensions.validationErrors as ValidationError[]);
      return {
        message: problems.map((p) => `${p.field}: ${p.message}`).join('; ') || original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, fields: problems },
      };
    }
    const code = formatted.extensions?.code;
    if (code === 'UNAUTHORIZED') {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'FORBIDDEN' } };
    }
    const fromResolver = formatted.path !== undefined;
    if (fromResolver && !isClientSafe(original)) {
      log(original, formatted);
      return {
        message: 'Internal server error',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      log(original, formatted);
      return { message: 'Internal server error', extensions: { code } };
    }
    return formatted;
  };
}
