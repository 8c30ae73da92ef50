/**
 * Tables as in Word and WPS, in Chromium at 1366×768 on the real UI (real bridge, real SQLite):
 * 插入表格 asks rows × columns, Tab in the last cell adds a row, and no empty paragraph follows
 * the table in the stored draft or in the exported .docx.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage, openDraftPage } from '../helpers/browser';
import { caretAtEnd, imeType } from '../helpers/editor-page';
import { shortReport } from '../helpers/reports';
import { getTemplate, newDocument } from '../../shared/templates';
import type { DraftRecord } from '../../shared/contract/drafts';
import type { Block, ReportDocument } from '../../shared/model/document';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;
let id = '';

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser, { width: 1366, height: 768 });
  page = w.page;
  const created = await bridge.call<DraftRecord>('drafts.create', { templateId: 'fazhi-annual' });
  // The five parts, each with a sentence; the table goes at the end of the last.
  const base = shortReport();
  const parts = newDocument(getTemplate('fazhi-annual')!, 2024, { fullName: '互助县人民政府', headerText: '', code: '' }).body.map((b) =>
    b.type === 'section' ? { ...b, children: [{ type: 'paragraph' as const, runs: [{ text: `${b.heading}的内容。` }] }] } : b,
  );
  const doc: ReportDocument = { ...base, body: [...parts, ...base.body] };
  expect((await bridge.call('drafts.save', { id: created.body.id, baseRevision: created.body.revision, doc })).status).toBe(200);
  id = created.body.id;
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

const table = () => page.locator('.gw-editor table');
const dims = () => table().evaluate((t: HTMLTableElement) => [t.rows.length, ...[...t.rows].map((r) => r.cells.length)]);
const key = async (k: string) => {
  await page.keyboard.press(k);
  await page.waitForTimeout(60);
};

/** Every block that directly follows a table, anywhere in the body. */
function afterTables(blocks: readonly Block[]): (Block | undefined)[] {
  const out: (Block | undefined)[] = [];
  blocks.forEach((b, i) => {
    if (b.type === 'table') out.push(blocks[i + 1]);
    if (b.type === 'section') out.push(...afterTables(b.children));
  });
  return out;
}

describe('tables at 1366×768', () => {
  test('插入表格 asks rows × columns (and refuses sizes out of range), in a dialog that fits the window', async () => {
    await openDraftPage(page, bridge.url, id);
    await page.getByRole('textbox', { name: '正文' }).waitFor();
    // The caret at the end of the first part's text: the table will stand right before the next heading.
    await caretAtEnd(page, '.gw-heading[data-slot="measures"] + p.gw-paragraph');
    await page.getByRole('button', { name: '插入表格' }).click();
    const dialog = page.getByRole('dialog', { name: '插入表格' });
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    await dialog.getByLabel('列数').fill('40');
    expect(await dialog.getByRole('button', { name: '插入' }).isDisabled()).toBe(true);
    await dialog.getByLabel('行数').fill('2');
    await dialog.getByLabel('列数').fill('4');
    await dialog.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => table().count()).toBe(1);
    expect(await dims()).toEqual([2, 4, 4]);
  });

  test('Tab moves cell to cell; Tab in the last cell adds a row and goes to its first cell; Shift+Tab does not', async () => {
    // The caret starts in the first cell.
    for (const [i, text] of ['项目', '2023年', '2024年', '变化', '复议', '112', '131'].entries()) {
      if (i) await key('Tab');
      await imeType(page, text);
    }
    await key('Tab');
    await imeType(page, '增加');
    expect(await dims()).toEqual([2, 4, 4]);
    await key('Tab');
    expect(await dims()).toEqual([3, 4, 4, 4]);
    await imeType(page, '诉讼');
    await expect.poll(() => table().locator('tr').nth(2).locator('td, th').first().innerText()).toBe('诉讼');
    // Shift+Tab from the last cell goes back, it adds nothing.
    for (let i = 0; i < 3; i++) await key('Tab');
    await key('Shift+Tab');
    expect(await dims()).toEqual([3, 4, 4, 4]);
  });

  test('saved and exported: the table, and no empty paragraph after it', async () => {
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
    const doc = (await bridge.call<DraftRecord>('drafts.get', { id })).body.doc;
    // The table ends 主要举措和成效: nothing follows it there (the editor's line below it is not saved).
    const measures = doc.body.find((b) => b.type === 'section' && b.slot === 'measures');
    expect(measures?.type === 'section' && measures.children.map((b) => b.type)).toEqual(['paragraph', 'table']);
    expect(afterTables(doc.body)).toEqual([undefined]);
    const t = JSON.stringify(doc.body);
    expect(t).toContain('"text":"诉讼"');

    const r = await bridge.call<{ path: string }>('export.docx', { id, variant: 'draft' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(r.body.path))).file('word/document.xml')!.async('string');
    const after = xml.slice(xml.indexOf('</w:tbl>') + '</w:tbl>'.length);
    // What follows the table is a paragraph with text, or the section's end.
    const next = /^<w:p\b[\s\S]*?<\/w:p>/.exec(after)?.[0] ?? '';
    if (next) expect(next).toMatch(/<w:t[ >][^<]+<\/w:t>/);
    expect(w.consoleErrors).toEqual([]);
  });
});
