import 'reflect-metadata';
import autocannon from 'autocannon';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataSource, Logger } from 'typeorm';
import { createApp } from '../app';
import { createDataSource } from '../common/database/data-source.factory';
import { startEmbeddedPostgres } from '../common/database/embedded-postgres';
import { seed } from '../modules/dataset/seed';
import { AnalyticsService } from '../modules/analytics/analytics.service';
import { InterestDimension, Period } from '../modules/analytics/analytics.inputs';
import { CountryService } from '../modules/country/country.service';
import { Loaders } from '../common/loaders';
import { generate } from '../modules/generator/generator';
import { buildAppSchema } from '../schema';
import { runCli } from './run-cli';

/**
 * npm run bench: drives a RUNNING server with autocannon, one dashboard query at a time, and
 * reports req/s, p50/p95/p99 latency (medians over BENCH_RUNS runs) and SQL statements per
 * request, then writes the results into docs/benchmarks.md between markers for BENCH_LABEL.
 *
 * Environment: BENCH_URL (default http://localhost:4000/graphql), BENCH_CONNECTIONS (10),
 * BENCH_DURATION seconds per run (8), BENCH_RUNS (3), BENCH_LABEL (server), BENCH_DOC
 * (docs/benchmarks.md; "-" to skip), BENCH_DATABASE_URL (database to count statements on;
 * DATABASE_URL by default; without either, statements are counted on an in-memory PGlite
 * holding the seed and a small generated set, which takes the same code paths).
 */

interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The same question asked of AnalyticsService directly: SQL and row mapping, no GraphQL. */
  service?: (analytics: AnalyticsService) => Promise<unknown>;
}

interface RunResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

interface QueryResult extends RunResult {
  name: string;
  statements: number | null;
  /** Median latency of one request at a time, in-process on the same database. */
  single: number | null;
  /** Median time of the AnalyticsService call alone (SQL and row mapping). */
  service: number | null;
  runs: RunResult[];
}

function int(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number`);
  return parsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) {
    throw new Error(`query failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data!;
}

function mix(country: string, partner: string): BenchQuery[] {
  return [
    {
      name: 'sectorInterest (country, by SECTOR+PERIOD YEAR)',
      query: `query ($c: [String!]) { sectorInterest(filter: { countryCodes: $c }, groupBy: [SECTOR, PERIOD], period: YEAR) {
        sector { code name } period periodPrecision mentions meetings firstMentionedOn lastMentionedOn } }`,
      variables: { c: [country] },
      service: (a) =>
        a.sectorInterest(
          { countryCodes: [country] },
          [InterestDimension.SECTOR, InterestDimension.PERIOD],
          Period.YEAR,
        ),
    },
    {
      name: 'sectorOverlap (pair)',
      query: `query ($a: String!, $b: String!) { sectorOverlap(a: $a, b: $b) {
        sector { code name } mentionsByA mentionsByB mentions } }`,
      variables: { a: country, b: partner },
      service: (a) => a.sectorOverlap(country, partner, {}),
    },
    {
      name: 'topSectors (country)',
      query: `query ($c: String!) { topSectors(country: $c, limit: 10) { sector { code name } mentions share } }`,
      variables: { c: country },
      service: (a) => a.topSectors(country, undefined, {}, 10, false),
    },
    {
      name: 'topSectors (country+partner, 2000-03-15..2019-12-30)',
      query: `query ($c: String!, $p: String!) { topSectors(country: $c, partner: $p, from: "2000-03-15", to: "2019-12-30", limit: 10) {
        sector { code name } mentions share } }`,
      variables: { c: country, p: partner },
      service: (a) =>
        a.topSectors(country, partner, { from: '2000-03-15', to: '2019-12-30' }, 10, false),
    },
    {
      name: 'topPartners (country)',
      query: `query ($c: String!) { topPartners(country: $c, limit: 10) { partner { code name } mentions share } }`,
      variables: { c: country },
      service: (a) => a.topPartners(country, undefined, {}, 10),
    },
    {
      name: 'topPartners (country+sector energy)',
      query: `query ($c: String!) { topPartners(country: $c, sector: "energy", limit: 10) { partner { code name } mentions share } }`,
      variables: { c: country },
      service: (a) => a.topPartners(country, 'energy', {}, 10),
    },
    {
      name: 'engagementTimeline (pair, QUARTER)',
      query: `query ($a: String!, $b: String!) { engagementTimeline(a: $a, b: $b, period: QUARTER) {
        period periodPrecision meetings byKind { kind meetings } } }`,
      variables: { a: country, b: partner },
      service: (a) => a.engagementTimeline(country, partner, Period.QUARTER),
    },
    {
      name: 'upcomingAnniversaries (365 days, every 5)',
      query: `{ upcomingAnniversaries(within: 365, every: 5, asOf: "2025-01-01") {
        years date precision daysUntil countries { code } relation { established } } }`,
      service: (a) => a.upcomingAnniversaries(365, 5, '2025-01-01'),
    },
    {
      name: 'sectorShare (country, all time)',
      query: `query ($c: String!) { sectorShare(country: $c) { mentions countriesCompared
        sectors { sector { code name } mentions share averageShare } } }`,
      variables: { c: country },
      service: (a) => a.sectorShare(country, {}, false),
    },
    {
      name: 'sectorShare (country, 2015-2019)',
      query: `query ($c: String!) { sectorShare(country: $c, from: "2015-01-01", to: "2019-12-31") { mentions countriesCompared
        sectors { sector { code name } mentions share averageShare } } }`,
      variables: { c: country },
      service: (a) => a.sectorShare(country, { from: '2015-01-01', to: '2019-12-31' }, false),
    },
    {
      name: 'meetings(first: 50) with participants and interests',
      query: `{ meetings(first: 50) { nodes { participants { person { name } country { alpha2 } }
        interests { sector { code } country { alpha2 } } } } }`,
    },
  ];
}

