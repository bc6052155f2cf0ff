import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { SCREENSHOT_DIR } from './chromium';

const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core run in the page: the violations a person using assistive technology would hit hardest. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[]).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Opens a dashboard URL, waits until the view is drawn and every GraphQL request it started has
 * ended, and counts those requests.
 */
export async function openView(page: Page, url: string): Promise<{ graphqlRequests: number }> {
  let graphqlRequests = 0;
  const inFlight = new Set<Request>();
  let allEnded = () => {};
  const started = (request: Request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    graphqlRequests += 1;
    inFlight.add(request);
  };
  const ended = (request: Request) => {
    if (inFlight.delete(request) && inFlight.size === 0) allEnded();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await page.goto(url);
    await page.waitForSelector('main[aria-busy="false"]', { timeout: 30_000 });
    if (inFlight.size > 0) await new Promise<void>((resolve) => (allEnded = resolve));
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
  return { graphqlRequests };
}
