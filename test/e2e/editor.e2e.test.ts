/**
 * The structured editor in Chromium, on the real UI through the real web bridge (real SQLite
 * file): a 法治政府建设年度报告 whose required headings survive every way of removing them, free
 * sections whose numbers follow their place, run-in headings, Word-shaped paste, and a reload.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage, openDraftPage } from '../helpers/browser';
import { editorText, imeType } from '../helpers/editor-page';
import { ROOT } from '../helpers/paths';
import { SEEDS, seedDocument, storeDraft } from '../helpers/seed-docs';
import { numberSections, allSections } from '../../shared/headings/index';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;
let draftId = '';

const ARTIFACTS = path.join(ROOT, 'test/.artifacts');
const SLOT_ORDER = ['measures', 'shortcomings', 'leaders', 'plans', 'other'];

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser);
  page = w.page;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

interface HeadingView {
  label: string;
  text: string;
  slot: string | null;
  runIn: boolean;
  level: number;
}

/** The headings as shown: number drawn from position, text as typed. */
function headings(): Promise<HeadingView[]> {
  return page.$$eval('.gw-editor .gw-heading', (els) =>
    els.map((el) => ({
      label: el.getAttribute('data-label') ?? '',
      text: el.textContent ?? '',
      slot: el.getAttribute('data-slot'),
      runIn: el.classList.contains('gw-runin'),
      level: Number(el.getAttribute('aria-level')),
    })),
  );
}

const slotsShown = async () => (await headings()).filter((h) => h.slot).map((h) => h.slot);
const message = () => page.getByTestId('editor-message').innerText();
const editor = () => page.getByRole('textbox', { name: '正文' });
const docText = () => editorText(page);

let messagesSeen = 0;
const messageCount = async () => Number(await page.getByTestId('editor-message').getAttribute('data-count'));

/** Remember how many messages have been said, so the next check wants a new one. */
async function resetMessage(): Promise<void> {
  messagesSeen = await messageCount();
}

/** A message said since the last resetMessage(), matching `re`. */
async function expectMessage(re: RegExp): Promise<void> {
  await expect.poll(async () => ((await messageCount()) > messagesSeen ? message() : ''), { timeout: 5_000 }).toMatch(re);
}

/**
 * Click, then give the browser's selectionchange (a queued task) time to reach the editor before
 * the next key, as any human pause does.
 */
async function click(target: Locator): Promise<void> {
  await target.click();
  await page.waitForTimeout(60);
}

/** Type Chinese the way an input method does (see imeType). */
const ime = (text: string) => imeType(page, text);

/** A paste as the browser delivers it (the clipboard's flavours by MIME type). */
async function paste(data: Record<string, string>): Promise<void> {
  await page.evaluate((flavours) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(flavours)) dt.setData(type, value);
    document
      .querySelector('.gw-editor')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

/** A caret-moving key, then the same pause (the editor follows the caret on selectionchange). */
async function move(key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(60);
}

/** Caret at the start (or end) of the heading of a slot. */
async function caretInSlotHeading(slot: string, where: 'start' | 'end'): Promise<void> {
  const h = page.locator(`.gw-heading[data-slot="${slot}"]`);
  await click(h);
  await move(where === 'start' ? 'Home' : 'End');
}

/** Caret into the first paragraph after a slot heading. */
async function caretInSlotBody(slot: string, where: 'start' | 'end'): Promise<void> {
  const p = page.locator(`.gw-heading[data-slot="${slot}"] + .gw-paragraph`);
  await click(p);
  await move(where === 'start' ? 'Home' : 'End');
}

async function expectOutlineIntact(): Promise<void> {
  expect(await slotsShown()).toEqual(SLOT_ORDER);
  const hs = (await headings()).filter((h) => h.slot);
  expect(hs.map((h) => h.label)).toEqual(['一、', '二、', '三、', '四、', '五、']);
  for (const h of hs) expect(h.text.length).toBeGreaterThan(0);
}

/** Select from the start of one element's text to the end of another's (DOM selection). */
async function selectAcross(fromSelector: string, toSelector: string): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const from = document.querySelector(a!)!;
      const to = document.querySelector(b!)!;
      const range = document.createRange();
      const firstText = document.createTreeWalker(from, NodeFilter.SHOW_TEXT).nextNode() ?? from;
      const walker = document.createTreeWalker(to, NodeFilter.SHOW_TEXT);
      let lastText: Node | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) lastText = n;
      range.setStart(firstText, Math.min(1, firstText.textContent?.length ?? 0));
      range.setEnd(lastText ?? to, lastText ? Math.max(0, (lastText.textContent?.length ?? 1) - 1) : 0);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [fromSelector, toSelector],
  );
  // Let Lexical take the DOM selection over.
  await page.waitForTimeout(50);
}

