/**
 * Storage end to end, in Chromium through the real web bridge on a real SQLite file: create a
 * report, edit it, name the version 送审稿, change it, restore 送审稿, search for a phrase and
 * open the hit, delete the draft to the 回收站 and restore it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage } from '../helpers/browser';
import { ROOT } from '../helpers/paths';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
const shots = path.join(ROOT, 'test/.artifacts');

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser);
  fs.mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

const SENT = '送审稿正文：全年办理行政复议案件一百二十件，纠错八件。';
const LATER = '送审后补充：开展执法案卷评查四十卷。';

async function storedText(id: string): Promise<string> {
  const r = await bridge.call<{ doc: unknown }>('drafts.get', { id });
  return JSON.stringify(r.body.doc);
}

/** Type at the end of the text and wait until the autosave has written it. */
async function typeAtEnd(page: Page, id: string, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: '正文' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
  await expect.poll(() => storedText(id), { timeout: 10_000 }).toContain(text);
  await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
}

test('create, edit, name 送审稿, change, restore it, search and open the hit, delete to 回收站 and restore', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  // The first page of a fresh browser on a loaded machine may take more than poll's default second.
  await page.getByRole('heading', { name: '草稿箱' }).waitFor();

  // Create and edit.
  await page.locator('button[data-template="fazhi-annual"]').click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9-]+$/);
  const id = /#\/draft\/(.+)$/.exec(page.url())![1]!;
  await page.getByRole('textbox', { name: '正文' }).waitFor();
  await typeAtEnd(page, id, SENT);

  // Name this version 送审稿.
  await page.getByRole('button', { name: '历史版本' }).click();
  const panel = page.getByRole('complementary', { name: '历史版本' });
  await panel.getByRole('textbox', { name: '给当前版本命名' }).fill('送审稿');
  await panel.getByRole('button', { name: '命名', exact: true }).click();
  await expect.poll(() => panel.getByRole('status').innerText()).toContain('已将当前版本命名为“送审稿”');
  const named = panel.locator('li.gw-version-named', { hasText: '送审稿' });
  await expect.poll(() => named.count()).toBe(1);
  await panel.getByRole('button', { name: '关闭' }).click();

  // Change it.
  await typeAtEnd(page, id, LATER);

  // Restore 送审稿: look at it read-only first, then restore from the list.
  await page.getByRole('button', { name: '历史版本' }).click();
  await named.getByRole('button', { name: '查看' }).click();
  const view = page.getByRole('dialog', { name: /只读查看：送审稿/ });
  await expect.poll(() => view.innerText()).toContain(SENT);
  expect(await view.innerText()).not.toContain(LATER);
  await page.screenshot({ path: path.join(shots, 'storage-history-view.png') });
  await view.getByRole('button', { name: '关闭' }).click();
  await named.getByRole('button', { name: '恢复', exact: true }).click();
  await named.getByRole('button', { name: '确认恢复' }).click();
  const editor = page.getByRole('textbox', { name: '正文' });
  // The editor reopens on the restored document.
  await expect.poll(() => editor.innerText(), { timeout: 10_000 }).not.toContain(LATER);
  expect(await editor.innerText()).toContain(SENT);
  const stored = await storedText(id);
  expect(stored).toContain(SENT);
  expect(stored).not.toContain(LATER);
  // History only grew: the state with LATER is still there, and the restore is a version too.
  const history = await bridge.call<{ versions: { kind: string; revision: number }[] }>('history.list', { id });
  expect(history.body.versions.map((v) => v.kind)).toEqual(expect.arrayContaining(['named', 'before', 'restore']));
  const before = history.body.versions.find((v) => v.kind === 'before')!;
  const kept = await bridge.call<{ doc: unknown }>('history.get', { id, revision: before.revision });
  expect(JSON.stringify(kept.body.doc)).toContain(LATER);
  await page.screenshot({ path: path.join(shots, 'storage-history-restored.png') });

  // Search for a phrase and open the hit.
  await page.getByRole('link', { name: /草稿箱/ }).click();
  await page.getByRole('searchbox', { name: '搜索草稿' }).fill('行政复议案件');
  const hit = page.locator(`li.gw-hit[data-draft="${id}"]`);
  await expect.poll(() => hit.count(), { timeout: 10_000 }).toBe(1);
  expect(await hit.locator('mark').first().innerText()).toBe('行政复议案件');
  await page.screenshot({ path: path.join(shots, 'storage-search.png') });
  await hit.locator('a.gw-hit-title').click();
  await page.waitForURL(new RegExp(`#/draft/${id}\\?`));
  await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain(SENT);
  // The phrase is marked in the editor and scrolled into view.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const h = CSS.highlights.get('gw-search-hit');
        const range = h ? [...h][0] : undefined;
        if (!(range instanceof Range)) return null;
        const box = range.getBoundingClientRect();
        return { text: range.toString(), visible: box.top >= 0 && box.bottom <= window.innerHeight };
      }),
    )
    .toEqual({ text: '行政复议案件', visible: true });
  await page.screenshot({ path: path.join(shots, 'storage-hit-opened.png') });

  // Delete to the 回收站 and restore.
  await page.getByRole('link', { name: /草稿箱/ }).click();
  const row = page.locator(`table.gw-list tr[data-draft="${id}"]`);
  await row.getByRole('button', { name: '删除' }).click();
  await expect.poll(() => page.getByRole('status').innerText()).toContain('已移到回收站');
  await expect.poll(() => row.count()).toBe(0);
  await page.getByRole('link', { name: '回收站' }).click();
  const trashed = page.locator(`tr[data-draft="${id}"]`);
  await expect.poll(() => trashed.count()).toBe(1);
  await page.screenshot({ path: path.join(shots, 'storage-trash.png') });
  await trashed.getByRole('button', { name: '恢复' }).click();
  await expect.poll(() => page.getByRole('status').innerText()).toContain('已恢复到草稿箱');
  await page.getByRole('link', { name: /草稿箱/ }).click();
  await expect.poll(() => row.count()).toBe(1);
  expect(await storedText(id)).toContain(SENT);

  // Everything stayed on the bridge's origin, and the page ran clean.
  expect(w.requests.filter((u) => !u.startsWith(bridge.origin + '/'))).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
});

