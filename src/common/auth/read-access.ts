import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../request-context';
import { assertRole } from './auth-checker';
import { Role } from './roles';

/**
 * Every query is a read, open to anyone unless READS_REQUIRE_KEY=true, and refused for a
 * request presenting an invalid or revoked key. Checked once per operation rather than in a
 * field middleware: a middleware on every field doubled the CPU time of a 50-meeting page.
 * Restricted fields add `@Authorized(Role.ADMIN)` on top (the auth checker).
 */
export const readAccessPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (operation?.operation !== 'query') return;
        try {
          assertRole(contextValue, Role.VIEWER);
        } catch (error) {
          (error as { extensions: Record<string, unknown> }).extensions.http = { status: 401 };
          throw error;
        }
      },
    };
  },
};
