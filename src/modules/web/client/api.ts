/** The public GraphQL API, as any other client would call it. */
export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; field?: string };
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

/** Plain words for the error codes a reader can meet. */
function describe(error: GraphQLErrorShape): string {
  switch (error.extensions?.code) {
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

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  apiKey?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
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
  if (body.errors?.length) {
    throw new ApiError(body.errors.map(describe).join(' '), body.errors[0].extensions?.code);
  }
  if (!body.data) throw new ApiError(`The service answered HTTP ${response.status} with no data.`);
  return body.data;
}
