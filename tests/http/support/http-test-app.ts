import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { App, AppOptions, createApp } from '../../../src/app';
import { createDataSource } from '../../../src/common/database/data-source.factory';
import { entities } from '../../../src/entities';
import { createLogger } from '../../../src/common/logger';
import { seed, syncReferenceData } from '../../../src/modules/dataset/seed';
import { buildAppSchema } from '../../../src/schema';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json?: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
    [key: string]: unknown;
  };
}

export interface HttpTestApp {
  base: string;
  url: string;
  app: App;
  dataSource: DataSource;
  database: TestDatabase;
  /** Every JSON log line the app wrote. */
  logs: Record<string, unknown>[];
  post(body: unknown, headers?: Record<string, string>): Promise<HttpResponse>;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<HttpResponse>;
  request(path: string, init?: RequestInit): Promise<HttpResponse>;
  close(): Promise<void>;
}

export interface HttpTestAppOptions extends Partial<Omit<AppOptions, 'dataSource' | 'schema'>> {
  seed?: boolean;
  /** Use this database URL instead of a fresh test database (the caller owns it). */
  databaseUrl?: string;
  poolSize?: number;
  statementTimeoutMs?: number;
}

export async function readResponse(response: Response): Promise<HttpResponse> {
  const text = await response.text();
  let json: HttpResponse['json'];
  try {
    json = JSON.parse(text) as HttpResponse['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The real app with the given options, on a fresh database, with its logs captured. */
export async function startHttpTestApp(options: HttpTestAppOptions = {}): Promise<HttpTestApp> {
  const database: TestDatabase = options.databaseUrl
    ? { url: options.databaseUrl, embedded: false, drop: async () => undefined }
    : await createTestDatabase();
  const dataSource = createDataSource({
    url: database.url,
    entities,
    poolSize: database.embedded ? 1 : (options.poolSize ?? 5),
    embedded: database.embedded,
    statementTimeoutMs: database.embedded ? undefined : options.statementTimeoutMs,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await syncReferenceData(dataSource);
  if (options.seed ?? true) await seed(dataSource);
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      callback();
    },
  });
  const app = await createApp({
    production: false,
    ...options,
    logger: options.logger ?? createLogger({ level: 'debug', destination: sink }),
    dataSource,
    schema: await buildAppSchema(),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;
  const request = async (path: string, init?: RequestInit) =>
    readResponse(await fetch(`${base}${path}`, init));
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    base,
    url,
    app,
    dataSource,
    database,
    logs,
    post,
    gql: (query, variables, headers) => post({ query, variables }, headers),
    request,
    async close() {
      await app.apollo.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
