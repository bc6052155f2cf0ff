import 'reflect-metadata';
import type { Page } from 'playwright-core';
import { DatasetService } from '../../src/modules/dataset/dataset.service';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';
import { startTestApp, TestApp } from '../support/test-app';
import { launchChromium, LaunchedBrowser } from './support/chromium';
import { openView, screenshot, seriousViolations } from './support/page-checks';

/**
 * The party view shows what a party raises in meetings (the seed's talks of Korea) apart from
 * what it says at the UN (two General Debate statements loaded here), the latter by year.
 */
let app: TestApp;
let chromium: LaunchedBrowser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

const statement = (year: number, sectors: string[]) => {
  const url = `https://doi.org/10.7910/DVN/0TJX8Y#KOR_${year - 1945}_${year}.txt`;
  return {
    source: {
      url,
      title: `Statement ${year}`,
      publisher: 'un-ga',
      publishedAt: `${year}-12-31T00:00:00Z`,
    },
    meeting: {
      key: `ungd-${year - 1945}-kor`,
      title: `South Korea at the UN General Debate (${year})`,
      kind: 'GENERAL_DEBATE_STATEMENT',
      start: String(year),
      city: 'New York',
      parties: ['KR', 'UN'],
      summary: 'Test statement.',
      sources: [url],
      interests: sectors.map((sector) => ({
        sector,
        country: 'KR',
        stance: 'HIGHLIGHTED',
        note: 'Named in the statement.',
        source: url,
      })),
    },
  };
};

beforeAll(async () => {
  app = await startTestApp();
  base = new URL(app.url).origin;
  const statements = [statement(2015, ['mining', 'health']), statement(2016, ['mining'])];
  await new DatasetService(app.dataSource).load({
    format: 'cooperation-atlas/v1',
    name: 'UN statements of Korea',
    sectors: readTaxonomy()
      .filter((s) => ['mining', 'health'].includes(s.code))
      .map(({ code, name, description }) => ({ code, name, description })),
    organizations: [
      {
        key: 'un-ga',
        name: 'General Assembly',
        kind: 'INTERNATIONAL_ORGANIZATION',
        countries: ['UN'],
      },
    ],
    sources: statements.map((s) => s.source),
    meetings: statements.map((s) => s.meeting),
  });
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);
afterAll(async () => {
  await chromium?.close();
  await app?.close();
});
afterEach(() => expect(pageErrors).toEqual([]));

const panelCells = async (id: string) =>
  (
    await page
      .locator(
        `section[aria-labelledby="panel-${id}"] td, section[aria-labelledby="panel-${id}"] th`,
      )
      .allTextContents()
  ).join(' | ');

test('meetings and UN statements side by side, the UN part by year; axe finds nothing serious', async () => {
  const { graphqlRequests } = await openView(page, `${base}/?party=KR`);
  expect(graphqlRequests).toBeLessThanOrEqual(2);
  const un = await panelCells('what-it-says-at-the-un');
  for (const word of ['2015', '2016', 'Mining', 'Health']) expect(un).toContain(word);
  expect(un).not.toContain('Education');
  const meetings = await panelCells('what-it-raises-in-meetings');
  for (const word of ['Education', 'Energy']) expect(meetings).toContain(word);
  expect(meetings).not.toContain('Mining');
  // Korea's two statements name mining; nothing else in the atlas raises it as often.
  expect(await panelCells('what-sets-it-apart')).toContain('Mining');
  await screenshot(page, 'party-kr-un');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a party with no statement says so in words', async () => {
  await openView(page, `${base}/?party=AZ`);
  const text = await page
    .locator('section[aria-labelledby="panel-what-it-says-at-the-un"]')
    .textContent();
  expect(text).toContain('No General Debate statement of Azerbaijan (AZ) recorded');
});
