import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** extensions.code of the errors this layer adds; see docs/operations.md. */
export const LimitCode = {
  DEPTH: 'DEPTH_LIMIT_EXCEEDED',
  ALIASES: 'ALIAS_LIMIT_EXCEEDED',
  DIRECTIVES: 'DIRECTIVE_LIMIT_EXCEEDED',
  TOKENS: 'TOKEN_LIMIT_EXCEEDED',
  COST: 'COST_LIMIT_EXCEEDED',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

export const HttpCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

const LIMIT_CODES = new Set<string>(Object.values(LimitCode));

/** A limit error, rejected before execution with HTTP 400 (429 when throttled). */
export function limitError(
  message: string,
  code: string,
  extensions: Record<string, unknown> = {},
  status = 400,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
}

type DatabaseProblem = 'unavailable' | 'timeout';

const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
]);
// admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
const UNAVAILABLE_SQLSTATE = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|not queryable|Cannot use a pool after calling end/i;

/** Whether an error means the database is unreachable (or cancelled a statement that ran too long). */
export function databaseProblem(error: unknown): DatabaseProblem | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (code === '57014') return 'timeout';
    if (typeof code === 'string') {
      if (UNAVAILABLE_ERRNO.has(code) || UNAVAILABLE_SQLSTATE.has(code) || code.startsWith('08')) {
        return 'unavailable';
      }
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return 'unavailable';
    const next = current as {
      driverError?: unknown;
      cause?: unknown;
      originalError?: unknown;
      thrownValue?: unknown;
    };
    // thrownValue: graphql-js wraps a thrown non-Error (or an Error from another realm) in it.
    current = next.driverError ?? next.originalError ?? next.thrownValue ?? next.cause;
  }
  return undefined;
}

// graphql-js 16 words it "more that N tokens".
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/**
 * Runs before the domain's formatError: gives limit errors their own code (Apollo files every
 * validation error under GRAPHQL_VALIDATION_FAILED), and turns database outages and statement
 * timeouts into clear, safe errors instead of a masked INTERNAL_SERVER_ERROR.
 */
export function createOperationalFormatError(
  inner: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original =
      error instanceof GraphQLError && error.originalError instanceof GraphQLError
        ? error.originalError
        : undefined;
    const originalCode = original?.extensions?.code;
    if (typeof originalCode === 'string' && LIMIT_CODES.has(originalCode)) {
      const extensions = Object.fromEntries(
        Object.entries(original!.extensions).filter(([key]) => key !== 'http'),
      );
      return { message: formatted.message, locations: formatted.locations, extensions };
    }
    if (
      formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' &&
      TOKEN_LIMIT.test(formatted.message)
    ) {
      const limit = Number(TOKEN_LIMIT.exec(formatted.message)![1]);
      return {
        message: `The query has more than ${limit} tokens. Send a shorter document.`,
        extensions: { code: LimitCode.TOKENS, limit },
      };
    }
    const problem = databaseProblem(unwrapResolverError(error));
    if (problem === 'unavailable') {
      return {
        message: 'The database is unavailable. Retry shortly.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: HttpCode.SERVICE_UNAVAILABLE },
      };
    }
    if (problem === 'timeout') {
      return {
        message:
          'The query took too long and was cancelled. Ask for less (smaller pages, fewer fields).',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: HttpCode.QUERY_TIMEOUT },
      };
    }
    return inner(formatted, error);
  };
}
