import 'reflect-metadata';
import { auditServer } from 'graphql-http';
import { startHttpTestApp, HttpTestApp } from '../http/support/http-test-app';

/**
 * graphql-http's server audit suite (GraphQL over HTTP spec). Zero errors; the warnings that
 * remain are listed here and in docs/operations.md with the reason each stays.
 */
const EXPECTED_WARNINGS: Record<string, string> = {
  // The spec prefers 200 for request errors when the client accepts only application/json (the
  // legacy media type). Apollo Server, and issue 5, answer 400: a request that cannot run is a
  // client error, and HTTP-level tooling (metrics, load balancers, logs) should see it as one.
  // Clients that send Accept: application/graphql-response+json get the spec's 4xx anyway.
  '572B': 'parse failure answers 400, not 200, for Accept: application/json',
  FDE2: 'validation failure answers 400, not 200, for Accept: application/json',
  '7B9B': 'variable coercion failure answers 400, not 200, for Accept: application/json',
};

let app: HttpTestApp;
beforeAll(async () => {
  app = await startHttpTestApp({ seed: false, rateLimit: { enabled: false } });
});
afterAll(() => app.close());

test('the graphql-http server audit passes with zero errors', async () => {
  const results = await auditServer({ url: app.url });
  const errors = results.filter((result) => result.status === 'error');
  const warnings = results.filter((result) => result.status === 'warn');
  const describe = async (result: (typeof results)[number]) =>
    `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}${
      'response' in result && result.response
        ? ` [${result.response.status} ${await result.response
            .clone()
            .text()
            .catch(() => '')}]`
        : ''
    }`;
  console.log(
    `audit: ${results.length} audits, ${results.filter((r) => r.status === 'ok').length} ok, ` +
      `${warnings.length} warnings, ${errors.length} errors\n` +
      (await Promise.all([...errors, ...warnings].map(describe))).join('\n'),
  );
  expect(await Promise.all(errors.map(describe))).toEqual([]);
  expect(warnings.map((w) => w.id).sort()).toEqual(Object.keys(EXPECTED_WARNINGS).sort());
});
