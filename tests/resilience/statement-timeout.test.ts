import 'reflect-metadata';
import { Client } from 'pg';
import { startHttpTestApp, HttpTestApp } from '../http/support/http-test-app';

/** A statement that runs past statement_timeout is cancelled by PostgreSQL: a clear, quick error. */
const TIMEOUT_MS = 1000;

let app: HttpTestApp;
beforeAll(async () => {
  app = await startHttpTestApp({ seed: true, statementTimeoutMs: TIMEOUT_MS });
});
afterAll(() => app.close());

test('a request stuck behind a lock fails with QUERY_TIMEOUT after the statement timeout', async () => {
  const locker = new Client({ connectionString: app.database.url });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE country IN ACCESS EXCLUSIVE MODE');
  let res;
  const started = Date.now();
  try {
    res = await app.gql(`query Stuck { countries(first: 3) { nodes { alpha2 } } }`);
  } finally {
    await locker.query('ROLLBACK');
    await locker.end();
  }
  const elapsed = Date.now() - started;
  expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  expect(elapsed).toBeLessThan(TIMEOUT_MS + 2000);
  expect(res.json?.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
  expect(res.text).not.toMatch(/canceling statement|SELECT/);
  // The pool is healthy afterwards.
  const next = await app.gql(`{ countries(first: 3) { nodes { alpha2 } } }`);
  expect(next.status).toBe(200);
  expect(next.json?.errors).toBeUndefined();
});
