import cors, { CorsOptions } from 'cors';
import { Request, RequestHandler, Router } from 'express';

/** Which browser origins may call the API: a list, or any origin (public read-only deployments). */
export type CorsOrigins = readonly string[] | '*';

export const CORS_METHODS = ['GET', 'POST'];
export const CORS_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-atlas-consistency-token',
];
/** Response headers a page on another origin may read. */
export const CORS_EXPOSED_HEADERS = ['x-atlas-consistency-token', 'retry-after'];
/** How long a browser may reuse a preflight answer (seconds). */
export const CORS_MAX_AGE = 600;

const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** CORS_ORIGINS: "*" or a comma-separated list of origins such as https://dashboard.example.org. */
export function parseCorsOrigins(value: string | undefined): CorsOrigins | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (value.trim() === '*') return '*';
  const origins = value
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`CORS_ORIGINS: "${origin}" is not an origin such as https://example.org`);
    }
    if (url.origin !== origin) {
      throw new Error(`CORS_ORIGINS: "${origin}" is not an origin (scheme, host and port only)`);
    }
  }
  return origins;
}

function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? ''}`;
}

/**
 * Decides whether a request's Origin may read the answer. Without a list, the service's own
 * origin is allowed, and outside production any http://localhost port (a frontend in development).
 */
export function originAllowed(
  origin: string,
  req: Request,
  allowed: CorsOrigins | undefined,
  production: boolean,
): boolean {
  if (allowed === '*') return true;
  if (allowed) return allowed.includes(origin);
  return origin === ownOrigin(req) || (!production && LOCALHOST.test(origin));
}

/**
 * CORS for /graphql through the `cors` middleware. Credentials stay off: keys travel in
 * Authorization, never in cookies. A preflight from an origin not allowed is answered 204 with
 * no CORS headers, so the browser blocks the request that would follow; it never reaches Apollo.
 */
export function corsMiddleware(options: {
  origins?: CorsOrigins;
  production: boolean;
}): RequestHandler {
  const router = Router();
  router.use(
    cors((req, callback) => {
      const origin = req.headers.origin;
      const corsOptions: CorsOptions = {
        origin:
          options.origins === '*'
            ? '*'
            : origin !== undefined &&
              originAllowed(origin, req as Request, options.origins, options.production),
        methods: CORS_METHODS,
        allowedHeaders: CORS_HEADERS,
        exposedHeaders: CORS_EXPOSED_HEADERS,
        maxAge: CORS_MAX_AGE,
        credentials: false,
        optionsSuccessStatus: 204,
      };
      callback(null, corsOptions);
    }),
  );
  router.options(/.*/, (_req, res) => {
    res.setHeader('Allow', 'GET, POST, OPTIONS');
    res.status(204).end();
  });
  return router;
}
