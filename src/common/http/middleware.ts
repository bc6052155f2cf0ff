import etag from 'etag';
import { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { Logger } from '../logger';
import { databaseProblem, HttpCode } from './error-codes';
import { AppMetrics } from './metrics';
import { elapsedSeconds, RequestMeta, requestIdFrom } from './request-meta';

export function metaOf(res: Response): RequestMeta {
  return res.locals.requestMeta as RequestMeta;
}

/** A GraphQL-over-HTTP shaped error body. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  const meta = res.locals.requestMeta as RequestMeta | undefined;
  res
    .status(status)
    .type('application/json')
    .send(
      JSON.stringify({
        errors: [{ message, extensions: { code, ...(meta ? { requestId: meta.requestId } : {}) } }],
      }),
    );
}

function outcomeOf(status: number, meta: RequestMeta, aborted: boolean): string {
  if (aborted) return 'aborted';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'failed';
  if (status >= 400) return 'rejected';
  return meta.errorCodes.length ? 'error' : 'ok';
}

/** Error codes and the first message of a JSON error body the app has not seen (e.g. Apollo's own). */
function harvestErrors(meta: RequestMeta, body: unknown): void {
  if (meta.errorCodes.length || typeof body !== 'string' || body.length > 64 * 1024) return;
  try {
    const parsed = JSON.parse(body) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    };
    for (const error of parsed.errors ?? []) {
      meta.errorCodes.push(error.extensions?.code ?? 'UNKNOWN');
      meta.errorMessage ??= error.message;
    }
  } catch {
    // not JSON: nothing to learn
  }
}

/**
 * Gives every request an ID (X-Request-ID in and out) and, when its response ends, writes one
 * log line (request ID, operation, duration, cost, outcome) and records the metrics.
 */
export function requestTracking(options: {
  logger: Logger;
  metrics: AppMetrics;
  quietPaths: string[];
  /** Paths whose requests count in the GraphQL metrics. */
  graphqlPath: string;
}): RequestHandler {
  const { logger, metrics } = options;
  return (req, res, next) => {
    const meta: RequestMeta = {
      requestId: requestIdFrom(req.header('x-request-id')),
      clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      startedAt: process.hrtime.bigint(),
      errorCodes: [],
    };
    // Captured now: a mounted router rewrites req.path while it handles the request.
    const path = req.path;
    res.locals.requestMeta = meta;
    res.setHeader('x-request-id', meta.requestId);
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode >= 400) harvestErrors(meta, body);
      return send(body);
    };
    let logged = false;
    const done = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const seconds = elapsedSeconds(meta);
      const outcome = outcomeOf(res.statusCode, meta, aborted);
      const line = {
        requestId: meta.requestId,
        method: req.method,
        path,
        status: res.statusCode,
        operation: meta.operationName,
        operationType: meta.operationType,
        durationMs: Math.round(seconds * 10_000) / 10,
        cost: meta.cost,
        outcome,
        client: meta.client,
        errorCodes: meta.errorCodes.length ? meta.errorCodes : undefined,
        error: outcome === 'rejected' || outcome === 'failed' ? meta.errorMessage : undefined,
      };
      if (options.quietPaths.includes(path)) {
        logger.debug(line, 'request');
        return;
      }
      const level =
        outcome === 'failed' ? 'error' : outcome === 'ok' || outcome === 'error' ? 'info' : 'warn';
      logger[level](line, 'request');
      if (path !== options.graphqlPath) return;
      const operation = metrics.operationLabel(meta.operationName);
      metrics.requests.inc({ operation, outcome });
      metrics.duration.observe({ operation, outcome }, seconds);
      for (const code of meta.errorCodes) metrics.errors.inc({ code });
    };
    res.on('finish', () => done(false));
    res.on('close', () => done(!res.writableFinished));
    next();
  };
}

/**
 * Express's weak ETag, on GET and HEAD only (the app turns express's own off): a POST is never
 * answered 304, and hashing a 160 kB answer to POST cost a twentieth of its Node CPU.
 */
export const etagOnReads: RequestHandler = (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const text = typeof body === 'string' || Buffer.isBuffer(body);
    if (text && res.statusCode === 200 && !res.get('ETag')) {
      res.set('ETag', etag(body as string | Buffer, { weak: true }));
    }
    return send(body);
  };
  next();
};

/** POST /graphql takes JSON only: anything else is 415, before a byte of it is parsed. */
export const requireJsonPost: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  if (!req.is('application/json')) {
    return sendError(
      res,
      415,
      HttpCode.UNSUPPORTED_MEDIA_TYPE,
      'POST /graphql takes Content-Type: application/json.',
    );
  }
  next();
};

/** Apollo's middleware needs req.body to exist even when nothing was parsed (GET). */
export const ensureBody: RequestHandler = (req, _res, next) => {
  if (!('body' in req)) (req as { body?: unknown }).body = undefined;
  next();
};

/** Body parser and other HTTP-level failures become one clean JSON error, never a stack trace. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { type, status } = (error ?? {}) as { type?: string; status?: number };
    if (type === 'entity.too.large') {
      return sendError(res, 413, HttpCode.PAYLOAD_TOO_LARGE, 'The request body is too large.');
    }
    if (type === 'entity.parse.failed') {
      return sendError(res, 400, HttpCode.BAD_REQUEST, 'The request body is not valid JSON.');
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return sendError(res, 415, HttpCode.UNSUPPORTED_MEDIA_TYPE, 'Unsupported body encoding.');
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(res, status, HttpCode.BAD_REQUEST, 'Malformed request.');
    }
    const meta = res.locals.requestMeta as RequestMeta | undefined;
    if (databaseProblem(error) === 'unavailable') {
      // e.g. the API-key lookup, which runs before GraphQL, while the database is down
      logger.warn({ requestId: meta?.requestId, err: error }, 'database unavailable');
      res.setHeader('retry-after', '1');
      return sendError(
        res,
        503,
        HttpCode.SERVICE_UNAVAILABLE,
        'The database is unavailable. Retry shortly.',
      );
    }
    logger.error({ requestId: meta?.requestId, err: error }, 'unhandled HTTP error');
    sendError(res, 500, HttpCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}

export const notFound: RequestHandler = (_req, res) =>
  sendError(res, 404, HttpCode.NOT_FOUND, 'Not found. The API is at /graphql.');
