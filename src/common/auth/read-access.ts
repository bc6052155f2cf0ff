import { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context';
import { assertRole } from './auth-checker';
import { Role } from './roles';

/**
 * Global middleware: every root query field is a read, open to anyone unless
 * READS_REQUIRE_KEY=true, and refused for a request presenting an invalid or revoked key.
 * Restricted fields add `@Authorized(Role.ADMIN)` on top (the auth checker).
 */
export const readAccess: MiddlewareFn<Context> = ({ context, info }, next) => {
  if (info.parentType.name === 'Query') assertRole(context, Role.VIEWER);
  return next();
};