async function fillSlot(slot: string, text: string): Promise<void> {
  await caretInSlotBody(slot, 'end');
  await page.keyboard.insertText(text);
}

describe('a 法治政府建设年度报告 in the editor', () => {
  test('is created from the template with its five required parts numbered 一、 to 五、', async () => {
    await page.goto(bridge.url);
    await page.locator('button[data-template="fazhi-annual"]').click();
    await page.waitForURL(/#\/draft\/[A-Za-z0-9-]+$/);
    draftId = /#\/draft\/(.+)$/.exec(page.url())![1]!;
    await editor().waitFor();
    await expect.poll(slotsShown).toEqual(SLOT_ORDER);
    await expectOutlineIntact();
    // The empty slots show their guidance as a placeholder, not as text.
    const placeholder = await page.locator('.gw-heading[data-slot="shortcomings"] + .gw-paragraph').getAttribute('data-placeholder');
    expect(placeholder).toContain('不足');
    expect(await docText()).not.toContain(placeholder!);
    await fillSlot('measures', '全年办理行政复议案件一百二十件。');
    await fillSlot('shortcomings', '法治督察的深度还不够。');
    await fillSlot('leaders', '主要负责人带头述法。');
    await fillSlot('plans', '深化行政执法体制改革。');
    await fillSlot('other', '无。');
  });

  describe('a required heading stays, whatever the path', () => {
    test('Backspace at the start of the heading', async () => {
      await resetMessage();
      await caretInSlotHeading('shortcomings', 'start');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');

      await expectMessage(/必备部分的标题/);
      await expectOutlineIntact();
    });

    test('Delete at the end of the paragraph before it', async () => {
      await resetMessage();
      await caretInSlotBody('measures', 'end');
      await page.keyboard.press('Delete');
      await expectMessage(/必备部分的标题/);
      await expectOutlineIntact();
      expect(await docText()).toContain('全年办理行政复议案件一百二十件。');
    });

    test('Backspace at the start of the paragraph under it does not merge the two', async () => {
      await resetMessage();
      await caretInSlotBody('leaders', 'start');
      await page.keyboard.press('Backspace');
      await expectMessage(/不能合并/);
      await expectOutlineIntact();
    });

    test('select all, then type (and then Backspace)', async () => {
      await resetMessage();
      await click(editor());
      await move('Control+A');
      await page.keyboard.type('x');
      await expectMessage(/不能整体删除或替换/);
      await expectOutlineIntact();
      await resetMessage();
      await move('Control+A');
      await page.keyboard.press('Backspace');
      await expectMessage(/不能整体删除或替换/);
      await expectOutlineIntact();
      expect(await docText()).toContain('法治督察的深度还不够。');
    });

    test('cut a selection across two parts', async () => {
      await resetMessage();
      await selectAcross('.gw-heading[data-slot="measures"] + .gw-paragraph', '.gw-heading[data-slot="shortcomings"] + .gw-paragraph');
      await page.keyboard.press('Control+X');
      await expectMessage(/不能剪切/);
      await expectOutlineIntact();
      expect(await docText()).toContain('全年办理行政复议案件一百二十件。');
    });

    test('paste over a selection across two parts', async () => {
      await resetMessage();
      await selectAcross('.gw-heading[data-slot="leaders"] + .gw-paragraph', '.gw-heading[data-slot="plans"] + .gw-paragraph');
      await paste({ 'text/plain': '粘贴的文字' });
      await expectMessage(/不能整体删除或替换/);
      await expectOutlineIntact();
      expect(await docText()).not.toContain('粘贴的文字');
    });

    test('drag a selection holding a heading', async () => {
      await resetMessage();
      await selectAcross('.gw-heading[data-slot="measures"] + .gw-paragraph', '.gw-heading[data-slot="shortcomings"] + .gw-paragraph');
      // A real mouse drag of the selected text to the end of the document.
      const from = await page.locator('.gw-heading[data-slot="shortcomings"]').boundingBox();
      const to = await page.locator('.gw-heading[data-slot="other"] + .gw-paragraph').boundingBox();
      await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
      await page.mouse.down();
      await page.mouse.move(to!.x + 40, to!.y + to!.height / 2, { steps: 8 });
      await page.mouse.up();
      await expectOutlineIntact();
      // And a drop with the heading's text from outside lands as text, not as a second heading.
      await resetMessage();
      await selectAcross('.gw-heading[data-slot="measures"]', '.gw-heading[data-slot="shortcomings"] + .gw-paragraph');
      const prevented = await page.evaluate(() => {
        const ev = new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() });
        document.querySelector('.gw-heading[data-slot="shortcomings"]')!.dispatchEvent(ev);
        return ev.defaultPrevented;
      });
      expect(prevented).toBe(true);
      await expectMessage(/不能拖动/);
      await expectOutlineIntact();
    });

    test('a word dragged within the text moves (it is not copied)', async () => {
      const rect = await page.evaluate(() => {
        const t = document.querySelector('.gw-heading[data-slot="plans"] + .gw-paragraph span')!.firstChild!;
        const r = document.createRange();
        r.setStart(t, 0);
        r.setEnd(t, 2);
        const s = window.getSelection()!;
        s.removeAllRanges();
        s.addRange(r);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      });
      await page.waitForTimeout(60);
      const to = await page.locator('.gw-heading[data-slot="other"] + .gw-paragraph').boundingBox();
      await page.mouse.move(rect.x, rect.y);
      await page.mouse.down();
      await page.mouse.move(to!.x + to!.width - 5, to!.y + to!.height / 2, { steps: 10 });
      await page.mouse.up();
      await expect.poll(() => page.locator('.gw-heading[data-slot="other"] + .gw-paragraph').textContent()).toContain('深化');
      expect(await page.locator('.gw-heading[data-slot="plans"] + .gw-paragraph').textContent()).not.toContain('深化');
      await expectOutlineIntact();
    });

    test('IME composition over a selection across parts', async () => {
      await resetMessage();
      await selectAcross('.gw-heading[data-slot="shortcomings"] + .gw-paragraph', '.gw-heading[data-slot="leaders"] + .gw-paragraph');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'fa', selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.imeSetComposition', { text: '法治', selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.insertText', { text: '法治' });
      await page.waitForTimeout(300);
      await expectMessage(/不能整体删除或替换/);
      await expectOutlineIntact();
      // The parts' text is still there: the composition went in at the caret, nothing was deleted.
      const text = await docText();
      expect(text).toContain('主要负责人带头述法');
      expect(text).toContain('法治督察的深度还不够');
      await cdp.detach();
    });

    test('a change the commands never saw (a raw update) is put back, and undo/redo cannot bring it back', async () => {
      await resetMessage();
      const removed = await page.evaluate(() => {
        // Straight at Lexical, past every command: remove the node behind a required heading.
        interface Ed {
          update(fn: () => void, options?: { discrete?: boolean }): void;
          getEditorState(): { _nodeMap: Map<string, { remove(): void }> };
          _keyToDOMMap: Map<string, HTMLElement>;
        }
        const ed = (document.querySelector('.gw-editor') as unknown as { __lexicalEditor: Ed }).__lexicalEditor;
        const dom = document.querySelector('.gw-heading[data-slot="plans"]');
        const key = [...ed._keyToDOMMap].find(([, el]) => el === dom)?.[0];
        if (!key) return false;
        ed.update(() => ed.getEditorState()._nodeMap.get(key)!.remove(), { discrete: true });
        return true;
      });
      expect(removed).toBe(true);
      await expectMessage(/已恢复/);
      await expectOutlineIntact();
      await click(editor());
      for (let i = 0; i < 40; i++) await page.keyboard.press('Control+Z');
      await expectOutlineIntact();
      for (let i = 0; i < 40; i++) await page.keyboard.press('Control+Y');
      await expectOutlineIntact();
    });

    test('Tab on a required heading does not change its level', async () => {
      await resetMessage();
      await caretInSlotHeading('plans', 'end');
      await page.keyboard.press('Tab');
      await expectMessage(/层级不能更改/);
      await expectOutlineIntact();
    });
  });

  describe('free sections', () => {
    test('add （一）（二） under a part, reorder them and see the numbers follow', async () => {
      await resetMessage();
      await caretInSlotBody('measures', 'end');
      await page.getByRole('button', { name: '新增小节' }).click();
      await ime('坚持党的领导');
      await page.keyboard.press('Enter');
      await ime('一是落实第一责任人职责。');
      await page.keyboard.press('Control+Enter');
      await ime('严格规范执法');
      await page.keyboard.press('Enter');
      await ime('开展执法案卷评查。');
      let hs = (await headings()).filter((h) => !h.slot);
      expect(hs.map((h) => [h.label, h.text])).toEqual([
        ['（一）', '坚持党的领导'],
        ['（二）', '严格规范执法'],
      ]);
      // Move （二） up: it becomes （一）, numbers follow the place.
      await click(page.locator('.gw-heading', { hasText: '严格规范执法' }));
      await page.keyboard.press('Alt+Shift+ArrowUp');
      hs = (await headings()).filter((h) => !h.slot);
      expect(hs.map((h) => [h.label, h.text])).toEqual([
        ['（一）', '严格规范执法'],
        ['（二）', '坚持党的领导'],
      ]);
      // And down again with the toolbar.
      await click(page.locator('.gw-heading', { hasText: '严格规范执法' }));
      await page.getByRole('button', { name: '下移' }).click();
      hs = (await headings()).filter((h) => !h.slot);
      expect(hs.map((h) => h.text)).toEqual(['坚持党的领导', '严格规范执法']);
      // Body text moved with its heading.
      const text = await docText();
      expect(text.indexOf('开展执法案卷评查。')).toBeGreaterThan(text.indexOf('严格规范执法'));
      expect(text.indexOf('一是落实第一责任人职责。')).toBeLessThan(text.indexOf('严格规范执法'));
      await expectOutlineIntact();
    });

    test('Tab and Shift+Tab change a level; the numbers follow', async () => {
      await click(page.locator('.gw-heading', { hasText: '严格规范执法' }));
      await page.keyboard.press('Tab');
      let hs = (await headings()).filter((h) => !h.slot);
      expect(hs.map((h) => [h.label, h.level])).toEqual([
        ['（一）', 2],
        ['1.', 3],
      ]);
      await page.keyboard.press('Shift+Tab');
      hs = (await headings()).filter((h) => !h.slot);
      expect(hs.map((h) => [h.label, h.level])).toEqual([
        ['（一）', 2],
        ['（二）', 2],
      ]);
      // Not above the template's parts.
      await resetMessage();
      await page.keyboard.press('Shift+Tab');
      await expectMessage(/最高为二级/);
    });

    test('toggle a heading between run-in and standalone', async () => {
      await resetMessage();
      await click(page.locator('.gw-heading', { hasText: '坚持党的领导' }));
      // 段首标题 waits under 更多 (the toolbar keeps to one row).
      await page.getByRole('toolbar', { name: '编辑工具' }).locator('[data-action="more"]').click();
      await page.getByRole('button', { name: '段首标题' }).click();
      await expectMessage(/段首标题/);
      let h = (await headings()).find((x) => x.text.startsWith('坚持党的领导'))!;
      expect(h.runIn).toBe(true);
      expect(h.text).toBe('坚持党的领导。一是落实第一责任人职责。');
      expect(h.label).toBe('（一）');
      // The body typed after the run-in "。" stays body text.
      await move('End');
      await ime('二是带头述法。');
      await page.keyboard.press('Alt+Shift+R');
      h = (await headings()).find((x) => x.text.startsWith('坚持党的领导'))!;
      expect(h.runIn).toBe(false);
      expect(h.text).toBe('坚持党的领导');
      await expect.poll(() => docText()).toContain('一是落实第一责任人职责。二是带头述法。');
      // Back to run-in for the reload check.
      await click(page.locator('.gw-heading', { hasText: '坚持党的领导' }));
      await page.keyboard.press('Alt+Shift+R');
      expect((await headings()).find((x) => x.text.startsWith('坚持党的领导'))!.runIn).toBe(true);
    });

    test('a free section can be deleted; a required one cannot', async () => {
      await caretInSlotBody('plans', 'end');
      await page.getByRole('button', { name: '新增小节' }).click();
      await ime('临时小节');
      expect((await headings()).some((h) => h.text === '临时小节')).toBe(true);
      await resetMessage();
      await page.getByRole('toolbar', { name: '编辑工具' }).locator('[data-action="more"]').click();
      await page.getByRole('button', { name: '删除小节' }).click();
      await expectMessage(/已删除小节“临时小节”/);
      expect((await headings()).some((h) => h.text === '临时小节')).toBe(false);
      await resetMessage();
      await caretInSlotHeading('plans', 'end');
      await page.getByRole('toolbar', { name: '编辑工具' }).locator('[data-action="more"]').click();
      await page.getByRole('button', { name: '删除小节' }).click();
      await expectMessage(/必备部分，不能删除/);
      await expectOutlineIntact();
    });
  });

  test('paste from Word: mso- styles dropped, typed 一、（一）1. become structure at the right level', async () => {
    const html = fs.readFileSync(path.join(ROOT, 'test/fixtures/word-clipboard.html'), 'utf8');
    await resetMessage();
    await caretInSlotBody('shortcomings', 'end');
    await page.keyboard.press('Enter');
    await paste({ 'text/html': html, 'text/plain': 'plain fallback' });
    await expectMessage(/识别出 \d+ 个标题/);
    const hs = await headings();
    const start = hs.findIndex((h) => h.slot === 'shortcomings');
    const end = hs.findIndex((h) => h.slot === 'leaders');
    // Inside 二、存在的不足和原因 a typed "一、" is a （一） of that part; "（一）" one level below it.
    expect(hs.slice(start + 1, end).map((h) => [h.label, h.text, h.runIn])).toEqual([
      ['（一）', '法治意识有待增强', false],
      // Run-in: heading sentence, the run-in "。", and the body in one paragraph.
      ['1.', '学法用法制度落实不到位。个别部门领导干部学法不够深入，以会代学的情况仍然存在。', true],
      ['2.', '执法人员培训不足', false],
      ['（二）', '行政执法规范化水平不高', false],
    ]);
    const text = await docText();
    expect(text).toContain('个别部门领导干部学法不够深入，以会代学的情况仍然存在。');
    expect(text).not.toContain('mso-');
    expect(text).not.toContain('plain fallback');
    // No typed number survives in the text: numbers come from position only.
    for (const h of hs) expect(h.text).not.toMatch(/^[（(]?[一二三四五六七八九十\d]+[)）]?[、.．]/);
    // Nothing of Word's styling reached the page.
    expect(await page.locator('.gw-editor [style*="mso"], .gw-editor [class^="Mso"], .gw-editor font').count()).toBe(0);
    // Bold inside a paragraph is kept.
    expect(await page.locator('.gw-editor .gw-bold', { hasText: '以会代学' }).count()).toBe(1);
    await expectOutlineIntact();
  });

  test('tables: insert, add and remove rows and columns; bold with Ctrl+B', async () => {
    await caretInSlotBody('other', 'end');
    await page.getByRole('button', { name: '插入表格' }).click();
    // Rows × columns asked first; 3 × 3 offered (test/e2e/tables.e2e.test.ts tries others).
    await page.getByRole('dialog', { name: '插入表格' }).getByRole('button', { name: '插入' }).click();
    const table = page.locator('.gw-editor table');
    await expect.poll(() => table.count()).toBe(1);
    const dims = () => table.evaluate((t: HTMLTableElement) => [t.rows.length, t.rows[0]!.cells.length]);
    expect(await dims()).toEqual([3, 3]);
    await ime('项目');
    await move('Tab');
    await ime('件数');
    await page.getByRole('button', { name: '加行' }).click();
    await page.getByRole('button', { name: '加列' }).click();
    expect(await dims()).toEqual([4, 4]);
    // Remove the last row and the last column again (the caret picks which).
    await click(table.locator('tr').last().locator('td, th').first());
    await page.getByRole('button', { name: '删行' }).click();
    await click(table.locator('tr').first().locator('td, th').last());
    await page.getByRole('button', { name: '删列' }).click();
    expect(await dims()).toEqual([3, 3]);
    expect(await table.locator('tr').first().innerText()).toMatch(/项目\s*件数/);
    await click(table.locator('tr').nth(1).locator('td, th').first());
    await ime('行政复议');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'editor-table.png') });
    // Bold: select a word in the closing part and press Ctrl+B.
    await caretInSlotBody('plans', 'end');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForTimeout(60);
    await page.keyboard.press('Control+B');
    await expect.poll(() => page.locator('.gw-editor .gw-bold', { hasText: '制改革。' }).count()).toBe(1);
    // Italic is not in the model, so the editor does not offer it.
    await page.keyboard.press('Control+I');
    expect(await page.locator('.gw-editor em, .gw-editor i, .gw-editor [class*="italic"]').count()).toBe(0);
  });

  test('everything survives a reload', async () => {
    const before = await headings();
    const textBefore = await docText();
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
    await page.reload();
    await editor().waitFor();
    await expect.poll(headings).toEqual(before);
    expect(await docText()).toBe(textBefore);
    const stored = await bridge.call<{ doc: { body: unknown[] } }>('drafts.get', { id: draftId });
    const json = JSON.stringify(stored.body.doc);
    expect(json).toContain('"runIn":true');
    const body = stored.body.doc.body as { type: string; runs?: { text: string }[] }[];
    // The closing stays a top-level paragraph after the last part, not text of 五、.
    expect(body[body.length - 1]).toEqual({ type: 'paragraph', runs: [{ text: '特此报告。' }] });
    expect(json).toContain('{"text":"制改革。","bold":true}');
    expect(json).toMatch(/"type":"table","headerRows":1,"rows":\[\[\{"runs":\[\{"text":"项目"\}\]\},\{"runs":\[\{"text":"件数"\}\]\}/);
    expect(json).toContain('行政复议');
    expect(json).not.toMatch(/"heading":"[（(]?[一二三四五六七八九十]+[)）]?、/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'editor-after-reload.png'), fullPage: true });
  });

  test('ran clean under the strict CSP: no console errors, no violations', () => {
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('a 工作报告 (free outline)', () => {
  test('a pasted web page keeps its 一、 at the first level; styles, fonts and indents go', async () => {
    await page.goto(bridge.url);
    await page.locator('button[data-template="work-report"]').click();
    await page.waitForURL(/#\/draft\/[A-Za-z0-9-]+$/);
    await editor().waitFor();
    // The empty body shows the template's guidance.
    const first = page.locator('.gw-editor > .gw-paragraph:not(.gw-lead)').first();
    expect(await first.getAttribute('data-placeholder')).toContain('自拟大纲');
    await click(first);
    await resetMessage();
    const html = [
      '<meta charset="utf-8"><div class="TRS_Editor"><style>.TRS_Editor p{font-size:16px}</style>',
      '<p style="text-indent:2em"><font face="仿宋_GB2312">　　一、主要工作完成情况</font></p>',
      '<p class="MsoNormal">　　（一）深化“放管服”改革。全年新增<strong>市场主体</strong>1200户。</p>',
      '<p>　　1.推行“一网通办”<br>　　2.压缩审批时限</p>',
      '<p><span style="font-family:黑体">二、下一步打算</span></p>',
      '<table><tr><th>指标</th><th>完成</th></tr><tr><td>市场主体</td><td>1200户</td></tr></table>',
      '</div>',
    ].join('');
    await paste({ 'text/html': html });
    await expectMessage(/识别出 5 个标题/);
    expect((await headings()).map((h) => [h.label, h.text])).toEqual([
      ['一、', '主要工作完成情况'],
      ['（一）', '深化“放管服”改革。全年新增市场主体1200户。'],
      ['1.', '推行“一网通办”'],
      ['2.', '压缩审批时限'],
      ['二、', '下一步打算'],
    ]);
    expect(await page.locator('.gw-editor .gw-bold', { hasText: '市场主体' }).count()).toBe(1);
    expect(await page.locator('.gw-editor table tr').count()).toBe(2);
    expect(await page.locator('.gw-editor [style], .gw-editor font, .gw-editor .MsoNormal, .gw-editor .TRS_Editor').count()).toBe(0);
    // The closing stayed where it was, last.
    expect((await docText()).trim().endsWith('特此报告。')).toBe(true);
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('figures carried over from last year', () => {
  test('show highlighted, survive a reload, and lose the mark once the clerk edits them', async () => {
    const base = seedDocument('furong-2019.txt');
    const doc = {
      ...base,
      lead: [{ type: 'paragraph' as const, runs: [{ text: '现将有关情况报告如下：' }] }],
      body: [
        {
          type: 'section' as const,
          id: 'm',
          level: 1 as const,
          heading: '主要举措和成效',
          slot: 'measures',
          runIn: false,
          children: [
            {
              type: 'paragraph' as const,
              runs: [
                { text: '全年办理行政复议案件' },
                { text: '35', marks: ['unconfirmed' as const] },
                { text: '件，纠错率' },
                { text: '8%', marks: ['unconfirmed' as const] },
                { text: '。' },
              ],
            },
          ],
        },
      ],
    };
    const id = await storeDraft(bridge, doc);
    await openDraftPage(page, bridge.url, id);
    await editor().waitFor();
    const figures = page.locator('.gw-editor .gw-unconfirmed');
    await expect.poll(() => figures.allInnerTexts()).toEqual(['35', '8%']);
    await page.reload();
    await editor().waitFor();
    await expect.poll(() => figures.allInnerTexts()).toEqual(['35', '8%']);
    // Edit the first figure (caret after its last digit): it is the clerk's own now.
    await click(figures.first());
    await page.evaluate(() => {
      const text = document.querySelector('.gw-editor .gw-unconfirmed')!.firstChild!;
      window.getSelection()!.collapse(text, text.textContent!.length);
    });
    await page.waitForTimeout(60);
    await page.keyboard.press('Backspace');
    await ime('6');
    await expect.poll(() => figures.allInnerTexts()).toEqual(['8%']);
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
    const stored = await bridge.call<{ doc: typeof doc }>('drafts.get', { id });
    expect((stored.body.doc.body[0]!.children[0] as { runs: unknown }).runs).toEqual([
      { text: '全年办理行政复议案件36件，纠错率' },
      { text: '8%', marks: ['unconfirmed'] },
      { text: '。' },
    ]);
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('real reports (the seed fixtures, through the text importer) in the editor', () => {
  for (const seed of SEEDS) {
    test(`${seed}: numbers from position, run-in headings, no typed numbers; screenshots`, async () => {
      const doc = seedDocument(seed);
      const id = await storeDraft(bridge, doc);
      await page.setViewportSize({ width: 1400, height: 1000 });
      await openDraftPage(page, bridge.url, id);
      await editor().waitFor();
      await page.locator('.gw-editor .gw-heading').first().waitFor();
      const shown = await headings();
      const sections = allSections(doc.body);
      const labels = numberSections(doc.body);
      // Every section is shown, in order, with the number shared/headings gives it.
      expect(shown.map((h) => h.label)).toEqual(sections.map((s) => labels.get(s.id)));
      expect(shown.map((h) => h.runIn)).toEqual(sections.map((s) => s.runIn));
      for (const h of shown) expect(h.text).not.toMatch(/^[（(]?[一二三四五六七八九十\d]+[)）]?[、.．]/);
      const name = seed.replace(/\.txt$/, '');
      await page.screenshot({ path: path.join(ARTIFACTS, `editor-${name}-top.png`) });
      await page
        .locator('.gw-editor .gw-heading')
        .nth(Math.min(6, shown.length - 1))
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `editor-${name}-middle.png`) });
      // Opening changed nothing: the stored document is still the imported one.
      await page.waitForTimeout(1_200);
      const stored = await bridge.call<{ doc: typeof doc; revision: number }>('drafts.get', { id });
      expect(stored.body.revision).toBe(2);
      expect(w.consoleErrors).toEqual([]);
    });
  }
});
