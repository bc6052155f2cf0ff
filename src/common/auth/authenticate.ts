import type { NextFunction, Request, Response } from 'express';
import { bearerToken, KeyAuthenticator } from './keys';
import { AtlasUser } from './roles';

declare module 'express-serve-static-core' {
  interface Request {
    /** The API key this request authenticated with (set by `authenticate`). */
    atlasUser?: AtlasUser;
    /** True when the request presented a key that is unknown or revoked. */
    atlasInvalidKey?: boolean;
  }
}

/**
 * Express middleware: resolves `Authorization: Bearer <key>` to `req.atlasUser`. It never
 * refuses a request itself; the GraphQL layer decides what needs a key (so a request without
 * a key can still read public data). Costs one indexed lookup, only when a key is sent.
 */
export function authenticate(keys: KeyAuthenticator) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    try {
      const token = bearerToken(req.header('authorization'));
      if (token !== undefined) {
        const user = token ? await keys.authenticate(token) : null;
        if (user) req.atlasUser = user;
        else req.atlasInvalidKey = true;
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

export function readsRequireKey(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'true', 'yes', 'on'].includes((env.READS_REQUIRE_KEY ?? '').toLowerCase());
}
