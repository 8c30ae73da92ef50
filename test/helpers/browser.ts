/**
 * Debian's Chromium driven by playwright-core (no browser download). Records every request the
 * page makes so tests can assert none leaves the bridge's origin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startBridge, type RunningBridge } from './bridge';
import { ROOT } from './paths';

/** Screenshots and other files a UI test leaves for a person to look at (gitignored). */
export const ARTIFACTS_DIR = path.join(ROOT, 'test/.artifacts');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--font-render-hinting=none',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and CSP violations, to assert the page ran clean. */
  consoleErrors: string[];
}

export async function openPage(browser: Browser, opts: { width?: number; height?: number } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 860 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { context, page, requests, consoleErrors };
}

/**
 * What most UI tests start with: the bridge on a fresh data folder, Chromium, one watched page
 * at `viewport`, and test/.artifacts ready for screenshots.
 */
export async function startUi(viewport: { width: number; height: number }): Promise<{ bridge: RunningBridge; browser: Browser; w: WatchedPage }> {
  const bridge = await startBridge();
  const browser = await launchBrowser();
  const w = await openPage(browser, viewport);
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return { bridge, browser, w };
}

export async function stopUi(ui: { bridge?: RunningBridge; browser?: Browser }): Promise<void> {
  await ui.browser?.close();
  await ui.bridge?.stop();
}

/**
 * A draft open in the editor, and certainly this draft: after a hash change alone the previous
 * draft's editor stays on screen until the new one has loaded, and a wait for editor content
 * would be satisfied by the old one (the test then reads or edits the wrong draft).
 */
export async function openDraftPage(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}#/draft/${id}`);
  await page.locator(`.gw-draft[data-draft-id="${id}"] .gw-editor`).waitFor();
}
