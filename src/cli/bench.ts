import { projectRoot } from '../common/project-root';
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
 * With PEER_URL set (PostGraphile 5, see ../shared/peer), the peer's questions are asked of both
 * servers in alternating runs and the req/s ratio printed. Single lookups (meeting(id), node(id))
 * run one at a time; the server's RSS is sampled from its /metrics throughout.
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

const NESTED_PAGE = `{ meetings(first: 50) { nodes { id title date participants { person { name } country { alpha2 } }
  interests { sector { code } country { alpha2 } } } } }`;

/** The peer's questions (PostGraphile 5, ../shared/peer): the same as ours, asked of both. */
function peerPairs(
  country: string,
  countryId: number,
): { name: string; ours: string; peer: string }[] {
  return [
    {
      name: 'nested page: 50 newest meetings with participants (person, country) and interests (sector, country)',
      ours: NESTED_PAGE,
      peer: `{ allMeetings(first: 50, orderBy: [START_DATE_DESC, PRIMARY_KEY_DESC]) { nodes { id title startDate
        participantsByMeetingId { nodes { personByPersonId { name } countryByCountryId { alpha2 } } }
        sectorInterestsByMeetingId { nodes { sectorBySectorId { code } countryByCountryId { alpha2 } } } } } }`,
    },
    {
      name: `one party's interests by sector (busiest party ${country})`,
      ours: `{ topSectors(country: "${country}", limit: 100, exactSector: true) { sector { code } mentions } }`,
      peer: `{ allSectorInterests(condition: {countryId: ${countryId}}) { groupedAggregates(groupBy: [SECTOR_ID]) {
        keys distinctCount { meetingId } } } }`,
    },
  ];
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
      query: NESTED_PAGE,
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

/** Samples the server's resident memory from its /metrics while the bench runs. */
function rssSampler(url: string) {
  const metrics = new URL('/metrics', url).toString();
  let max = 0;
  let phaseMax = 0;
  let samples = 0;
  const sample = async () => {
    try {
      const text = await (await fetch(metrics)).text();
      const match = /^process_resident_memory_bytes (\d+)/m.exec(text);
      if (match) {
        max = Math.max(max, Number(match[1]));
        phaseMax = Math.max(phaseMax, Number(match[1]));
        samples += 1;
      }
    } catch {
      // the server may be busy; the next sample counts
    }
  };
  const timer = setInterval(() => void sample(), 1000);
  return {
    sample,
    stop: () => clearInterval(timer),
    result: () => ({ maxMb: max / 2 ** 20, samples }),
    /** Peak since the previous call, in MB. */
    phase: () => {
      const peak = phaseMax / 2 ** 20;
      phaseMax = 0;
      return peak;
    },
  };
}

interface LookupResult {
  name: string;
  p50: number;
  p95: number;
  requests: number;
}

/** One request at a time, over many different ids: latency as one user sees it. */
async function lookups(url: string, ids: string[], rounds: number): Promise<LookupResult[]> {
  const questions = [
    {
      name: 'meeting(id) with participants and interests',
      query: `query ($id: ID!) { meeting(id: $id) { id title date participants { person { name } country { alpha2 } }
        interests { sector { code } country { alpha2 } } } }`,
    },
    {
      name: 'node(id)',
      query: `query ($id: ID!) { node(id: $id) { id ... on Meeting { title date } } }`,
    },
  ];
  const results: LookupResult[] = [];
  for (const question of questions) {
    for (const id of ids.slice(0, 5)) await post(url, question.query, { id }); // warm-up
    const times: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const id of ids) {
        const begin = performance.now();
        await post(url, question.query, { id });
        times.push(performance.now() - begin);
      }
    }
    times.sort((a, b) => a - b);
    results.push({
      name: question.name,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      requests: times.length,
    });
  }
  return results;
}

interface PeerResult {
  name: string;
  ours: RunResult;
  peer: RunResult;
}

