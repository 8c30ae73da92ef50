/**
 * Size limits end to end, in Chromium through the real web bridge on a real SQLite file:
 * a paste too large for the draft is refused whole with a Chinese message (nothing changes, not
 * even the undo history); a large paste that fits goes in and is saved; a heading typed past its
 * limit is named in the save message, nothing is sent or retried, and shortening it saves.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage } from '../helpers/browser';
import { caretAtEnd, editorText, imeType, selectContents } from '../helpers/editor-page';
import { ROOT } from '../helpers/paths';
import type { DraftRecord } from '../../shared/contract/drafts';
import type { Section } from '../../shared/model/document';
import { LIMITS, documentTextSize, formatCount } from '../../shared/model/limits';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;
let id = '';
const ARTIFACTS = path.join(ROOT, 'test/.artifacts');

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser);
  page = w.page;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const created = await bridge.call<DraftRecord>('drafts.create', { templateId: 'fazhi-annual' });
  id = created.body.id;
  await page.goto(`${bridge.url}#/draft/${id}`);
  await page.getByRole('textbox', { name: '正文' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

async function stored(): Promise<DraftRecord> {
  const r = await bridge.call<DraftRecord>('drafts.get', { id });
  expect(r.status).toBe(200);
  return r.body;
}

const saveState = () => page.getByTestId('save-state').innerText();
const saveError = () => page.getByTestId('save-error');
const messageCount = async () => Number(await page.getByTestId('editor-message').getAttribute('data-count'));
const docText = () => editorText(page);

async function expectSaved(): Promise<void> {
  await expect.poll(saveState, { timeout: 15_000 }).toBe('已保存');
}

const ime = (text: string) => imeType(page, text);

/** Caret at the end of the first paragraph under a slot's heading. */
async function caretInSlotBody(slot: string): Promise<void> {
  await page.locator(`.gw-heading[data-slot="${slot}"] + .gw-paragraph`).click();
  await page.keyboard.press('End');
  await page.waitForTimeout(60);
}

/**
 * A plain-text paste of `lines` lines of `lineChars` characters, built in the page (as the
 * browser delivers a paste: a ClipboardEvent with a DataTransfer). Each line starts with a
 * marker "〔n〕" so the test can find it afterwards.
 */
async function pastePlain(lines: number, lineChars: number): Promise<void> {
  await page.evaluate(
    ([n, size]) => {
      const out: string[] = [];
      for (let i = 0; i < n!; i++) {
        const mark = `〔${i}〕`;
        out.push(mark + '依法行政建设法治政府'.repeat(Math.ceil(size! / 10)).slice(0, size! - mark.length));
      }
      const dt = new DataTransfer();
      dt.setData('text/plain', out.join('\n'));
      document
        .querySelector('.gw-editor')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [lines, lineChars],
  );
}

test('a 3 MB paste is refused with the sizes and what to do; text, store and undo history unchanged', async () => {
  await caretInSlotBody('measures');
  await ime('今年新增一项举措。');
  await expectSaved();
  const before = await stored();
  expect(JSON.stringify(before.doc)).toContain('今年新增一项举措。');
  const shown = await docText();
  const seen = await messageCount();

  // 2,000 lines of 500 characters: 1,000,000 Chinese characters, 3 MB as UTF-8.
  await pastePlain(2_000, 500);
  await expect.poll(messageCount).toBeGreaterThan(seen);
  const message = await page.getByTestId('editor-message').innerText();
  expect(message).toContain('粘贴的内容有 1,000,000 字');
  expect(message).toContain(`超过每份草稿 ${formatCount(LIMITS.draftChars)} 字的上限`);
  expect(message).toContain('未粘贴');
  expect(message).toContain('分段粘贴');
  await page.screenshot({ path: path.join(ARTIFACTS, 'paste-limits-refused.png') });

  expect(await docText()).toBe(shown);
  // Nothing new to save: the state does not stay on 未保存 for a paste that changed nothing.
  await expectSaved();
  await page.waitForTimeout(1_500);
  const after = await stored();
  expect(after.revision).toBe(before.revision);
  expect(after.doc).toEqual(before.doc);

  // The undo history is as it was: the first Ctrl+Z takes back the typing, not a paste.
  await page.keyboard.press('Control+z');
  await expect.poll(docText).not.toContain('今年新增一项举措。');
  await page.keyboard.press('Control+y');
  await expect.poll(docText).toContain('今年新增一项举措。');
  await expectSaved();
});

test('a 100,000-character paste goes in, is saved, and the draft grows by it', async () => {
  const before = await stored();
  const sizeBefore = documentTextSize(before.doc);
  await caretInSlotBody('shortcomings');
  await page.keyboard.press('Enter');
  // 200 paragraphs of 500 characters.
  await pastePlain(200, 500);
  await expect.poll(docText, { timeout: 15_000 }).toContain('〔199〕');
  await expectSaved();
  const after = await stored();
  const text = JSON.stringify(after.doc);
  for (const n of [0, 100, 199]) expect(text).toContain(`〔${n}〕依法行政建设法治政府`);
  expect(documentTextSize(after.doc) - sizeBefore).toBe(100_000);
  // Under 二、, as its paragraphs.
  const shortcomings = after.doc.body.find((b): b is Section => b.type === 'section' && b.slot === 'shortcomings')!;
  expect(shortcomings.children.filter((b) => b.type === 'paragraph' && JSON.stringify(b).includes('〔')).length).toBe(200);
  expect(await saveError().count()).toBe(0);
});

test('a heading typed past its limit: the save message names it, nothing is sent, shortening it saves', async () => {
  const before = await stored();
  const heading = page.locator('.gw-heading[data-slot="leaders"]');
  const original = (await heading.textContent()) ?? '';
  await caretAtEnd(page, '.gw-heading[data-slot="leaders"]');
  const saves = () => w.requests.filter((u) => u.endsWith('/api/drafts.save')).length;

  await ime('领'.repeat(LIMITS.headingChars + 300));
  const length = original.length + LIMITS.headingChars + 300;
  const expected = `第三部分标题过长（${formatCount(length)} 字，上限 ${formatCount(LIMITS.headingChars)} 字），请缩短后自动保存将继续。`;
  await expect.poll(() => saveError().innerText(), { timeout: 10_000 }).toBe(expected);
  expect(await saveState()).toBe('未保存');
  await page.screenshot({ path: path.join(ARTIFACTS, 'paste-limits-heading.png') });
  // Nothing goes out for it and nothing is retried (autosave retries failed saves every 5 s).
  const sent = saves();
  await page.waitForTimeout(6_500);
  expect(saves()).toBe(sent);
  expect((await stored()).revision).toBe(before.revision);
  // The text stays in the window.
  expect(await heading.textContent()).toBe(original + '领'.repeat(LIMITS.headingChars + 300));

  // Shorten it: select the heading's text and type a short one over it.
  await selectContents(page, '.gw-heading[data-slot="leaders"]');
  await ime('党政主要负责人履行推进法治建设第一责任人职责情况');
  await expectSaved();
  expect(await saveError().count()).toBe(0);
  const after = await stored();
  expect(after.revision).toBeGreaterThan(before.revision);
  const leaders = after.doc.body.find((b): b is Section => b.type === 'section' && b.slot === 'leaders')!;
  expect(leaders.heading).toBe('党政主要负责人履行推进法治建设第一责任人职责情况');
  expect(w.consoleErrors).toEqual([]);
});
