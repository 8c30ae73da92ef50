/**
 * 公文校对 and find-and-replace in Chromium on the real UI and bridge (real SQLite file): a web
 * copy full of half-width punctuation (the 2019 seed through the real text importer) — a click
 * selects the exact characters, 全部修正 fixes every certain 标点 finding in the stored draft, one
 * Ctrl+Z brings it back; Ctrl+H replaces a phrase in every section at once, one Ctrl+Z restores.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningBridge } from '../helpers/bridge';
import { ARTIFACTS_DIR, startUi, stopUi, type WatchedPage } from '../helpers/browser';
import { SEEDS_DIR } from '../helpers/paths';
import { seedDocument, storeDraft } from '../helpers/seed-docs';
import type { DraftRecord } from '../../shared/contract/drafts';
import type { ReportDocument } from '../../shared/model/document';
import { proofread } from '../../shared/proofread/index';
import { findOccurrences } from '../../shared/proofread/replace';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
const ARTIFACTS = ARTIFACTS_DIR;

beforeAll(async () => {
  ({ bridge, browser, w } = await startUi({ width: 1366, height: 768 }));
});
afterAll(() => stopUi({ bridge, browser }));

async function stored(id: string): Promise<ReportDocument> {
  return (await bridge.call<DraftRecord>('drafts.get', { id })).body.doc;
}
const text = (doc: ReportDocument) => JSON.stringify({ lead: doc.lead, body: doc.body });
const punctFixes = (doc: ReportDocument) => proofread(doc, { only: ['punct'] }).filter((f) => f.fix);

async function settle(page: Page): Promise<void> {
  // Past the editor's hand-on and the autosave: the state line says 已保存.
  await page.waitForTimeout(400);
  await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 15_000 }).toBe('已保存');
}

test('a web copy: a click selects the comma, 全部修正 fixes every certain 标点 finding, one Ctrl+Z restores', async () => {
  const { page } = w;
  const doc = seedDocument('furong-2019.txt');
  expect(punctFixes(doc).length).toBeGreaterThan(100);
  const id = await storeDraft(bridge, doc);
  const before = await stored(id);
  await page.goto(`${bridge.url}#/draft/${id}`);
  await page.getByRole('textbox', { name: '正文', exact: true }).waitFor();
  const panel = page.getByTestId('completeness');
  await panel.getByTestId('proof-fix-class-punct').waitFor();

  // The first half-width comma: the selection is exactly that character.
  await panel.locator('.gw-proof-finding[data-rule="half-width-punct"] .gw-proof-select').first().click();
  expect(await page.evaluate(() => window.getSelection()!.toString())).toBe(',');
  await page.screenshot({ path: path.join(ARTIFACTS, 'proofread-panel.png') });

  await panel.getByTestId('proof-fix-class-punct').click();
  await settle(page);
  const fixed = await stored(id);
  expect(punctFixes(fixed)).toEqual([]);
  expect(text(fixed)).not.toBe(text(before));
  await expect.poll(() => panel.getByTestId('proof-fix-class-punct').count()).toBe(0);

  // One undo step.
  await page.getByRole('textbox', { name: '正文', exact: true }).focus();
  await page.keyboard.press('Control+z');
  await settle(page);
  expect(text(await stored(id))).toBe(text(before));
  await page.screenshot({ path: path.join(ARTIFACTS, 'proofread-undone.png') });
});

test('Ctrl+H replaces a phrase in every section as one undo step; 忽略 hides a finding', async () => {
  const { page } = w;
  const doc = seedDocument('huzhu-2024.txt');
  const id = await storeDraft(bridge, doc);
  const before = await stored(id);
  const query = '法治政府建设';
  const hits = findOccurrences(before, query);
  const sections = new Set(hits.map((h) => h.sectionId ?? h.range.path.join('.')));
  expect(sections.size).toBeGreaterThan(2);
  await page.goto(`${bridge.url}#/draft/${id}`);
  const editor = page.getByRole('textbox', { name: '正文', exact: true });
  await editor.waitFor();
  await editor.focus();
  await page.keyboard.press('Control+h');
  await page.getByTestId('find-input').fill(query);
  await expect.poll(() => page.getByTestId('find-count').innerText()).toBe(`1/${hits.length}`);
  await page.getByTestId('replace-input').fill('法治建设');
  await page.screenshot({ path: path.join(ARTIFACTS, 'proofread-replace.png') });
  await page.getByTestId('replace-all').click();
  await settle(page);
  const replaced = await stored(id);
  expect(findOccurrences(replaced, query)).toEqual([]);
  expect(text(replaced)).toBe(text(before).replaceAll(query, '法治建设'));

  await editor.focus();
  await page.keyboard.press('Control+z');
  await settle(page);
  expect(text(await stored(id))).toBe(text(before));

  // 修正 one finding: 2021-2025年 → 2021—2025年 in the stored draft, the other one left.
  const panel = page.getByTestId('completeness');
  const items = panel.locator('.gw-proof-finding[data-rule="year-range-dash"]');
  await expect.poll(() => items.count()).toBe(2);
  await items.first().getByTestId('proof-fix').click();
  await settle(page);
  const once = await stored(id);
  expect(proofread(once, { only: ['year-range-dash'] }).map((f) => f.fix)).toEqual([{ from: '2023-2025', to: '2023—2025' }]);
  expect(text(once)).toBe(text(before).replace('2021-2025年', '2021—2025年'));
  await expect.poll(() => items.count()).toBe(1);

  // 忽略: the other leaves the panel, stays gone after a reload, and 全部修正 leaves it alone.
  await items.first().getByTestId('proof-ignore').click();
  await expect.poll(() => items.count()).toBe(0);
  await page.reload();
  await page.getByRole('textbox', { name: '正文', exact: true }).waitFor();
  await page.getByTestId('proof-fix-class-punct').waitFor();
  expect(await items.count()).toBe(0);
  // An ignored comma stays a comma through 全部修正.
  const comma = panel.locator('.gw-proof-finding[data-rule="half-width-punct"]').first();
  await comma.getByTestId('proof-ignore').click();
  await page.getByTestId('proof-fix-class-punct').click();
  await settle(page);
  const left = proofread(await stored(id), { only: ['punct'] }).filter((f) => f.fix);
  expect(left.map((f) => f.fix)).toEqual([{ from: ',', to: '，' }]);
  expect(left[0]!.range.path).toEqual(['lead', 0]);
  expect(w.consoleErrors).toEqual([]);
});

test('导入 with 规范标点: the new draft has full-width marks, the import notes say how many', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  await page.getByRole('heading', { name: '草稿箱' }).waitFor();
  await page.locator('[data-action="import"]').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.waitFor();
  await page.getByTestId('import-file').setInputFiles(path.join(SEEDS_DIR, 'furong-2019.txt'));
  await page.getByTestId('import-normalize-punct').check();
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9_-]+$/, { timeout: 20_000 });
  const id = /#\/draft\/(.+)$/.exec(page.url())![1]!;
  const doc = await stored(id);
  expect(proofread(doc, { only: ['half-width-punct', 'punct-doubled'] }).filter((f) => f.fix)).toEqual([]);
  const expected = punctFixes(seedDocument('furong-2019.txt')).filter((f) => f.rule === 'half-width-punct').length;
  await expect.poll(() => page.getByTestId('import-warnings').innerText()).toContain(`已规范标点：半角标点改为全角 ${expected} 处。`);
});
