/**
 * The whole house end to end: the real UI in Chromium, through the real web bridge, on a real
 * SQLite file. Create a report, type Chinese, see 已保存, reload, export Word.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage } from '../helpers/browser';
import { docxText } from '../helpers/docx-text';
import { ROOT } from '../helpers/paths';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

const TYPED = '全年办理行政复议案件一百二十件，纠错率百分之八。';

test('create from a template, type Chinese, autosave, reload, export Word — all on loopback only', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  await page.getByRole('heading', { name: '草稿箱' }).waitFor();
  await page.locator('button[data-template="fazhi-annual"]').click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9-]+$/);
  const draftId = /#\/draft\/(.+)$/.exec(page.url())![1]!;

  const editor = page.getByRole('textbox', { name: '正文' });
  await editor.waitFor();
  await expect.poll(() => editor.innerText()).toContain('主要举措和成效');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(TYPED);

  const saveState = page.getByTestId('save-state');
  await expect.poll(() => saveState.innerText(), { timeout: 10_000 }).toBe('已保存');

  // What the bridge holds is what was typed.
  const stored = await bridge.call<{ doc: unknown; revision: number }>('drafts.get', { id: draftId });
  expect(JSON.stringify(stored.body.doc)).toContain(TYPED);
  expect(stored.body.revision).toBeGreaterThan(1);

  await page.reload();
  await editor.waitFor();
  await expect.poll(() => editor.innerText()).toContain(TYPED);

  fs.mkdirSync(path.join(ROOT, 'test/.artifacts'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'test/.artifacts/foundation-draft.png'), fullPage: false });

  // Four parts are still empty: the official file is held back and the 草稿 offered instead.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const blocked = page.getByTestId('export-blocked');
  await blocked.waitFor();
  expect(await blocked.innerText()).toContain('部分尚未填写');
  await blocked.getByRole('button', { name: '导出草稿' }).click();
  await expect.poll(() => page.getByText(/已导出：/).isVisible(), { timeout: 20_000 }).toBe(true);
  const exportDir = path.join(bridge.dataDir, 'exports');
  const files = fs.readdirSync(exportDir).filter((f) => f.endsWith('.docx'));
  expect(files).toHaveLength(1);
  const text = await docxText(path.join(exportDir, files[0]!));
  expect(text).toContain(TYPED);
  expect(text).toContain('主要举措和成效');

  // The page never reached past the bridge's own origin.
  expect(w.requests.length).toBeGreaterThan(3);
  const foreign = w.requests.filter((u) => !u.startsWith(bridge.origin + '/'));
  expect(foreign).toEqual([]);
  // And ran clean under the strict CSP.
  expect(w.consoleErrors).toEqual([]);
});

test('the 草稿箱 lists the draft after going back', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  const rows = page.locator('table.gw-list tbody tr');
  await expect.poll(() => rows.count()).toBe(1);
  expect(await rows.first().innerText()).toContain('法治政府建设情况的报告');
});
