import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, BrowserContext, chromium } from 'playwright-core';

/** Debian's chromium; Playwright's own browser download cannot reach the internet here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Folder (git-ignored) where browser tests leave screenshots for reviewers. */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../screenshots');

export interface LaunchedBrowser {
  browser: BrowserContext;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** One headless chromium whose contexts are separate browser sessions (cookies, storage, cache). */
export function launchChromiumForSessions(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Headless Debian chromium with a fresh profile. The background-networking flags matter: without
 * them chromium keeps dialling hosts this machine cannot reach. A missing browser throws: browser
 * tests fail rather than skip.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    // axe-core is injected as a script tag, which the pages' own CSP would refuse.
    bypassCSP: true,
  });
  return {
    browser: context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
