import 'reflect-metadata';
import type { Page, Response } from 'playwright-core';
import {
  AnalyticsResolver,
  InterestBucketResolver,
} from '../../src/modules/analytics/analytics.resolver';
import { startTestApp, TestApp } from '../support/test-app';
import { launchChromium, LaunchedBrowser } from './support/chromium';
import { openView, screenshot } from './support/page-checks';

/**
 * A view whose query fails in part on the server: the reader sees "Internal server error" once,
 * with the request ID to quote, and every panel whose data did load. The failures are made on the
 * server, in the resolvers the party view runs, as a database fault there would surface.
 */
let app: TestApp;
let chromium: LaunchedBrowser;
let page: Page;
let base: string;
const pageErrors: string[] = [];
const requestIds: string[] = [];

beforeAll(async () => {
  // No answer cache: each view below executes its query.
  app = await startTestApp({ answerCache: false });
  base = new URL(app.url).origin;
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response: Response) => {
    if (new URL(response.url()).pathname !== '/graphql') return;
    const id = response.headers()['x-request-id'];
    if (id) requestIds.push(id);
  });
}, 120_000);
afterAll(async () => {
  await chromium?.close();
  await app?.close();
});
afterEach(() => {
  jest.restoreAllMocks();
  expect(pageErrors).toEqual([]);
});

const failure = () => Promise.reject(new Error('lookup failed (injected by the test)'));
const panelText = (id: string) =>
  page.locator(`section[aria-labelledby="panel-${id}"]`).textContent();

test('one failing panel: the error once, with the request ID, and the other panels drawn', async () => {
  // Every bucket's sector fails, as the sector lookups did in issue 21: ten errors in one answer.
  jest.spyOn(InterestBucketResolver.prototype, 'sector').mockImplementation(failure);
  requestIds.length = 0;
  await openView(page, `${base}/?party=KR`);
  await screenshot(page, 'party-kr-one-panel-failed');

  const main = (await page.locator('main').textContent()) ?? '';
  expect(main.match(/Internal server error/g)).toHaveLength(1);
  const alerts = await page.locator('main [role="alert"]').allInnerTexts();
  expect(alerts).toHaveLength(1);
  expect(requestIds.length).toBeGreaterThan(0);
  expect(alerts[0]).toContain(requestIds[requestIds.length - 1]);
  expect(main).not.toContain('Could not load this view');

  expect(await page.locator('h1').innerText()).toBe('South Korea (KR)');
  expect(await panelText('top-sectors')).toContain('Education');
  expect(await panelText('top-partners')).toContain('Azerbaijan');
  expect(await panelText('sector-share-against-the-all-party-average')).toContain('Energy');
  expect((await page.locator('main').textContent()) ?? '').toContain('Latest meetings');
  // The failed panel says so, rather than claiming there is nothing to show.
  const overTime = await panelText('interest-over-time-by-sector');
  expect(overTime).toContain('Not loaded');
  expect(overTime).not.toContain('No interests recorded');
});

test('a failure that leaves no data: the error once, with the request ID', async () => {
  // topSectors cannot be null, so its failure takes the whole answer with it.
  jest.spyOn(AnalyticsResolver.prototype, 'topSectors').mockImplementation(failure);
  requestIds.length = 0;
  await openView(page, `${base}/?party=KR`);
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('Could not load this view');
  expect(main.match(/Internal server error/g)).toHaveLength(1);
  expect(await page.locator('main [role="alert"]').innerText()).toContain(
    requestIds[requestIds.length - 1],
  );
});

test('with the server healthy again the same view has no error', async () => {
  await openView(page, `${base}/?party=KR`);
  expect(await page.locator('main [role="alert"]').count()).toBe(0);
  expect(await panelText('interest-over-time-by-sector')).not.toContain('Not loaded');
});
