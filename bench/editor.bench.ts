/**
 * The editor in Chromium on a long report (≥ 50,000 characters, made of the seed reports):
 * - opening it: from the route change to the first painted frame with the content, and the
 *   editor's own part (its first render to that frame);
 * - typing: key press to the next painted frame, measured in the page (keydown → rAF → the
 *   task after the frame).
 * Real UI, real web bridge on a real SQLite file, Debian Chromium.
 */
import type { Page } from 'playwright-core';
import { row, stats, type BenchRow } from './lib';
import { startBridge } from '../test/helpers/bridge';
import { launchBrowser, openPage } from '../test/helpers/browser';
import { SEEDS, bodyChars, longDocument, seedDocument, storeDraft } from '../test/helpers/seed-docs';

const OPENS = 12;
const KEYS = 300;

async function openDraft(page: Page, id: string): Promise<{ total: number; editor: number }> {
  await page.evaluate((draftId) => {
    performance.clearMarks();
    performance.mark('bench-open');
    location.hash = `#/draft/${draftId}`;
  }, id);
  await page.waitForFunction(() => performance.getEntriesByName('gw-editor-painted').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
    return { total: at('gw-editor-painted') - at('bench-open'), editor: at('gw-editor-painted') - at('gw-editor-render') };
  });
}

/** Key press → next painted frame (and → frame start) for KEYS letters typed mid-report. */
async function typing(page: Page): Promise<{ frame: number[]; script: number[] }> {
  const paragraphs = page.locator('.gw-editor > .gw-paragraph:not(.gw-lead)');
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { benchFrame: number[]; benchScript: number[]; benchStop?: AbortController };
    w.benchStop?.abort();
    w.benchStop = new AbortController();
    w.benchFrame = [];
    w.benchScript = [];
    const channel = new MessageChannel();
    let t0 = 0;
    channel.port1.onmessage = () => w.benchFrame.push(performance.now() - t0);
    document.addEventListener(
      'keydown',
      () => {
        t0 = performance.now();
        // rAF runs just before the frame is painted; the message after it, once it is.
        requestAnimationFrame(() => {
          w.benchScript.push(performance.now() - t0);
          channel.port2.postMessage(null);
        });
      },
      { capture: true, signal: w.benchStop.signal },
    );
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(letters[i % letters.length]!);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { benchFrame: number[]; benchScript: number[] };
    return { frame: w.benchFrame, script: w.benchScript };
  });
}

export default async function editorBench(): Promise<BenchRow[]> {
  const bridge = await startBridge();
  const browser = await launchBrowser();
  try {
    const doc = longDocument(50_000);
    const chars = bodyChars(doc.body);
    const id = await storeDraft(bridge, doc);
    // The same seed report alone, as a baseline for what typing costs on this machine.
    const small = seedDocument(SEEDS[0]);
    const smallId = await storeDraft(bridge, small);
    const { page, consoleErrors } = await openPage(browser, { width: 1400, height: 900 });
    await page.goto(bridge.url);
    await page.waitForSelector('.gw-drafts');

    const totals: number[] = [];
    const editorOnly: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const t = await openDraft(page, id);
      // The first open warms the code caches; it is left out.
      if (i > 0) {
        totals.push(t.total);
        editorOnly.push(t.editor);
      }
      await page.evaluate(() => (location.hash = '#/'));
      await page.waitForSelector('.gw-drafts');
    }

    await openDraft(page, id);
    const blocks = await page.locator('.gw-editor > *').count();
    const long = await typing(page);
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('.gw-drafts');
    await openDraft(page, smallId);
    const base = await typing(page);
    if (consoleErrors.length) process.stderr.write(`editor bench: console errors: ${consoleErrors.join(' | ')}\n`);
    const input = `${chars.toLocaleString('en')}-character report (${blocks} blocks)`;
    const smallInput = `${bodyChars(small.body).toLocaleString('en')}-character report`;
    return [
      row('editor: open report (route → painted)', `${input}, ${OPENS - 1} opens`, stats(totals), 'p95 ≤ 300 ms'),
      row('editor: open report (editor render → painted)', `${input}, ${OPENS - 1} opens`, stats(editorOnly)),
      row('editor: key press → next painted frame', `${input}, ${long.frame.length} keys`, stats(long.frame), 'p95 ≤ 16 ms'),
      row('editor: key press → frame start (script part)', `${input}, ${long.script.length} keys`, stats(long.script)),
      row('editor: key press → next painted frame (baseline)', `${smallInput}, ${base.frame.length} keys`, stats(base.frame)),
    ];
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
