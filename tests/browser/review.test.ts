import 'reflect-metadata';
import type { Page } from 'playwright-core';
import { bearer, issueKeys } from '../curation/helpers';
import { seedReport, SEED_REPORT_URL } from '../extraction/support';
import { startTestApp, TestApp } from '../support/test-app';
import { launchChromium, LaunchedBrowser } from './support/chromium';
import { openView, screenshot, seriousViolations } from './support/page-checks';

let app: TestApp;
let chromium: LaunchedBrowser;
let page: Page;
let base: string;
let editorKey: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  base = new URL(app.url).origin;
  editorKey = (await issueKeys(app.dataSource)).editor;
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);
afterAll(async () => {
  await chromium?.close();
  await app?.close();
});

test('the seed report becomes a draft, is recorded on an empty database, and the dashboard shows it', async () => {
  const before = await app.gql<{ meetings: { totalCount: number } }>(`{ meetings { totalCount } }`);
  expect(before.data!.meetings.totalCount).toBe(0);

  await page.goto(`${base}/review`);
  await page.fill('#api-key', editorKey);
  await page.fill('#text', seedReport());
  await page.fill('#url', SEED_REPORT_URL);
  await page.fill('#publishedAt', '2022-08-26');
  await page.click('#extract');
  await page.waitForSelector('#record-1', { timeout: 30_000 });
  const marked = await page.locator('.report mark').allTextContents();
  expect(marked).toEqual(
    expect.arrayContaining(['Jeyhun Bayramov', 'alternative energy resources']),
  );
  const draftText = await page.locator('#draft').textContent();
  expect(draftText).toContain('Suh Byung-soo');
  await screenshot(page, 'review-draft');
  expect(await seriousViolations(page)).toEqual([]);

  await page.click('#record-1');
  const link = page.locator('#result-1 a');
  await link.waitFor({ timeout: 30_000 });
  expect(await page.locator('#result-1').textContent()).toContain('Recorded');

  const stored = await app.gql<{ meetings: { totalCount: number; nodes: { id: string }[] } }>(
    `{ meetings(filter: { countryCodes: ["AZ", "KR"] }) { totalCount nodes { id } } }`,
    undefined,
    bearer(editorKey),
  );
  expect(stored.data!.meetings.totalCount).toBe(1);

  await Promise.all([page.waitForURL(/meeting=/), link.click()]);
  await page.waitForSelector('main[aria-busy="false"]');
  const participants = await page
    .locator('section[aria-labelledby="panel-participants"]')
    .textContent();
  expect(participants).toContain('Jeyhun Bayramov');
  const interests = await page.locator('section[aria-labelledby="panel-interests"]').textContent();
  expect(interests).toContain('alternative energy resources');

  await openView(page, `${base}/?party=KR`);
  const latest = await page
    .locator('section[aria-labelledby^="panel-latest-meetings"]')
    .textContent();
  expect(latest).toContain('Jeyhun Bayramov and Suh Byung-soo');
  expect(pageErrors).toEqual([]);
});

test('a report of two meetings shows two drafts, and each is recorded on its own', async () => {
  const text = [
    'Kenyan President Daniel Mwangi visited Uganda on Monday, where he met President Samuel Okello in Kampala.',
    'The two leaders discussed regional security and the railway link.',
    'Mwangi then travelled to Tanzania and held talks with President Grace Mushi in Dodoma on Tuesday, focusing on trade and energy.',
  ].join(' ');
  await page.goto(`${base}/review`);
  await page.fill('#api-key', editorKey);
  await page.fill('#text', text);
  await page.fill('#url', 'https://news.example.org/tour-of-two-capitals');
  await page.fill('#publishedAt', '2024-06-06');
  await page.click('#extract');
  await page.waitForSelector('#record-2', { timeout: 30_000 });
  const titles = await page.locator('#draft h2').allTextContents();
  expect(titles).toEqual([
    'Report',
    'Meeting 1 of 2: Kenya, Uganda',
    'Meeting 2 of 2: Kenya, United Republic of Tanzania',
  ]);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'review-two-meetings');

  for (const n of [1, 2]) {
    await page.click(`#record-${n}`);
    await page.locator(`#result-${n} a`).waitFor({ timeout: 30_000 });
    expect(await page.locator(`#result-${n}`).textContent()).toContain('Recorded');
  }
  const stored = await app.gql<{
    meetings: { nodes: { city: string; parties: { code: string }[] }[] };
  }>(
    `{ meetings(filter: { countryCodes: ["KE"] }) { nodes { city parties { code } } } }`,
    undefined,
    bearer(editorKey),
  );
  expect(stored.data!.meetings.nodes.map((m) => m.city).sort()).toEqual(['Dodoma', 'Kampala']);
  expect(pageErrors).toEqual([]);
});
