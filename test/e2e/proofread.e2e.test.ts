/**
 * 公文校对 and find-and-replace in Chromium on the real UI and bridge (real SQLite file): a web
 * copy full of half-width punctuation (the 2019 seed through the real text importer) — a click
 * selects the exact characters, 全部修正 fixes every certain 标点 finding in the stored draft, one
 * Ctrl+Z brings it back; Ctrl+H replaces a phrase in every section at once, one Ctrl+Z restores,
 * and the Ctrl+F bar's 替换 replaces the current match only;
 * a 自定义词典 entry made in 设置 silences a finding, and it and a 忽略 survive a data package
 * taken to another computer (a second bridge, another origin: nothing kept in the browser).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { ARTIFACTS_DIR, startUi, stopUi, type WatchedPage, openDraftPage } from '../helpers/browser';
import { SEEDS_DIR } from '../helpers/paths';
import { seedDocument, storeDraft } from '../helpers/seed-docs';
import type { DraftRecord } from '../../shared/contract/drafts';
import type { ReportDocument } from '../../shared/model/document';
import { paragraph } from '../../shared/model/document';
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
  await openDraftPage(page, bridge.url, id);
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

test('Ctrl+H replaces a phrase in every section as one undo step, the Ctrl+F bar replaces one match; 忽略 hides a finding', async () => {
  const { page } = w;
  const doc = seedDocument('huzhu-2024.txt');
  const id = await storeDraft(bridge, doc);
  const before = await stored(id);
  const query = '法治政府建设';
  const hits = findOccurrences(before, query);
  const sections = new Set(hits.map((h) => h.sectionId ?? h.range.path.join('.')));
  expect(sections.size).toBeGreaterThan(2);
  await openDraftPage(page, bridge.url, id);
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

  // The Ctrl+F bar gains replace: its 替换 opens the row, whose 替换 changes the current match only.
  await page.getByTestId('find-input').press('Escape');
  await editor.focus();
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill(query);
  await expect.poll(() => page.getByTestId('find-count').innerText()).toBe(`1/${hits.length}`);
  expect(await page.getByTestId('replace-input').count()).toBe(0);
  await page.locator('.gw-findbar button[aria-pressed]').click();
  await page.getByTestId('replace-input').fill('法治建设');
  await page.locator('.gw-findbar-replace').getByRole('button', { name: '替换', exact: true }).click();
  await settle(page);
  // What the rest of this test starts from.
  const start = text(before).replace(query, '法治建设');
  expect(text(await stored(id))).toBe(start);
  await expect.poll(() => page.getByTestId('find-count').innerText()).toMatch(new RegExp(`/${hits.length - 1}$`));
  await page.getByTestId('find-input').press('Escape');

  // 修正 one finding: 2021-2025年 → 2021—2025年 in the stored draft, the other one left.
  const panel = page.getByTestId('completeness');
  const items = panel.locator('.gw-proof-finding[data-rule="year-range-dash"]');
  await expect.poll(() => items.count()).toBe(2);
  await items.first().getByTestId('proof-fix').click();
  await settle(page);
  const once = await stored(id);
  expect(proofread(once, { only: ['year-range-dash'] }).map((f) => f.fix)).toEqual([{ from: '2023-2025', to: '2023—2025' }]);
  expect(text(once)).toBe(start.replace('2021-2025年', '2021—2025年'));
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

test('设置 › 自定义词典 silences a finding; the dictionary and 忽略 survive a data package; 附件 are proofread and fixed', async () => {
  const { page } = w;
  const doc = seedDocument('huzhu-2024.txt');
  doc.lead = [paragraph('在既使村开展法治宣传,推进法制政府建设。'), ...doc.lead];
  doc.meta.attachments = [{ title: '重点工作台帐', blocks: [] }];
  const id = await storeDraft(bridge, doc);
  const panel = page.getByTestId('completeness');
  const finding = (rule: string, has: string) => panel.locator(`.gw-proof-finding[data-rule="${rule}"]`, { hasText: has });
  const openDraft = async (url: string) => {
    await openDraftPage(page, url, id);
    await page.getByRole('textbox', { name: '正文', exact: true }).waitFor();
    // The lead's half-width comma: the panel has proofread the lead.
    await finding('half-width-punct', '法治宣传,推进').waitFor();
  };
  await openDraft(bridge.url);
  await finding('word-misused', '既使村').waitFor();

  // 附件: found, placed in the attachment, and 修正 fixes the stored draft.
  const inAttachment = finding('word-misused', '附件1');
  await inAttachment.getByTestId('proof-fix').click();
  await expect.poll(async () => (await stored(id)).meta.attachments[0]!.title, { timeout: 15_000 }).toBe('重点工作台账');
  await expect.poll(() => inAttachment.count()).toBe(0);

  // 忽略 is stored with the draft.
  await finding('term-standard', '法治宣传,推进法制政府').getByTestId('proof-ignore').click();
  await expect.poll(async () => (await bridge.call<{ keys: string[] }>('proofread.ignored', { draftId: id })).body.keys.length).toBe(1);
  await expect.poll(() => finding('term-standard', '法治宣传,推进法制政府').count()).toBe(0);

  // 设置: the village's name is accepted.
  await page.goto(`${bridge.url}#/settings`);
  const section = page.getByTestId('dictionary-section');
  await section.getByTestId('dict-term').fill('既使村');
  await section.getByTestId('dict-note').fill('村名');
  await section.getByTestId('dict-save').click();
  await section.locator('[data-term="既使村"]').waitFor();
  await section.screenshot({ path: path.join(ARTIFACTS, 'proofread-dictionary.png') });
  await openDraft(bridge.url);
  await expect.poll(() => finding('word-misused', '既使村').count()).toBe(0);

  // 导出数据包 here, 导入数据包 on another computer.
  await page.goto(`${bridge.url}#/settings`);
  await page.getByRole('button', { name: '导出数据包' }).click();
  await expect.poll(() => page.locator('.gw-notice').innerText()).toContain('已导出数据包');
  const exportsDir = path.join(bridge.dataDir, 'exports');
  const pkg = path.join(exportsDir, fs.readdirSync(exportsDir).find((f) => f.endsWith('.gwdata'))!);
  const other = await startBridge();
  try {
    await page.goto(other.url);
    await page.goto(`${other.url}#/settings`);
    await page.getByTestId('dictionary-section').waitFor();
    expect(await page.getByTestId('dictionary-section').locator('[data-term]').count()).toBe(0);
    await page.getByLabel('选择数据包文件').setInputFiles(pkg);
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => page.locator('.gw-notice').innerText(), { timeout: 20_000 }).toContain('数据包已导入');
    await page.reload();
    await page.getByTestId('dictionary-section').locator('[data-term="既使村"]').waitFor();
    await openDraft(other.url);
    await expect.poll(() => finding('word-misused', '既使村').count()).toBe(0);
    expect(await finding('term-standard', '法治宣传,推进法制政府').count()).toBe(0);
    expect((await other.call<DraftRecord>('drafts.get', { id })).body.doc.meta.attachments[0]!.title).toBe('重点工作台账');
  } finally {
    await other.stop();
  }
  expect(w.consoleErrors).toEqual([]);
});
