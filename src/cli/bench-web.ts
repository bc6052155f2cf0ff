import { chromium } from 'playwright-core';
import { runCli } from './run-cli';

/**
 * How long the dashboard's first view takes to draw in a real browser: from navigation until the
 * view is on screen (main[aria-busy=false]), cold (first load) and warm, for each URL given.
 * Usage: npm run bench:web -- http://127.0.0.1:4100/?party=KR [more URLs] (needs Debian chromium).
 */
runCli(async (args) => {
  const urls = args.length ? args : ['http://127.0.0.1:4000/'];
  const rounds = Number(process.env.BENCH_WEB_ROUNDS ?? 5);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
  try {
    for (const url of urls) {
      const times: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const started = Date.now();
        await page.goto(url);
        await page.waitForSelector('main[aria-busy="false"]', { timeout: 60_000 });
        times.push(Date.now() - started);
        await page.close();
      }
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `${url}: first ${times[0]} ms, median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted[sorted.length - 1]} ms (${rounds} loads)`,
      );
    }
  } finally {
    await browser.close();
  }
});