test('the settings page saves an organ profile that new drafts then use, and lists backups', async () => {
  const { page } = w;
  await page.goto(`${bridge.origin}/#/settings`);
  await page.getByRole('button', { name: '新增机关信息' }).click();
  const form = page.getByRole('form', { name: '新增机关信息' });
  await form.getByRole('textbox', { name: /^名称/ }).fill('县政府');
  await form.getByRole('textbox', { name: '发文机关全称' }).fill('互助土族自治县人民政府');
  await form.getByRole('textbox', { name: /^发文机关标志/ }).fill('互助土族自治县人民政府文件');
  const code = form.getByRole('textbox', { name: /^机关代字/ });
  await code.fill('互政[');
  await expect.poll(() => form.getByRole('alert').innerText()).toContain('机关代字');
  await code.fill('互政');
  await form.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => page.getByRole('status').first().innerText()).toContain('已保存“县政府”');
  expect(await page.locator('.gw-profiles li').first().innerText()).toContain('默认');
  // The daily backup made at start-up is listed.
  await expect.poll(() => page.locator('table.gw-backups tr').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(shots, 'storage-settings.png'), fullPage: true });

  const created = await bridge.call<{ doc: { meta: { organ: { fullName: string; code: string }; title: string } } }>('drafts.create', {
    templateId: 'fazhi-annual',
  });
  expect(created.body.doc.meta.organ).toMatchObject({ fullName: '互助土族自治县人民政府', code: '互政' });
  expect(created.body.doc.meta.title).toContain('互助土族自治县人民政府');
  expect(w.consoleErrors).toEqual([]);
});