function load(url: string, item: BenchQuery, connections: number, seconds: number) {
  return new Promise<RunResult>((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: item.query, variables: item.variables }),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          rps: result.requests.total / (result.duration || seconds),
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: errors + result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors += 1;
      latencies.push(responseTime);
    });
  });
}

class CountingLogger implements Logger {
  count = 0;
  logQuery() {
    this.count += 1;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** SQL statements per request, counted in-process by a TypeORM logger on the same app code. */
async function countStatements(
  queries: BenchQuery[],
): Promise<{ counts: number[]; single: number[]; service: (number | null)[]; where: string }> {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const logger = new CountingLogger();
  let dataSource: DataSource;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (url) {
    dataSource = createDataSource({ url, poolSize: 2, logging: true, logger });
    await dataSource.initialize();
  } else {
    const embedded = await startEmbeddedPostgres('memory');
    stopEmbedded = () => embedded.stop();
    dataSource = createDataSource({ url: embedded.url, poolSize: 1, logging: true, logger });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await seed(dataSource);
    await generate(dataSource, { interests: 2000, seed: 1, vacuum: false });
  }
  const { httpServer, apollo } = await createApp({
    dataSource,
    schema: await buildAppSchema(),
    production: true,
    log: () => undefined,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const local = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  const counts: number[] = [];
  const single: number[] = [];
  const service: (number | null)[] = [];
  try {
    for (const item of queries) {
      await post(local, item.query, item.variables); // warm up
      logger.count = 0;
      await post(local, item.query, item.variables);
      counts.push(logger.count);
      if (url) {
        const times: number[] = [];
        for (let i = 0; i < 7; i += 1) {
          const begin = performance.now();
          await post(local, item.query, item.variables);
          times.push(performance.now() - begin);
        }
        single.push(median(times));
        const analytics = new AnalyticsService(
          dataSource,
          new CountryService(dataSource, new Loaders(dataSource)),
        );
        const serviceTimes: number[] = [];
        for (let i = 0; item.service && i < 7; i += 1) {
          const begin = performance.now();
          await item.service(analytics);
          serviceTimes.push(performance.now() - begin);
        }
        service.push(item.service ? median(serviceTimes) : null);
      }
    }
  } finally {
    await apollo.stop();
    await dataSource.destroy();
    await stopEmbedded?.();
  }
  return {
    counts,
    single,
    service,
    where: url
      ? 'the same database, through an in-process copy of the app with a counting TypeORM logger'
      : 'an in-memory PGlite with the seed and 2,000 generated interests, through an in-process copy of the app with a counting TypeORM logger (same code paths)',
  };
}

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : 'n/a';
}

runCli(async () => {
  const url = process.env.BENCH_URL ?? 'http://localhost:4000/graphql';
  const connections = int('BENCH_CONNECTIONS', 10);
  const seconds = int('BENCH_DURATION', 8);
  const runs = int('BENCH_RUNS', 3);
  const label = process.env.BENCH_LABEL ?? 'server';
  const target = int('BENCH_TARGET_MS', 50);

  console.log(`bench: ${url}, ${connections} connections, ${runs} x ${seconds}s per query`);
  const started = Date.now();
  const loadBefore = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
  const sizes = (await post(
    url,
    `{ total: sectorInterest(groupBy: []) { mentions meetings }
       busiest: sectorInterest(groupBy: [COUNTRY], limit: 1) { country { code } mentions } }`,
  )) as {
    total: { mentions: number; meetings: number }[];
    busiest: { country: { code: string }; mentions: number }[];
  };
  const country = process.env.BENCH_COUNTRY ?? sizes.busiest[0].country.code;
  const partners = (await post(
    url,
    'query ($c: String!) { topPartners(country: $c, limit: 1) { partner { code } mentions } }',
    { c: country },
  )) as { topPartners: { partner: { code: string }; mentions: number }[] };
  const partner = process.env.BENCH_PARTNER ?? partners.topPartners[0].partner.code;
  const total = sizes.total[0] ?? { mentions: 0, meetings: 0 };
  console.log(
    `data: ${total.mentions} interests at ${total.meetings} meetings; busiest party ${country} (${sizes.busiest[0]?.mentions} mentions), its top partner ${partner} (${partners.topPartners[0]?.mentions})`,
  );

  const queries = mix(country, partner);
  for (const item of queries) await post(url, item.query, item.variables); // all must succeed

  const results: QueryResult[] = [];
  for (const item of queries) {
    await load(url, item, connections, 2); // warm-up, not reported
    const measured: RunResult[] = [];
    for (let run = 0; run < runs; run += 1)
      measured.push(await load(url, item, connections, seconds));
    const result: QueryResult = {
      name: item.name,
      rps: median(measured.map((r) => r.rps)),
      p50: median(measured.map((r) => r.p50)),
      p95: median(measured.map((r) => r.p95)),
      p99: median(measured.map((r) => r.p99)),
      errors: measured.reduce((sum, r) => sum + r.errors, 0),
      statements: null,
      single: null,
      service: null,
      runs: measured,
    };
    results.push(result);
    console.log(
      `${item.name}: ${result.rps.toFixed(0)} req/s, p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms, p99 ${ms(result.p99)} ms (p95 per run: ${measured.map((r) => ms(r.p95)).join(', ')})`,
    );
  }

  const counted = await countStatements(queries);
  counted.counts.forEach((count, index) => (results[index].statements = count));
  counted.single.forEach((time, index) => (results[index].single = time));
  counted.service.forEach((time, index) => (results[index].service = time));

  const header = `| Query | req/s | p50 ms | p95 ms | p99 ms | p95 per run | SQL statements / request | one at a time, ms | service alone, ms | errors | p95 ≤ ${target} ms |`;
  const lines = [
    header,
    '|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.runs
          .map((run) => ms(run.p95))
          .join(
            ' / ',
          )} | ${r.statements ?? 'n/a'} | ${r.single === null ? 'n/a' : ms(r.single)} | ${r.service === null ? 'n/a' : ms(r.service)} | ${r.errors} | ${
          r.p95 <= target ? 'met' : `missed by ${(r.p95 - target).toFixed(1)} ms`
        } |`,
    ),
  ];
  console.log(`\n${lines.join('\n')}\n`);

  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  const section = [
    `### Results: ${label}`,
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC against ${url}, ${connections} concurrent connections,`,
    `${runs} runs of ${seconds} s per query after a 2 s warm-up; figures are medians over the runs.`,
    `Machine: ${os.availableParallelism?.() ?? os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${memory} memory, Node ${process.version}.`,
    `Data: ${total.mentions.toLocaleString('en-US')} interests at ${total.meetings.toLocaleString('en-US')} meetings. Busiest party ${country} (${sizes.busiest[0]?.mentions.toLocaleString('en-US')} mentions), its top partner ${partner}.`,
    `Load average at the start ${loadBefore}, at the end ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} (1/5/15 min; anything above 0 is other work on the same 2 cores).`,
    `Statements counted on ${counted.where}. Bench wall time ${Math.round((Date.now() - started) / 1000)} s.`,
    '',
    ...lines,
  ].join('\n');

  const doc = process.env.BENCH_DOC ?? path.join(projectRoot(), 'docs', 'benchmarks.md');
  if (doc !== '-') {
    const start = `<!-- bench:${label}:start -->`;
    const end = `<!-- bench:${label}:end -->`;
    const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
    const block = `${start}\n${section}\n${end}`;
    const next = text.includes(start)
      ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block)
      : `${text.trimEnd()}\n\n${block}\n`;
    writeFileSync(doc, next);
    console.log(`wrote ${label} results to ${doc}`);
  }
});
