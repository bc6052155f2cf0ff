/** The public GraphQL API, as any other client would call it. */
export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; requestId?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const ENDPOINT = '/graphql';

/** An answer that may hold part of the data: what loaded, and what did not. */
export interface Answer<T> {
  data: T;
  /** Root fields an error touched ("sectorInterest"), and named child lists ("meeting.interests"). */
  failed: ReadonlySet<string>;
  /** Every distinct problem once, for one message above the view; none when all loaded. */
  problem?: ApiError;
}

/** Plain words for the error codes a reader can meet. */
function describe(error: GraphQLErrorShape, requestId: string | null): string {
  switch (error.extensions?.code) {
    case 'INTERNAL_SERVER_ERROR':
      return `Internal server error (request ID ${error.extensions.requestId ?? requestId ?? 'unknown'}).`;
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return `Not allowed: ${error.message}`;
    case 'BAD_USER_INPUT':
      return `The request was not accepted: ${error.message}`;
    case 'RATE_LIMITED':
      return 'Too many requests just now; wait a few seconds and reload.';
    case 'SERVICE_UNAVAILABLE':
      return 'The database is not reachable right now; try again shortly.';
    default:
      return error.message;
  }
}

/** Ten lookups failing alike in one request are one problem: each distinct message once. */
function problemOf(errors: GraphQLErrorShape[], requestId: string | null): ApiError {
  const messages = new Set(errors.map((error) => describe(error, requestId)));
  return new ApiError([...messages].join(' '), errors[0].extensions?.code);
}

function failedParts(errors: GraphQLErrorShape[]): Set<string> {
  const parts = new Set<string>();
  for (const [root, child] of errors.map((error) => error.path ?? [])) {
    if (root !== undefined) parts.add(String(root));
    if (typeof child === 'string') parts.add(`${root}.${child}`);
  }
  return parts;
}

/** A query whose answer may be partial; throws when nothing came back to draw. */
export async function query<T>(
  text: string,
  variables: Record<string, unknown> = {},
  apiKey?: string,
): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify({ query: text, variables }),
    });
  } catch {
    throw new ApiError('The service could not be reached. Is it running?');
  }
  let body: { data?: T; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The service answered HTTP ${response.status} without a readable body.`);
  }
  const errors = body.errors ?? [];
  const requestId = response.headers.get('x-request-id');
  if (!body.data) {
    if (errors.length) throw problemOf(errors, requestId);
    throw new ApiError(`The service answered HTTP ${response.status} with no data.`);
  }
  return {
    data: body.data,
    failed: failedParts(errors),
    problem: errors.length ? problemOf(errors, requestId) : undefined,
  };
}

/** A query whose answer must be whole: any error throws. */
export async function gql<T>(
  text: string,
  variables: Record<string, unknown> = {},
  apiKey?: string,
): Promise<T> {
  const answer = await query<T>(text, variables, apiKey);
  if (answer.problem) throw answer.problem;
  return answer.data;
}
