/**
 * Last year's report as this year's start, in Chromium on the real UI and bridge: 导入 a .docx
 * made from a seed report with LibreOffice (bad files first: a Chinese message and nothing
 * created), rolled forward in the same dialog; years moved and a named exception kept; stepping
 * to the next 待核实 figure, confirming one and editing another; ticking a plan item; a year
 * check found and resolved; the live "same as last year" share; reload; export Word. Then
 * 以往年报告为模板新建 from a stored draft in the 草稿箱.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage } from '../helpers/browser';
import { editorHeight, rows } from '../helpers/layout';
import { sofficeConvert } from '../helpers/soffice';
import { docxText } from '../helpers/docx-text';
import { ROOT, SEEDS_DIR, rm, tempDir } from '../helpers/paths';
import type { DraftRecord, DraftSummary } from '../../shared/contract/drafts';
import { openFigures } from '../../shared/rollover/open';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let work: string;
let docx: string;
let oldDoc: string;
const ARTIFACTS = path.join(ROOT, 'test/.artifacts');

beforeAll(async () => {
  work = tempDir('gongwen-rollover-e2e-');
  // LibreOffice reads the seed as plain text, one paragraph a line: a .docx as a clerk has it.
  const seed = path.join(work, 'furong-2019.txt');
  fs.copyFileSync(path.join(SEEDS_DIR, 'furong-2019.txt'), seed);
  docx = sofficeConvert([seed], 'docx', work)[0]!;
  oldDoc = sofficeConvert([seed], 'doc', work)[0]!;
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser, { width: 1440, height: 900 });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  if (work) rm(work);
});

const editor = (page: Page) => page.getByRole('textbox', { name: '正文' });
const unconfirmed = async (page: Page) => Number(await page.getByTestId('unconfirmed-count').getAttribute('data-count'));
const selected = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

async function stored(id: string): Promise<DraftRecord> {
  return (await bridge.call<DraftRecord>('drafts.get', { id })).body;
}
async function list(): Promise<DraftSummary[]> {
  return (await bridge.call<DraftSummary[]>('drafts.list', {})).body;
}
async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
}
function draftId(page: Page): string {
  return /#\/draft\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
}

async function openImport(page: Page, file: { name: string; buffer: Buffer } | string) {
  await page.locator('[data-action="import"]').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.waitFor();
  await page.getByTestId('import-file').setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' });
  return dialog;
}

test('bad files: the importer’s Chinese message in the dialog, and nothing is created', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  await page.getByRole('heading', { name: '草稿箱' }).waitFor();

  // An old Word .doc renamed to .docx: the bytes decide, and the message says what to do.
  let dialog = await openImport(page, { name: '芙蓉区2019年报告.docx', buffer: fs.readFileSync(oldDoc) });
  expect(await page.getByTestId('import-file-name').innerText()).toBe('芙蓉区2019年报告.docx');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect.poll(() => page.getByTestId('import-error').innerText(), { timeout: 15_000 }).toContain('另存为 .docx 后再导入');

  // A .docx cut short in transit.
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: '截断.docx', mimeType: 'application/octet-stream', buffer: fs.readFileSync(docx).subarray(0, 3_000) });
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect.poll(() => page.getByTestId('import-error').innerText(), { timeout: 15_000 }).toContain('损坏');
  expect(page.url()).not.toMatch(/#\/draft\//);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect.poll(() => dialog.count()).toBe(0);

  // An empty file is refused before it is sent.
  dialog = await openImport(page, { name: '空.txt', buffer: Buffer.alloc(0) });
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  expect(await page.getByTestId('import-error').innerText()).toBe('文件“空.txt”是空的。');
  await page.keyboard.press('Escape');

  expect(await list()).toEqual([]);
  // The two refusals are the bridge's 400 answers, which Chromium logs; nothing else went wrong.
  expect(w.consoleErrors).toEqual(Array(2).fill('Failed to load resource: the server responded with a status of 400 (Bad Request)'));
  w.consoleErrors.length = 0;
});

test('import the .docx and roll it forward: years, 待核实 figures, plan ticks, year checks, similarity; reload; export Word', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  const dialog = await openImport(page, docx);
  await page.getByTestId('import-rollover').check();
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9_-]+$/, { timeout: 20_000 });
  const id = draftId(page);
  await editor(page).waitFor();

  // Two drafts: last year's as imported (unchanged) and this year's.
  const drafts = await list();
  expect(drafts.map((d) => d.year).sort()).toEqual([2019, 2020]);
  const source = await stored(drafts.find((d) => d.year === 2019)!.id);
  expect(source.doc.meta.title).toBe('关于2019年度法治政府建设情况的报告');
  expect(source.doc.rollover).toBeUndefined();

  // The notes of both steps wait above the draft.
  const notes = page.getByTestId('import-notes');
  expect(await notes.innerText()).toContain('furong-2019.docx');
  expect(await page.getByTestId('rollover-notes').innerText()).toMatch(/已将 \d+ 处与报告周期相关的年份改为新年度（2019→2020）/);
  expect(await page.getByTestId('import-warnings').innerText()).toContain('第一责任人');

  // On the office screens, with both steps' notes open and the bar over the editor: the bar keeps
  // to one row and the editor to 60% of the height; with the preview beside too.
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const preview of [false, true]) {
      if (preview) await page.getByRole('button', { name: '分页预览' }).click();
      if (preview) await page.locator('.gw-sheet').first().waitFor({ timeout: 20_000 });
      const at = `${width}×${height}${preview ? ', preview beside' : ''}`;
      expect(await rows(page.getByTestId('rollover-bar')), at).toBe(1);
      expect(await editorHeight(page), at).toBeGreaterThanOrEqual(0.6 * height);
      if (preview) await page.getByRole('button', { name: '分页预览' }).click();
    }
    await page.screenshot({ path: path.join(ARTIFACTS, `rollover-import-${width}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // The reported year moved, in the title and the text; a cited 文件 title kept its year.
  expect(await page.locator('.gw-title').innerText()).toBe('关于2020年度法治政府建设情况的报告');
  const text = await editor(page).innerText();
  expect(text).toContain('2020年,共办结案件');
  expect(text).toContain('《芙蓉区依法治区委员会2019年工作要点》');
  expect(text).not.toContain('2019年,共办结案件');

  // Every carried-over figure is highlighted, and the bar counts what the stored draft holds.
  const first = await stored(id);
  const total = openFigures(first.doc).count;
  expect(total).toBeGreaterThan(30);
  await expect.poll(() => unconfirmed(page)).toBe(total);
  expect(await page.locator('.gw-editor .gw-unconfirmed').count()).toBe(total);

  // Next: the first figure is selected. Confirm: its mark goes, the count drops by one, and the
  // selection moves on to the next figure.
  await page.locator('[data-action="next-figure"]').click();
  const figure = await selected(page);
  expect(figure).toMatch(/^\d[\d.,]*\D+$/);
  await page.locator('[data-action="confirm-figure"]').click();
  await expect.poll(() => unconfirmed(page)).toBe(total - 1);
  expect(await page.getByTestId('rollover-message').innerText()).toBe('已确认 1 处数字。');
  const second = await selected(page);
  expect(second).toMatch(/^\d/);
  // Typing over a figure is editing it, which confirms it too.
  await page.keyboard.insertText('128项');
  await expect.poll(() => unconfirmed(page)).toBe(total - 2);
  await saved(page);
  let doc = (await stored(id)).doc;
  expect(openFigures(doc).count).toBe(total - 2);
  expect(JSON.stringify(doc.body)).toContain('128项');

  // The plan checklist: last year's three items; tick the first.
  const checklist = page.getByTestId('plan-checklist');
  expect(await checklist.locator('li').allInnerTexts()).toEqual([
    '高度重视,加强整体谋划推进',
    '抓住重点,补齐依法行政短板',
    '加强教育,树牢依法行政意识',
  ]);
  await checklist.getByRole('checkbox').first().check();
  await saved(page);
  doc = (await stored(id)).doc;
  expect(doc.rollover!.plans.map((p) => p.done)).toEqual([true, false, false]);

  // Year checks: the 2018 base year is found in the text, then marked 已核实.
  const years = page.getByTestId('year-checks');
  expect(await years.locator('li').count()).toBe(2);
  const check2018 = years.locator('li', { hasText: '2018年' });
  await check2018.locator('.gw-year-locate').click();
  await expect.poll(() => selected(page)).toContain('2018年减少证明材料');
  await check2018.getByRole('button', { name: '已核实' }).click();
  await expect.poll(() => years.locator('li').count()).toBe(1);

  // Same as last year: 100% untouched; new words in the lead bring the share down, live.
  const similar = page.getByTestId('similar-total');
  expect(await similar.innerText()).toMatch(/与上年原文相同 9\d%|与上年原文相同 100%/);
  const before = Number(/(\d+)%/.exec(await similar.innerText())![1]);
  await page.locator('.gw-editor .gw-lead').first().click();
  await page.keyboard.press('Control+Home');
  const NEW = '本年度全区法治政府建设各项重点任务全面完成，依法行政水平持续提升，群众满意度明显提高。';
  await page.keyboard.insertText(NEW);
  await expect.poll(async () => Number(/(\d+)%/.exec(await similar.innerText())![1])).toBeLessThan(before);
  expect(Number(/(\d+)%/.exec(await page.getByTestId('similar-panel-total').innerText())![1])).toBeLessThan(before);
  await saved(page);

  // The checker warns about both, with the counts.
  await page.getByRole('tab', { name: '检查' }).click();
  const panel = page.getByTestId('completeness');
  await expect.poll(() => panel.innerText()).toContain(`还有${total - 2}处沿用上年的数字标为“待核实”`);
  expect(await panel.innerText()).toContain('还有1处年份无法确定是否应随年度更新');
  await page.getByRole('tab', { name: '往年对照' }).click();

  await page.locator('.gw-editor-scroll').evaluate((el) => (el.scrollTop = 0));
  await page.screenshot({ path: path.join(ARTIFACTS, 'rollover-workspace.png') });

  // Reload: confirmations, the tick, the resolved year and the new words are all kept.
  await page.reload();
  await editor(page).waitFor();
  await expect.poll(() => unconfirmed(page)).toBe(total - 2);
  expect(await page.getByTestId('plan-checklist').getByRole('checkbox').first().isChecked()).toBe(true);
  expect(await page.getByTestId('year-checks').locator('li').count()).toBe(1);
  expect(await editor(page).innerText()).toContain(NEW);

  // Export Word: the official file waits for a 发文字号, the 草稿 goes out with the text.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const blocked = page.getByTestId('export-blocked');
  await blocked.waitFor();
  await blocked.getByRole('button', { name: '导出草稿' }).click();
  await expect.poll(() => page.getByText(/已导出：/).isVisible(), { timeout: 20_000 }).toBe(true);
  const exportDir = path.join(bridge.dataDir, 'exports');
  const files = fs.readdirSync(exportDir).filter((f) => f.endsWith('.docx'));
  expect(files).toHaveLength(1);
  const exported = await docxText(path.join(exportDir, files[0]!));
  expect(exported).toContain('关于2020年度法治政府建设情况的报告');
  expect(exported).toContain(NEW);
  expect(exported).toContain('128项');
  expect(exported).toContain('《芙蓉区依法治区委员会2019年工作要点》');

  expect(w.consoleErrors).toEqual([]);
});

test('以往年报告为模板新建 from a stored draft in the 草稿箱', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  const source = (await list()).find((d) => d.year === 2019)!;
  const row = page.locator(`tr[data-draft="${source.id}"]`);
  await row.locator('[data-action="rollover"]').click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9_-]+$/, { timeout: 20_000 });
  expect(draftId(page)).not.toBe(source.id);
  await editor(page).waitFor();
  expect(await page.getByTestId('import-notes').innerText()).toContain(
    '以往年报告为模板新建：关于2019年度法治政府建设情况的报告（2019年度）',
  );
  expect(await unconfirmed(page)).toBeGreaterThan(30);
  // Dismissed notes stay dismissed.
  await page.getByTestId('import-notes').getByRole('button', { name: '知道了' }).click();
  await page.reload();
  await editor(page).waitFor();
  expect(await page.getByTestId('import-notes').count()).toBe(0);
  expect((await list()).filter((d) => d.year === 2020)).toHaveLength(2);
  expect(w.consoleErrors).toEqual([]);
});
