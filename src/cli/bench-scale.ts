import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../common/project-root';
import { BenchQuery, int, load, median, post } from './bench/measure';
import { formatDoc } from './bench/format-doc';
import { mix } from './bench/queries';
import { runCli } from './run-cli';

/**
 * npm run bench:scale: req/s of the nested page and three dashboard questions with one process,
 * one process of two workers (WEB_CONCURRENCY=2), and two processes sharing Redis behind haproxy
 * (when `haproxy` is installed), all on DATABASE_URL with the answer cache off, so each request
 * executes. Writes the table into docs/scaling.md between markers.
 *
 * Environment: DATABASE_URL (required), REDIS_URL (redis://127.0.0.1:6379), BENCH_DURATION (6),
 * BENCH_RUNS (2), BENCH_CONNECTIONS (10), BENCH_DOC (docs/scaling.md; "-" to skip).
 */

const MAIN = path.join(projectRoot(), 'dist', 'src', 'main.js');
const QUESTIONS = [
  'meetings(first: 50) with participants and interests',
  'topSectors (country)',
  'sectorInterest (country, by SECTOR+PERIOD YEAR)',
  'engagementTimeline (pair, QUARTER)',
];

interface Setup {
  name: string;
  processes: { workers: number }[];
  proxy: boolean;
}

async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${url}/readyz`).then(
        (res) => res.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready`);
}

function startApp(port: number, workers: number): ChildProcess {
  return spawn(process.execPath, [MAIN], {
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      WEB_CONCURRENCY: String(workers),
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `bench-scale-${process.pid}`,
      ANSWER_CACHE_ENTRIES: '0',
      // The budget stays on (and in Redis) so its cost is measured, but large enough for one client.
      RATE_LIMIT_CAPACITY: '1000000000',
      RATE_LIMIT_REFILL_PER_SECOND: '100000000',
      SEED_ON_START: 'false',
    },
  });
}

function startProxy(port: number, backends: number[]): ChildProcess {
  const config = path.join(os.tmpdir(), `atlas-haproxy-${process.pid}.cfg`);
  writeFileSync(
    config,
    [
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 60s',
      '  timeout server 60s',
      'frontend atlas',
      `  bind 127.0.0.1:${port}`,
      '  default_backend apps',
      'backend apps',
      '  balance roundrobin',
      ...backends.map((backend, i) => `  server app${i} 127.0.0.1:${backend}`),
      '',
    ].join('\n'),
  );
  return spawn('haproxy', ['-f', config], { stdio: 'ignore' });
}

async function measure(url: string, item: BenchQuery): Promise<number> {
  const seconds = int('BENCH_DURATION', 6);
  const connections = int('BENCH_CONNECTIONS', 10);
  await load(url, item, connections, 2);
  const runs: number[] = [];
  for (let run = 0; run < int('BENCH_RUNS', 2); run += 1) {
    const result = await load(url, item, connections, seconds);
    if (result.errors > 0) throw new Error(`${item.name}: ${result.errors} errors`);
    runs.push(result.rps);
  }
  return median(runs);
}

async function runSetup(setup: Setup, base: number): Promise<Map<string, number>> {
  const ports = setup.processes.map((_, i) => base + 1 + i);
  const children = setup.processes.map((p, i) => startApp(ports[i]!, p.workers));
  if (setup.proxy) children.push(startProxy(base, ports));
  try {
    await Promise.all(ports.map((port) => waitReady(`http://127.0.0.1:${port}`)));
    const url = `http://127.0.0.1:${setup.proxy ? base : ports[0]}/graphql`;
    const busiest = (await post(
      url,
      '{ b: sectorInterest(groupBy: [COUNTRY], limit: 1) { country { code } } }',
    )) as {
      b: { country: { code: string } }[];
    };
    const country = busiest.b[0]!.country.code;
    const top = (await post(
      url,
      'query ($c: String!) { topPartners(country: $c, limit: 1) { partner { code } } }',
      {
        c: country,
      },
    )) as { topPartners: { partner: { code: string } }[] };
    const items = mix(country, top.topPartners[0]!.partner.code).filter((q) =>
      QUESTIONS.includes(q.name),
    );
    const results = new Map<string, number>();
    for (const item of items) {
      const rps = await measure(url, item);
      console.log(`${setup.name}: ${item.name} ${rps.toFixed(0)} req/s`);
      results.set(item.name, rps);
    }
    return results;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

function writeDoc(table: string): void {
  const target = process.env.BENCH_DOC ?? path.join(projectRoot(), 'docs', 'scaling.md');
  if (target === '-' || !existsSync(target)) return;
  const [start, end] = ['<!-- bench:scale:start -->', '<!-- bench:scale:end -->'];
  const doc = readFileSync(target, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${target} has no ${start} … ${end} markers`);
  writeFileSync(target, `${doc.slice(0, from + start.length)}\n\n${table}\n\n${doc.slice(to)}`);
  formatDoc(target);
}

runCli(async () => {
  if (!process.env.DATABASE_URL) throw new Error('npm run bench:scale needs DATABASE_URL');
  const setups: Setup[] = [
    { name: '1 process, 1 worker', processes: [{ workers: 1 }], proxy: false },
    { name: '1 process, 2 workers', processes: [{ workers: 2 }], proxy: false },
  ];
  const haproxy = spawn('haproxy', ['-v'], { stdio: 'ignore' });
  const hasProxy = await new Promise<boolean>((resolve) => {
    haproxy.on('error', () => resolve(false));
    haproxy.on('exit', (code) => resolve(code === 0));
  });
  if (hasProxy) {
    setups.push({
      name: '2 processes behind haproxy',
      processes: [{ workers: 1 }, { workers: 1 }],
      proxy: true,
    });
  } else {
    console.log('haproxy not installed: the 2-process setup is skipped (apt-get install haproxy)');
  }
  const load0 = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
  const results: Map<string, number>[] = [];
  for (const [i, setup] of setups.entries()) results.push(await runSetup(setup, 4300 + i * 10));
  const header = `| Question | ${setups.map((s) => s.name).join(' | ')} |`;
  const rows = QUESTIONS.map(
    (q) => `| ${q} | ${results.map((r) => `${(r.get(q) ?? NaN).toFixed(0)} req/s`).join(' | ')} |`,
  );
  const table = [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:scale\`: ${int('BENCH_CONNECTIONS', 10)} connections, median req/s of ${int('BENCH_RUNS', 2)} runs of ${int('BENCH_DURATION', 6)} s after a 2 s warm-up, answer cache off (every request executes), rate limit on (in Redis).`,
    `Machine: ${os.availableParallelism?.() ?? os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; PostgreSQL, Redis, haproxy and the load generator share those CPUs. Load average at the start ${load0}.`,
    '',
    header,
    `|---|${setups.map(() => '---:').join('|')}|`,
    ...rows,
  ].join('\n');
  console.log(`\n${table}\n`);
  writeDoc(table);
});