/** Each pair alternately against both servers, `runs` times; medians of the runs. */
async function againstPeer(
  url: string,
  peerUrl: string,
  pairs: ReturnType<typeof peerPairs>,
  connections: number,
  seconds: number,
  runs: number,
): Promise<PeerResult[]> {
  const results: PeerResult[] = [];
  const medianRun = (list: RunResult[]): RunResult => ({
    rps: median(list.map((r) => r.rps)),
    p50: median(list.map((r) => r.p50)),
    p95: median(list.map((r) => r.p95)),
    p99: median(list.map((r) => r.p99)),
    errors: list.reduce((sum, r) => sum + r.errors, 0),
  });
  for (const pair of pairs) {
    await post(url, pair.ours);
    await post(peerUrl, pair.peer);
    const ours: RunResult[] = [];
    const peer: RunResult[] = [];
    for (let run = 0; run < runs; run += 1) {
      ours.push(await load(url, { name: pair.name, query: pair.ours }, connections, seconds));
      peer.push(await load(peerUrl, { name: pair.name, query: pair.peer }, connections, seconds));
    }
    const result = { name: pair.name, ours: medianRun(ours), peer: medianRun(peer) };
    results.push(result);
    console.log(
      `peer: ${pair.name}: ours ${result.ours.rps.toFixed(0)} req/s p95 ${ms(result.ours.p95)} ms, peer ${result.peer.rps.toFixed(0)} req/s p95 ${ms(result.peer.p95)} ms, ratio ${(result.ours.rps / result.peer.rps).toFixed(2)}`,
    );
  }
  return results;
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

  const peerUrl = process.env.PEER_URL;
  console.log(`bench: ${url}, ${connections} connections, ${runs} x ${seconds}s per query`);
  const started = Date.now();
  const rss = rssSampler(url);
  await rss.sample();
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
  const rssByQuery: string[] = [];
  for (const item of queries) {
    rss.phase();
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
    await rss.sample();
    rssByQuery.push(`${item.name} ${rss.phase().toFixed(0)} MB`);
    console.log(
      `${item.name}: ${result.rps.toFixed(0)} req/s, p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms, p99 ${ms(result.p99)} ms (p95 per run: ${measured.map((r) => ms(r.p95)).join(', ')})`,
    );
  }

  const page = (await post(url, '{ meetings(first: 50) { nodes { id } } }')) as {
    meetings: { nodes: { id: string }[] };
  };
  const lookupResults = await lookups(
    url,
    page.meetings.nodes.map((node) => node.id),
    int('BENCH_LOOKUP_ROUNDS', 4),
  );
  for (const r of lookupResults) {
    console.log(`lookup ${r.name}: p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms over ${r.requests}`);
  }

  let peerResults: PeerResult[] = [];
  if (peerUrl) {
    const busiest = (await post(url, 'query ($c: String!) { country(code: $c) { id } }', {
      c: country,
    })) as { country: { id: string } };
    const countryId = Number(
      Buffer.from(busiest.country.id, 'base64url').toString('utf8').split(':')[1],
    );
    peerResults = await againstPeer(
      url,
      peerUrl,
      peerPairs(country, countryId),
      connections,
      seconds,
      runs,
    );
  }
  await rss.sample();
  rss.stop();
  const memoryPeak = rss.result();
  console.log(
    `server RSS peak ${memoryPeak.maxMb.toFixed(0)} MB over ${memoryPeak.samples} samples`,
  );

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
    '',
    `Single lookups, one request at a time over the ${page.meetings.nodes.length} newest meetings (BENCH_LOOKUP_ROUNDS rounds):`,
    '',
    '| Lookup | requests | p50 ms | p95 ms | p95 ≤ 5 ms |',
    '|---|---:|---:|---:|---|',
    ...lookupResults.map(
      (r) =>
        `| ${r.name} | ${r.requests} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.p95 <= 5 ? 'met' : `missed by ${(r.p95 - 5).toFixed(1)} ms`} |`,
    ),
    '',
    `Server RSS peak through the bench: ${memoryPeak.maxMb.toFixed(0)} MB (${memoryPeak.samples} samples of /metrics, one a second; target ≤ 300 MB). Peak while each query ran: ${rssByQuery.join('; ')}.`,
    ...(peerResults.length
      ? [
          '',
          `Side by side with the peer at ${peerUrl} (same database, alternating runs, medians of ${runs} runs of ${seconds} s):`,
          '',
          '| Question | ours req/s | ours p50 / p95 ms | peer req/s | peer p50 / p95 ms | ratio (req/s) |',
          '|---|---:|---:|---:|---:|---:|',
          ...peerResults.map(
            (r) =>
              `| ${r.name} | ${r.ours.rps.toFixed(0)} | ${ms(r.ours.p50)} / ${ms(r.ours.p95)} | ${r.peer.rps.toFixed(0)} | ${ms(r.peer.p50)} / ${ms(r.peer.p95)} | ${(r.ours.rps / r.peer.rps).toFixed(2)} |`,
          ),
        ]
      : []),
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
