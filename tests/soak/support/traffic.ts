import type { Browser, Page } from 'playwright-core';
import { MALFORMED_REQUESTS, MalformedRequest } from '../../support/malformed-requests';

/** What the soak saw: counts per kind of traffic, and every failure in words. */
export class Tally {
  readonly counts = { views: 0, graphqlResponses: 0, extractions: 0, hostile: 0 };
  readonly failures: string[] = [];

  fail(what: string): void {
    if (this.failures.length < 50) this.failures.push(what);
  }

  /** A 5xx or a masked error is a failure whatever the request was; true when it was one. */
  checkAnswer(label: string, status: number, body: string): boolean {
    const broken = status >= 500 || body.includes('INTERNAL_SERVER_ERROR');
    if (broken) this.fail(`${label}: HTTP ${status} ${body.slice(0, 300)}`);
    return broken;
  }
}

/**
 * A pause of all traffic, asked for once mid-run: longer than pg-pool's default idle timeout
 * (10 s), the spell after which the embedded pool used to replace its client (issue 21).
 */
export class QuietSpell {
  private spell?: Promise<void>;

  begin(ms: number): void {
    this.spell = new Promise((resolve) => setTimeout(resolve, ms));
  }

  get active(): boolean {
    return this.spell !== undefined;
  }

  async wait(): Promise<void> {
    await this.spell;
    this.spell = undefined;
  }
}

export interface Traffic {
  base: string;
  until: number;
  tally: Tally;
  quiet: QuietSpell;
}

const BROKEN_VIEW =
  /Internal server error|Could not load this view|Something went wrong|could not be reached/;

/** Watches every /graphql answer a page receives. */
function watchAnswers(page: Page, session: number, tally: Tally): void {
  page.on('pageerror', (error) => tally.fail(`session ${session}: page error ${error.message}`));
  page.on('response', (response) => {
    if (new URL(response.url()).pathname !== '/graphql') return;
    tally.counts.graphqlResponses += 1;
    response.text().then(
      (body) => tally.checkAnswer(`session ${session} ${response.url()}`, response.status(), body),
      // The page moved on before the body was read: its status still counts.
      () => tally.checkAnswer(`session ${session} ${response.url()}`, response.status(), ''),
    );
  });
}

/** One browser session: opens the views in turn (each from its own offset) until time is up. */
export async function browse(browser: Browser, session: number, views: string[], t: Traffic) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watchAnswers(page, session, t.tally);
  try {
    for (let i = session; Date.now() < t.until; i += 1) {
      if (t.quiet.active) {
        // A page left open polls every 30 s: leave it, so the server really idles.
        await page.goto('about:blank');
        await t.quiet.wait();
      }
      const view = views[i % views.length];
      await page.goto(`${t.base}${view}`);
      if (view.startsWith('/review')) await page.waitForSelector('#text', { timeout: 60_000 });
      else await page.waitForSelector('main[aria-busy="false"]', { timeout: 60_000 });
      const alerts = (await page.locator('[role="alert"]').allTextContents()).join(' ');
      if (BROKEN_VIEW.test(alerts)) t.tally.fail(`session ${session} ${view}: ${alerts}`);
      t.tally.counts.views += 1;
    }
  } catch (error) {
    t.tally.fail(`session ${session}: ${(error as Error).message}`);
  } finally {
    await context.close();
  }
}

async function send(t: Traffic, label: string, path: string, init: RequestInit) {
  const res = await fetch(`${t.base}${path}`, init);
  const body = await res.text();
  const reported = t.tally.checkAnswer(label, res.status, body);
  return { status: res.status, body, reported };
}

/** extractMeeting over and over, as an editor pasting reports would. */
export async function extract(t: Traffic, key: string, reports: string[], fields: string) {
  const query = `query Extract($report: ReportInput!) { extractMeeting(report: $report) { ${fields} } }`;
  for (let i = 0; Date.now() < t.until; i += 1) {
    await t.quiet.wait();
    const { status, body, reported } = await send(t, 'extractMeeting', '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables: { report: { text: reports[i % reports.length] } } }),
    });
    if (!reported && (status !== 200 || body.includes('"errors"'))) {
      t.tally.fail(`extractMeeting: HTTP ${status} ${body.slice(0, 300)}`);
    }
    t.tally.counts.extractions += 1;
  }
}

/** Requests with bad arguments, and the code of the error each must get. */
const BAD_ARGUMENTS: [string, string][] = [
  ['{ meeting(id: "not-an-id") { title } }', 'BAD_USER_INPUT'],
  ['{ node(id: "%%%") { id } }', 'BAD_USER_INPUT'],
  ['{ topSectors(country: "QQQ") { mentions } }', 'BAD_USER_INPUT'],
  [
    '{ meetings(filter: { sectorCodes: ["no-such-sector"] }, first: 5) { totalCount } }',
    'BAD_USER_INPUT',
  ],
  ['{ meetings(after: "bm90IGEgY3Vyc29y", first: 5) { totalCount } }', 'BAD_USER_INPUT'],
  [
    '{ sectorInterest(filter: { from: "2024-02-30" }, groupBy: [SECTOR]) { mentions } }',
    'GRAPHQL_VALIDATION_FAILED',
  ],
];

/** The hostile requests, in turn: each must get exactly the answer the corpus expects. */
export async function hostile(t: Traffic) {
  const requests: (MalformedRequest | [string, string])[] = [
    ...MALFORMED_REQUESTS,
    ...BAD_ARGUMENTS,
  ];
  for (let i = 0; Date.now() < t.until; i += 1) {
    await t.quiet.wait();
    const request = requests[i % requests.length];
    if (Array.isArray(request)) {
      const [query, code] = request;
      const { status, body } = await send(t, query, '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      if (!/^[24]\d\d$/.test(String(status)) || !body.includes(`"code":"${code}"`)) {
        t.tally.fail(`${query}: HTTP ${status}, not ${code}: ${body.slice(0, 200)}`);
      }
    } else {
      const { status, body } = await send(t, request.name, request.path, request.init);
      if (status !== request.status) {
        t.tally.fail(
          `${request.name}: HTTP ${status}, not ${request.status}: ${body.slice(0, 200)}`,
        );
      }
    }
    t.tally.counts.hostile += 1;
  }
}
