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
import { bodyChars, longDocument, storeDraft } from '../test/helpers/seed-docs';

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

export default async function editorBench(): Promise<BenchRow[]> {
  const bridge = await startBridge();
  const browser = await launchBrowser();
  try {
    const doc = longDocument(50_000);
    const chars = bodyChars(doc.body);
    const id = await storeDraft(bridge, doc);
    const { page, consoleErrors } = await openPage(browser, { width: 1400, height: 900 });
    await page.goto(bridge.url);
    await page.waitForSelector('.gw-drafts');

    const totals: number[] = [];
    const editorOnly: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const t = await openDraft(page, id);
      // The first open warms the code caches; it is reported apart.
      if (i > 0) {
        totals.push(t.total);
        editorOnly.push(t.editor);
      }
      await page.evaluate(() => (location.hash = '#/'));
      await page.waitForSelector('.gw-drafts');
    }

    await openDraft(page, id);
    const blocks = await page.locator('.gw-editor > *').count();
    // Caret at the end of a paragraph in the middle of the report.
    const target = page.locator('.gw-editor > .gw-paragraph').nth(Math.floor((await page.locator('.gw-editor > .gw-paragraph').count()) / 2));
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const w = window as unknown as { benchSamples: number[]; benchScript: number[] };
      w.benchSamples = [];
      w.benchScript = [];
      const channel = new MessageChannel();
      let t0 = 0;
      channel.port1.onmessage = () => w.benchSamples.push(performance.now() - t0);
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
        true,
      );
    });
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(letters[i % letters.length]!);
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(300);
    const samples = await page.evaluate(() => (window as unknown as { benchSamples: number[] }).benchSamples);
    const script = await page.evaluate(() => (window as unknown as { benchScript: number[] }).benchScript);
    if (consoleErrors.length) process.stderr.write(`editor bench: console errors: ${consoleErrors.join(' | ')}\n`);
    const input = `${chars.toLocaleString('en')}-character report (${blocks} blocks)`;
    return [
      row('editor: open report (route → painted)', `${input}, ${OPENS - 1} opens`, stats(totals), 'p95 ≤ 300 ms'),
      row('editor: open report (editor render → painted)', `${input}, ${OPENS - 1} opens`, stats(editorOnly)),
      row('editor: key press → next painted frame', `${input}, ${samples.length} keys`, stats(samples), 'p95 ≤ 16 ms'),
      row('editor: key press → frame start (script part)', `${input}, ${script.length} keys`, stats(script)),
    ];
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
