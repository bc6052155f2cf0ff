import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/**
 * Bad input to a query or mutation, naming the field. `reason` says why for mutations, which
 * answer it as a userError: NOT_FOUND when a reference names nothing, else INVALID.
 */
export class BadUserInputError extends AppError {
  constructor(
    message: string,
    field: string,
    readonly reason: 'NOT_FOUND' | 'INVALID' = 'INVALID',
  ) {
    super(message, 'BAD_USER_INPUT', { field });
  }
}
