import { randomUUID } from 'node:crypto';

/** What one HTTP request did, filled in as it goes and logged once when the response ends. */
export interface RequestMeta {
  requestId: string;
  clientIp: string;
  startedAt: bigint;
  operationName?: string;
  operationType?: string;
  cost?: number;
  /** The rate-limit bucket: "key:<id>" or "ip:<address>". */
  client?: string;
  /** extensions.code of every error sent to the client. */
  errorCodes: string[];
  /** First error message sent to the client, for the log line of a rejected request. */
  errorMessage?: string;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-ID when it is a sane token, else a new UUID. */
export function requestIdFrom(header: string | undefined): string {
  return header && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}

// A symbol-keyed property rather than a WeakMap: Apollo shallow-copies the context per
// operation (Object.assign), which copies enumerable symbol properties along.
const REQUEST_META = Symbol('requestMeta');

/** Links the GraphQL context of a request to its meta, so Apollo plugins can fill it in. */
export function bindRequestMeta<T extends object>(context: T, meta: RequestMeta): T {
  Object.defineProperty(context, REQUEST_META, { value: meta, enumerable: true });
  return context;
}

export function requestMetaOf(context: object): RequestMeta | undefined {
  return (context as { [REQUEST_META]?: RequestMeta })[REQUEST_META];
}

export function elapsedSeconds(meta: RequestMeta): number {
  return Number(process.hrtime.bigint() - meta.startedAt) / 1e9;
}
