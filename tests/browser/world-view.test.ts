import 'reflect-metadata';
import type { Page } from 'playwright-core';
import { DatasetService } from '../../src/modules/dataset/dataset.service';
import { syntheticDataset } from '../support/synthetic-dataset';
import { startTestApp, TestApp } from '../support/test-app';
import { launchChromium, LaunchedBrowser } from './support/chromium';
import { openView, screenshot, seriousViolations } from './support/page-checks';

let app: TestApp;
let chromium: LaunchedBrowser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

/** 160 records from 1866 on: half UN statements, half visits, most of them with the US. */
const MEETINGS = 160;

beforeAll(async () => {
  app = await startTestApp();
  const load = await new DatasetService(app.dataSource).import(
    syntheticDataset({ meetings: MEETINGS, interestsPerMeeting: 3 }),
  );
  expect(load.userErrors).toEqual([]);
  base = new URL(app.url).origin;
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 180_000);
afterAll(async () => {
  await chromium?.close();
  await app?.close();
});
afterEach(() => expect(pageErrors).toEqual([]));

const mapPanel = 'section[aria-labelledby="panel-world-map"]';

test('/ opens on the whole atlas: the map, meetings per year, top sectors and the parties', async () => {
  await openView(page, `${base}/`);
  expect(await page.locator('h1').textContent()).toBe('The atlas');
  const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM meeting');
  expect(await page.locator('main .lead').textContent()).toContain(
    `${n.toLocaleString('en')} meetings`,
  );
  // The map is drawn from the bundled shapes: well over a hundred countries.
  await page.waitForSelector(`${mapPanel} svg path`);
  expect(await page.locator(`${mapPanel} svg path`).count()).toBeGreaterThan(150);
  const mapData = (await page.locator(`${mapPanel} table`).textContent()) ?? '';
  expect(mapData).toContain('United States of America');
  expect(await page.locator('#panel-meetings-per-year').textContent()).toBe('Meetings per year');
  expect(await page.locator('#panel-top-sectors-worldwide').count()).toBe(1);
  await screenshot(page, 'world');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a click on a state opens its party view', async () => {
  await openView(page, `${base}/`);
  await page.waitForSelector(`${mapPanel} svg path`);
  const box = (await page.locator(`${mapPanel} .chart.map`).boundingBox())!;
  // The contiguous United States sit at this spot of the map at any width the page gives it.
  await Promise.all([
    page.waitForURL(/party=US/),
    page.mouse.click(box.x + box.width * 0.31, box.y + box.height * 0.3),
  ]);
  await page.waitForSelector('main[aria-busy="false"]');
  expect(await page.locator('h1').textContent()).toBe('United States of America (US)');
});

test("the map shades one sector's share of each state's UN statements", async () => {
  await openView(page, `${base}/?shade=syn-energy`);
  expect(await page.inputValue('#shade')).toBe('syn-energy');
  const mapData = (await page.locator(`${mapPanel} table`).textContent()) ?? '';
  expect(mapData).toMatch(/\d+(\.\d)? %/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a party with more meetings than a page pages its list, newest first', async () => {
  await openView(page, `${base}/?party=US`);
  const first = await page.locator('ol.meetings > li > a').first().textContent();
  expect(await page.locator('ol.meetings > li').count()).toBe(20);
  await Promise.all([page.waitForURL(/after=/), page.click('a[rel="next"]')]);
  await page.waitForSelector('main[aria-busy="false"]');
  const second = await page.locator('ol.meetings > li > a').first().textContent();
  expect(second).not.toBe(first);
  expect(await page.locator('a', { hasText: 'Newest meetings' }).count()).toBe(1);
  // The record spans more than a century: interests are drawn by decade.
  expect(
    await page.locator('section[aria-labelledby^="panel-interest"] table').textContent(),
  ).toMatch(/\d{3}0s/);
  expect(await seriousViolations(page)).toEqual([]);
});
