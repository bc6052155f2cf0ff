import type { ApolloServerPlugin } from '@apollo/server';
import { valueFromASTUntyped, visit } from 'graphql';
import { BadUserInputError } from '../errors';

/** Path (argument.field...) of the first string holding a NUL character, if any. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = nulPath(item, path);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold a NUL character: an argument carrying one would fail there and be
 * masked as INTERNAL_SERVER_ERROR. Checked once per operation, before any resolver runs.
 */
export const nulCharacterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const variables = request.variables ?? {};
        visit(document, {
          Argument(node) {
            const path = nulPath(valueFromASTUntyped(node.value, variables), node.name.value);
            if (!path) return;
            const error = new BadUserInputError(`${path} must not contain a NUL character`, path);
            (error.extensions as Record<string, unknown>).http = { status: 400 };
            throw error;
          },
        });
      },
    };
  },
};
