import 'reflect-metadata';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { HttpTestApp, startHttpTestApp } from '../http/support/http-test-app';
import { launchChromium, LaunchedBrowser } from './support/chromium';

/** The frontend's one page: it asks the API at `api` for Korea's name and shows what it got. */
function frontendPage(api: string): string {
  return `<!doctype html><html lang="en"><head><title>Frontend</title></head><body>
<p id="out">waiting</p>
<script>
fetch(${JSON.stringify(api)}, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ country(code: "KR") { name } }' }),
})
  .then((res) => res.json())
  .then((body) => { document.getElementById('out').textContent = 'got ' + body.data.country.name; })
  .catch((error) => { document.getElementById('out').textContent = 'blocked: ' + error.name; });
</script></body></html>`;
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let chromium: LaunchedBrowser;
let page: Page;
const servers: http.Server[] = [];
const apps: HttpTestApp[] = [];

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  for (const server of servers) server.close();
  for (const app of apps) await app.close();
});

async function pageResult(allowList: (origin: string) => string[]): Promise<string> {
  // The frontend listens first: the API's allow-list needs its origin.
  let api = '';
  const site = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(frontendPage(api)),
  );
  servers.push(site);
  const origin = await listen(site);
  const app = await startHttpTestApp({ corsOrigins: allowList(origin), production: true });
  apps.push(app);
  api = app.url;
  await page.goto(origin);
  await page.waitForFunction(`document.querySelector('#out')?.textContent !== 'waiting'`);
  return (await page.locator('#out').textContent()) ?? '';
}

test('a page on an allowed origin reads the API from a browser', async () => {
  expect(await pageResult((origin) => [origin])).toBe('got South Korea');
});

test('a page on another origin is blocked by the browser', async () => {
  expect(await pageResult(() => ['https://dashboard.example.org'])).toBe('blocked: TypeError');
});
