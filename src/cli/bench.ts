import 'reflect-metadata';
import { projectRoot } from '../common/project-root';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli';
import { BenchQuery, int, load, median, ms, post, RunResult } from './bench/measure';
import { formatDoc } from './bench/format-doc';
import { mix } from './bench/queries';
import { againstPeer, peerPairs, PeerResult } from './bench/peer';
import { lookups, rssSampler } from './bench/probes';
import { countStatements } from './bench/statements';
import { cpuMeter, perRequest } from './bench/cpu';

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
 * holding the seed and a small generated set, which takes the same code paths), BENCH_ONLY (only
 * the questions whose name contains it, e.g. "sectorShare").
 */

interface QueryResult extends RunResult {
  name: string;
  statements: number | null;
  /** Median latency of one request at a time, in-process on the same database. */
  single: number | null;
  /** Median time of the AnalyticsService call alone (SQL and row mapping). */
  service: number | null;
  runs: RunResult[];
  /** CPU ms per request over the measured runs: the server's Node process, PostgreSQL. */
  cpu: { node: number; postgres: number };
  /** The same question against BENCH_CACHED_URL (the answer cache on), when given. */
  cached: RunResult | null;
}

/** Warm-up, then the measured runs, with the CPU they cost. */
async function measure(
  url: string,
  item: BenchQuery,
  connections: number,
  seconds: number,
  runs: number,
  meter: ReturnType<typeof cpuMeter>,
) {
  await load(url, item, connections, 2); // warm-up, not reported
  const before = await meter.read();
  const measured: RunResult[] = [];
  for (let run = 0; run < runs; run += 1)
    measured.push(await load(url, item, connections, seconds));
  const after = await meter.read();
  const requests = measured.reduce((sum, r) => sum + r.requests, 0);
  const summary: RunResult = {
    rps: median(measured.map((r) => r.rps)),
    p50: median(measured.map((r) => r.p50)),
    p95: median(measured.map((r) => r.p95)),
    p99: median(measured.map((r) => r.p99)),
    errors: measured.reduce((sum, r) => sum + r.errors, 0),
    requests,
  };
  return { summary, measured, cpu: perRequest(before, after, requests) };
}

runCli(async () => {
  const url = process.env.BENCH_URL ?? 'http://localhost:4000/graphql';
  const connections = int('BENCH_CONNECTIONS', 10);
  const seconds = int('BENCH_DURATION', 8);
  const runs = int('BENCH_RUNS', 3);
  const label = process.env.BENCH_LABEL ?? 'server';
  const target = int('BENCH_TARGET_MS', 50);

  const peerUrl = process.env.PEER_URL;
  const cachedUrl = process.env.BENCH_CACHED_URL;
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  const database = databaseUrl ? new URL(databaseUrl).pathname.slice(1) : null;
  const meter = cpuMeter(url, database);
  const cachedMeter = cachedUrl ? cpuMeter(cachedUrl, database) : null;
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

  const only = process.env.BENCH_ONLY;
  const queries = mix(country, partner).filter((item) => !only || item.name.includes(only));
  if (!queries.length) throw new Error(`BENCH_ONLY=${only} names no question`);
  for (const item of queries) await post(url, item.query, item.variables); // all must succeed

  const results: QueryResult[] = [];
  const rssByQuery: string[] = [];
  for (const item of queries) {
    rss.phase();
    const { summary, measured, cpu } = await measure(url, item, connections, seconds, runs, meter);
    const cached =
      cachedUrl && cachedMeter
        ? (await measure(cachedUrl, item, connections, seconds, runs, cachedMeter)).summary
        : null;
    const result: QueryResult = {
      name: item.name,
      ...summary,
      statements: null,
      single: null,
      service: null,
      runs: measured,
      cpu,
      cached,
    };
    results.push(result);
    await rss.sample();
    rssByQuery.push(`${item.name} ${rss.phase().toFixed(0)} MB`);
    console.log(
      `${item.name}: ${result.rps.toFixed(0)} req/s, p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms, p99 ${ms(result.p99)} ms (p95 per run: ${measured.map((r) => ms(r.p95)).join(', ')}); CPU per request: Node ${ms(cpu.node)} ms, PostgreSQL ${ms(cpu.postgres)} ms${cached ? `; cached: ${cached.rps.toFixed(0)} req/s, p95 ${ms(cached.p95)} ms` : ''}`,
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

  const cachedColumns = cachedUrl ? ' cached req/s | cached p50 ms | cached p95 ms |' : '';
  const header = `| Query | req/s | p50 ms | p95 ms | p99 ms | p95 per run | Node CPU ms / request | PostgreSQL CPU ms / request |${cachedColumns} SQL statements / request | one at a time, ms | service alone, ms | errors | p95 ≤ ${target} ms |`;
  const lines = [
    header,
    `|---|---:|---:|---:|---:|---|---:|---:|${cachedUrl ? '---:|---:|---:|' : ''}---:|---:|---:|---:|---|`,
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.runs
          .map((run) => ms(run.p95))
          .join(' / ')} | ${ms(r.cpu.node)} | ${ms(r.cpu.postgres)} |${
          r.cached
            ? ` ${r.cached.rps.toFixed(0)} | ${ms(r.cached.p50)} | ${ms(r.cached.p95)} |`
            : ''
        } ${r.statements ?? 'n/a'} | ${r.single === null ? 'n/a' : ms(r.single)} | ${r.service === null ? 'n/a' : ms(r.service)} | ${r.errors} | ${
          r.p95 <= target ? 'met' : `missed by ${(r.p95 - target).toFixed(1)} ms`
        } |`,
    ),
  ];
  console.log(`\n${lines.join('\n')}\n`);

  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  const section = [
    `### Results: ${label}`,
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC against ${url}${cachedUrl ? ` (and ${cachedUrl}, the "cached" columns)` : ''}, ${connections} concurrent connections,`,
    `${runs} runs of ${seconds} s per query after a 2 s warm-up; figures are medians over the runs.`,
    `Machine: ${os.availableParallelism?.() ?? os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${memory} memory, Node ${process.version}.`,
    `Data: ${total.mentions.toLocaleString('en-US')} interests at ${total.meetings.toLocaleString('en-US')} meetings. Busiest party ${country} (${sizes.busiest[0]?.mentions.toLocaleString('en-US')} mentions), its top partner ${partner}.`,
    `Load average at the start ${loadBefore}, at the end ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} (1/5/15 min; anything above 0 is other work on the same 2 cores).`,
    `CPU per request: the server's process_cpu_seconds_total (/metrics) and utime + stime of the PostgreSQL backends of ${database ?? '(no database named: not counted)'} (/proc), over the measured runs, divided by the responses.`,
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
    formatDoc(doc);
    console.log(`wrote ${label} results to ${doc}`);
  }
});
