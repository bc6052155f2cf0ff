import 'reflect-metadata';
import type { Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/test-app';
import { launchChromium, LaunchedBrowser } from './support/chromium';
import { openView, screenshot, seriousViolations } from './support/page-checks';

let app: TestApp;
let chromium: LaunchedBrowser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  base = new URL(app.url).origin;
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);
afterAll(async () => {
  await chromium?.close();
  await app?.close();
});
afterEach(() => expect(pageErrors).toEqual([]));

const dataOf = async (selector: string) =>
  (await page.locator(selector).allTextContents()).join(' ');

describe('party view', () => {
  test("Korea's top sectors list education, energy and e-government, in one request", async () => {
    const { graphqlRequests } = await openView(page, `${base}/?party=KR`);
    expect(graphqlRequests).toBeLessThanOrEqual(2);
    expect(await page.locator('h1').textContent()).toBe('South Korea (KR)');
    const topSectors = await dataOf('section[aria-labelledby="panel-top-sectors"] table td');
    for (const sector of ['Education', 'Energy', 'E-government']) {
      expect(topSectors).toContain(sector);
    }
    expect(await dataOf('section[aria-labelledby="panel-top-partners"] td')).toContain(
      'Azerbaijan',
    );
    await screenshot(page, 'party-kr');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a party typed by name is found and the URL gets its code', async () => {
    await openView(page, `${base}/?party=Azerbaijan`);
    expect(await page.locator('h1').textContent()).toBe('Azerbaijan (AZ)');
    expect(new URL(page.url()).searchParams.get('party')).toBe('AZ');
  });

  test('an empty window says why it is empty', async () => {
    await openView(page, `${base}/?party=KR&from=2001-01-01&to=2003-12-31`);
    const text = await page.locator('main').textContent();
    expect(text).toContain(
      'No interests recorded for South Korea (KR) between 2001-01-01 and 2003-12-31',
    );
    expect(await page.inputValue('#from')).toBe('2001-01-01');
  });

  test('an unknown party is said in words, not a blank chart', async () => {
    await openView(page, `${base}/?party=Atlantis`);
    expect(await page.locator('main .error').textContent()).toContain('Atlantis');
  });

  test('the filters form keeps the view and adds the window to the URL', async () => {
    await openView(page, `${base}/?party=KR`);
    await page.fill('#from', '2022-01-01');
    await page.selectOption('#period', 'QUARTER');
    await Promise.all([
      page.waitForURL(/from=2022-01-01/),
      page.click('#filters button[type=submit]'),
    ]);
    await page.waitForSelector('main[aria-busy="false"]');
    const url = new URL(page.url());
    expect(url.searchParams.get('party')).toBe('KR');
    expect(url.searchParams.get('period')).toBe('QUARTER');
    expect(
      await dataOf('section[aria-labelledby="panel-interest-over-time-by-sector"] td'),
    ).toContain('2022-Q3');
  });
});

describe('pair view', () => {
  test('AZ and KR share education, in one request', async () => {
    const { graphqlRequests } = await openView(page, `${base}/?a=AZ&b=KR`);
    expect(graphqlRequests).toBeLessThanOrEqual(2);
    expect(await page.locator('h1').textContent()).toBe('Azerbaijan and South Korea');
    expect(await dataOf('section[aria-labelledby="panel-sector-overlap"] td')).toContain(
      'Education',
    );
    expect(
      await dataOf('section[aria-labelledby="panel-engagement-timeline-by-kind"] td'),
    ).toContain('2022');
    await screenshot(page, 'pair-az-kr');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('meeting view', () => {
  test('the Baku talks show Bayramov, Suh Byung-soo and the report link', async () => {
    const found = await app.gql<{
      meetings: { nodes: { id: string; sources: { url: string }[] }[] };
    }>(
      `{ meetings(filter: { search: "Bayramov Suh" }, first: 1) { nodes { id sources { url } } } }`,
    );
    const meeting = found.data!.meetings.nodes[0];
    const { graphqlRequests } = await openView(
      page,
      `${base}/?meeting=${encodeURIComponent(meeting.id)}`,
    );
    expect(graphqlRequests).toBeLessThanOrEqual(2);
    const participants = await dataOf('section[aria-labelledby="panel-participants"] td');
    expect(participants).toContain('Jeyhun Bayramov');
    expect(participants).toContain('Suh Byung-soo');
    const links = await page
      .locator('section[aria-labelledby="panel-sources"] a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => (anchor as unknown as { href: string }).href),
      );
    expect(links).toContain(meeting.sources[0].url);
    await screenshot(page, 'meeting');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('review page', () => {
  test('is labelled and accessible before a report is pasted', async () => {
    await page.goto(`${base}/review`);
    expect(await page.locator('label[for="text"]').textContent()).toBe('Report text');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
