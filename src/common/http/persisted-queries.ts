import { InMemoryLRUCache, KeyValueCache } from '@apollo/utils.keyvaluecache';
import { createHash } from 'node:crypto';
import { RequestHandler } from 'express';
import { HttpCode } from './error-codes';
import { sendError } from './middleware';

/** Registered query texts are kept this long after their last registration (seconds). */
export const PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;
/** The in-process store of persisted queries is bounded by size (bytes of query text). */
const IN_MEMORY_BYTES = 16 * 1024 * 1024;

export function inMemoryPersistedQueries(): KeyValueCache<string> {
  return new InMemoryLRUCache<string>({
    maxSize: IN_MEMORY_BYTES,
    sizeCalculation: (v) => v.length,
  });
}

export interface PersistedQueryExtension {
  persistedQuery?: { version?: unknown; sha256Hash?: unknown } | null;
  consistencyToken?: unknown;
}

export function extensionsOf(value: unknown): PersistedQueryExtension | undefined {
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as PersistedQueryExtension;
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null
    ? (value as PersistedQueryExtension)
    : undefined;
}

/**
 * A request that registers a persisted query must send the text whose sha256 it names, and the
 * extension must be `{ version: 1, sha256Hash }`. Checked here, with a code, because Apollo gives
 * "provided sha does not match query" and "Unsupported persisted query version" none, and they
 * would be masked as INTERNAL_SERVER_ERROR; a mismatch is a clear 400 and never stored.
 */
export const checkPersistedQueryHash: RequestHandler = (req, res, next) => {
  const source = (req.method === 'GET' ? req.query : req.body) as
    { query?: unknown; extensions?: unknown } | undefined;
  const persisted = extensionsOf(source?.extensions)?.persistedQuery;
  if (persisted == null) return next();
  if (
    typeof persisted !== 'object' ||
    persisted.version !== 1 ||
    typeof persisted.sha256Hash !== 'string'
  ) {
    return sendError(
      res,
      400,
      HttpCode.BAD_REQUEST,
      'extensions.persistedQuery takes { "version": 1, "sha256Hash": "<sha256 of the query, hex>" }.',
    );
  }
  const hash = persisted.sha256Hash;
  if (typeof source?.query !== 'string') return next();
  if (createHash('sha256').update(source.query).digest('hex') !== hash.toLowerCase()) {
    return sendError(
      res,
      400,
      HttpCode.BAD_REQUEST,
      'extensions.persistedQuery.sha256Hash does not match the sha256 of query.',
    );
  }
  next();
};
