import { test } from 'vitest';
import fs from 'node:fs';
import { startBridge } from '../helpers/bridge';
import { launchBrowser, openPage } from '../helpers/browser';
import { longDocument, storeDraft } from '../helpers/seed-docs';
test('prof', async () => {
  const bridge = await startBridge();
  const browser = await launchBrowser();
  const { page } = await openPage(browser, { width: 1400, height: 900 });
  const id = await storeDraft(bridge, longDocument(50_000));
  await page.goto(bridge.url + '#/draft/' + id);
  await page.waitForSelector('.gw-editor .gw-heading');
  const target = page.locator('.gw-editor > *').nth(90);
  await target.click();
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8'] });
  for (let i = 0; i < 100; i++) { await page.keyboard.press('a'); await page.waitForTimeout(30); }
  const buf = await browser.stopTracing();
  const events = JSON.parse(buf.toString()).traceEvents as any[];
  const sum = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur);
  for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1000 / 100).toFixed(2).padStart(8), 'ms/key', k);
  await browser.close();
  await bridge.stop();
}, 120_000);
