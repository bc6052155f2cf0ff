import type { AtlasUser } from './auth/roles';
import type { Loaders } from './loaders';

export interface RequestAuth {
  /** True when reads need a key too (READS_REQUIRE_KEY=true). */
  readsRequireKey: boolean;
  /** True when the request sent a key that is unknown or revoked. */
  invalidKey: boolean;
}

/**
 * What every request's context holds, whatever services the app puts beside it
 * (src/context.ts): the shared code reads this much and no more.
 */
export interface RequestContext {
  requestId: string;
  loaders: Loaders;
  /** The API key the request authenticated with; undefined for anonymous requests. */
  user?: AtlasUser;
  /** How the request authenticated (see src/common/auth). */
  auth: RequestAuth;
}
