import { AuthCheckerFn } from 'type-graphql';
import { AppError } from '../errors';
import type { RequestContext } from '../request-context';
import { AtlasUser, Role, roleAtLeast, userRole } from './roles';

export class UnauthenticatedError extends AppError {
  constructor(message = 'This operation needs a valid API key (Authorization: Bearer <key>).') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends AppError {
  constructor(required: Role) {
    super(`This operation needs an API key with the ${required} role or higher.`, 'FORBIDDEN');
  }
}

/**
 * Throws unless the request may act with `required`. A VIEWER requirement is met without a key
 * while reads are public; an invalid or revoked key is always UNAUTHENTICATED, never ignored.
 */
export function assertRole(
  ctx: Pick<RequestContext, 'user' | 'auth'>,
  required: Role,
): AtlasUser | undefined {
  if (ctx.auth.invalidKey) {
    throw new UnauthenticatedError('The API key is invalid or has been revoked.');
  }
  if (!ctx.user) {
    if (required === Role.VIEWER && !ctx.auth.readsRequireKey) return undefined;
    throw new UnauthenticatedError();
  }
  if (!roleAtLeast(userRole(ctx.user), required)) throw new ForbiddenError(required);
  return ctx.user;
}

/** type-graphql auth checker: `@Authorized(Role.EDITOR)` needs an editor key or better. */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  const required = roles.length ? roles.reduce((a, b) => (roleAtLeast(a, b) ? a : b)) : Role.VIEWER;
  assertRole(context, required);
  return true;
};
