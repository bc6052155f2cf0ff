import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromiumForSessions } from '../browser/support/chromium';
import { DRAFT_FIELDS, seedReport } from '../extraction/support';
import { AppProcess } from '../scale/support/app-process';
import { MALFORMED_REQUESTS } from '../support/malformed-requests';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { browse, extract, hostile, QuietSpell, Tally, Traffic } from './support/traffic';

/**
 * The default install under real use (issue 21): the built server (dist/src/main.js, as
 * `npm start` runs it) on a fresh embedded data directory, or on a fresh database of the
 * DATABASE_URL server, seeded as `npm start` seeds it (datasets/seed.json: the article, the
 * Office of the Historian, the UN General Debate), for SOAK_SECONDS (120): 8 browser sessions browsing the dashboard views,
 * an editor extracting reports, and hostile requests, all at once, with one quiet spell longer
 * than pg-pool's idle timeout half-way. No answer may be a 5xx or a masked error, no view may
 * show one, and the server may log no error.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const SESSIONS = 8;
const QUIET_MS = 15_000;

let dir: string;
let database: TestDatabase | undefined;
let server: AppProcess;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-soak-'));
  database = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
  server = new AppProcess({
    NODE_OPTIONS: '',
    DATABASE_URL: database?.url ?? '',
    PGLITE_DIR: path.join(dir, 'data'),
    SEED_ON_START: 'true',
    SEED_MANIFEST: path.join(__dirname, '..', '..', 'datasets', 'seed.json'),
    FIRST_ADMIN_KEY_FILE: path.join(dir, 'first-admin-key.txt'),
    REDIS_URL: '',
    // The budget runs, as it does by default, but one loopback client may spend all it wants.
    RATE_LIMIT_CAPACITY: '1000000000',
    RATE_LIMIT_REFILL_PER_SECOND: '100000000',
  });
  await server.start();
  browser = await launchChromiumForSessions();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function editorKey(): Promise<string> {
  const admin = readFileSync(path.join(dir, 'first-admin-key.txt'), 'utf8').trim();
  const res = await server.gql(
    'mutation { createApiKey(input: { name: "Soak editor", role: EDITOR }) { secret } }',
    {},
    { authorization: `Bearer ${admin}` },
  );
  const secret = (res.body.data?.createApiKey as { secret: string } | undefined)?.secret;
  if (!secret) throw new Error(`no editor key: ${JSON.stringify(res.body)}`);
  return secret;
}

async function dashboardViews(): Promise<string[]> {
  const res = await server.gql('{ meetings(first: 2) { nodes { id } } }');
  const ids = (res.body.data!.meetings as { nodes: { id: string }[] }).nodes.map((m) => m.id);
  return [
    '/',
    '/?party=KR',
    '/?party=AZ',
    '/?party=Korea',
    '/?a=AZ&b=KR',
    '/?a=KR&b=AZ&period=QUARTER',
    '/?party=KR&period=QUARTER&from=2022-01-01',
    `/?meeting=${encodeURIComponent(ids[0])}`,
    `/?meeting=${encodeURIComponent(ids[1])}`,
    '/?party=Atlantis',
    '/?party=US',
    '/?party=CD',
    '/?a=US&b=JP&period=QUARTER',
    '/?shade=mining',
    '/review',
  ];
}

/** Reports we wrote, and the seed report: the sector lookups of extraction run for each. */
const REPORTS = [
  seedReport(),
  'Kazakh Foreign Minister Murat Nurtleu and Mongolian Foreign Minister Batmunkh Battsetseg held talks in Astana on May 14. Nurtleu stressed cooperation in agriculture and renewable energy.',
  'The Georgian and Armenian prime ministers met in Tbilisi on 3 March and discussed transport, logistics and tourism.',
];

/** Error lines of the server's log: JSON lines at level error or fatal, and anything not JSON. */
function errorLines(log: string[]): string[] {
  return log.filter((line) => {
    if (!line.trim()) return false;
    try {
      const { level } = JSON.parse(line) as { level?: unknown };
      return level === 'error' || level === 'fatal' || level === 50 || level === 60;
    } catch {
      return true;
    }
  });
}

test(`${SESSIONS} browser sessions, extraction and hostile requests for ${SECONDS} s: no error anywhere`, async () => {
  const tally = new Tally();
  const traffic: Traffic = {
    base: server.url,
    until: Date.now() + SECONDS * 1000,
    tally,
    quiet: new QuietSpell(),
  };
  const views = await dashboardViews();
  const key = await editorKey();
  const halfway = setTimeout(() => traffic.quiet.begin(QUIET_MS), (SECONDS * 1000) / 2);
  try {
    await Promise.all([
      ...Array.from({ length: SESSIONS }, (_, session) => browse(browser, session, views, traffic)),
      extract(traffic, key, REPORTS, DRAFT_FIELDS),
      hostile(traffic),
    ]);
  } finally {
    clearTimeout(halfway);
  }
  const stopped = await server.stopWithCode();
  console.log(
    `soak on ${database ? 'the PostgreSQL server' : 'embedded PGlite'}, ${SECONDS} s: ` +
      `${tally.counts.views} views in ${SESSIONS} sessions (${tally.counts.graphqlResponses} ` +
      `GraphQL answers), ${tally.counts.extractions} extractions, ${tally.counts.hostile} ` +
      `hostile requests; ${tally.failures.length} failures; ${server.log.length} log lines`,
  );
  expect(tally.failures).toEqual([]);
  expect(errorLines(server.log)).toEqual([]);
  expect(stopped).toBe(0);
  // Enough traffic to mean something: every session drew views, every hostile shape was sent.
  expect(tally.counts.views).toBeGreaterThanOrEqual(SESSIONS * 3);
  expect(tally.counts.extractions).toBeGreaterThanOrEqual(5);
  expect(tally.counts.hostile).toBeGreaterThanOrEqual(MALFORMED_REQUESTS.length);
});
