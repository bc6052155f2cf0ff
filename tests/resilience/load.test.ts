import 'reflect-metadata';
import { startHttpTestApp, HttpTestApp } from '../http/support/http-test-app';

/** Many concurrent clients over a bounded time: no 5xx and no failed request. */
const CLIENTS = 32;
const DURATION_MS = 8000;

const QUERIES = [
  `query Dashboard { meetings(first: 50) { totalCount nodes { id title date kind
     parties { alpha2 } participants { role person { name } country { alpha2 } }
     interests { stance sector { code } country { alpha2 } partner { alpha2 } } } } }`,
  `query Korea { country(code: "kr") { name people { nodes { name positions { title rank } } }
     meetings(first: 5) { totalCount edges { cursor node { title date } } } } }`,
  `query Countries { countries(first: 100) { nodes { alpha2 name } } }`,
  `query Sectors { sectors { nodes { code name children { code } } } }`,
  `query Pair { meetings(filter: { countryCodes: ["AZ", "KOR"] }, first: 10) { nodes { title
     interests { sector { code } stance } } } }`,
];

let app: HttpTestApp;
beforeAll(async () => {
  // Every client comes from 127.0.0.1: the per-IP budget would throttle this test by design.
  app = await startHttpTestApp({
    rateLimit: { enabled: false },
    statementTimeoutMs: 5000,
    poolSize: 10,
  });
});
afterAll(() => app.close());

test(`${CLIENTS} concurrent clients for ${DURATION_MS / 1000} s: no 5xx, no failed request`, async () => {
  const deadline = Date.now() + DURATION_MS;
  const failures: string[] = [];
  const latencies: number[] = [];
  const client = async (n: number) => {
    for (let i = n; Date.now() < deadline; i += 1) {
      const query = QUERIES[i % QUERIES.length];
      const started = Date.now();
      const res = await app.gql(query);
      latencies.push(Date.now() - started);
      if (res.status !== 200 || res.json?.errors) {
        failures.push(`${res.status} ${res.text.slice(0, 200)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  latencies.sort((a, b) => a - b);
  const p = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  console.log(
    `load: ${latencies.length} requests from ${CLIENTS} clients in ${DURATION_MS} ms; ` +
      `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms, max ${latencies.at(-1)} ms; ` +
      `${failures.length} failed`,
  );
  expect(failures.slice(0, 5)).toEqual([]);
  expect(latencies.length).toBeGreaterThan(CLIENTS);
  const metrics = await app.request('/metrics');
  expect(metrics.text).not.toMatch(/outcome="failed"/);
});
