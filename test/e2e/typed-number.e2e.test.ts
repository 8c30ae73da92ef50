/**
 * A heading number typed by hand, in Chromium on the real UI through the real web bridge (real
 * SQLite file): "（一）" typed through an input method at the start of a new paragraph in a 法治
 * draft makes it a heading numbered from position; the stored document holds a level-2 section
 * whose heading has no number; Ctrl+Z gives back the typed text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningBridge } from '../helpers/bridge';
import { startUi, stopUi, type WatchedPage } from '../helpers/browser';
import { caretAtEnd, editorText, imeType } from '../helpers/editor-page';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;

beforeAll(async () => {
  ({ bridge, browser, w } = await startUi({ width: 1280, height: 860 }));
  page = w.page;
});
afterAll(() => stopUi({ bridge, browser }));

interface StoredSection {
  type: string;
  level?: number;
  heading?: string;
  slot?: string;
  children?: StoredSection[];
  runs?: { text: string }[];
}

const freeHeadings = () =>
  page.$$eval('.gw-editor .gw-heading:not([data-slot])', (els) =>
    els.map((el) => [el.getAttribute('data-label'), el.textContent, Number(el.getAttribute('aria-level'))]),
  );

describe('a heading number typed in a 法治 draft', () => {
  test('becomes a numbered heading, stored without the number; Ctrl+Z gives back the text', async () => {
    await page.goto(bridge.url);
    await page.locator('button[data-template="fazhi-annual"]').click();
    await page.waitForURL(/#\/draft\/[A-Za-z0-9-]+$/);
    const id = /#\/draft\/(.+)$/.exec(page.url())![1]!;
    const editor = page.getByRole('textbox', { name: '正文' });
    await editor.waitFor();

    // A first paragraph in 主要举措和成效, then a new one started with Enter.
    const first = '.gw-heading[data-slot="measures"] + .gw-paragraph';
    await page.locator(first).click();
    await page.waitForTimeout(60);
    await imeType(page, '全年办理行政复议案件一百二十件。');
    await caretAtEnd(page, first);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(60);
    const seen = Number(await page.getByTestId('editor-message').getAttribute('data-count'));
    await imeType(page, '（一）');
    await expect.poll(freeHeadings).toEqual([['（一）', '', 2]]);
    await expect
      .poll(async () =>
        Number(await page.getByTestId('editor-message').getAttribute('data-count')) > seen
          ? page.getByTestId('editor-message').innerText()
          : '',
      )
      .toMatch(/已转为“（一）”级标题，序号按位置自动生成/);
    await imeType(page, '坚持党的领导');
    await expect.poll(freeHeadings).toEqual([['（一）', '坚持党的领导', 2]]);
    await page.screenshot({ path: 'test/.artifacts/typed-number.png' });

    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
    const stored = await bridge.call<{ doc: { body: StoredSection[] } }>('drafts.get', { id });
    const measures = stored.body.doc.body.find((b) => b.slot === 'measures')!;
    const sub = measures.children!.find((c) => c.type === 'section')!;
    expect(sub).toMatchObject({ level: 2, heading: '坚持党的领导' });
    expect(JSON.stringify(stored.body.doc.body)).not.toContain('（一）');

    // Undo the typed heading text, then the conversion: the typed number is plain text again.
    await editor.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(freeHeadings).toEqual([['（一）', '', 2]]);
    await page.keyboard.press('Control+Z');
    await expect.poll(freeHeadings).toEqual([]);
    expect(await editorText(page)).toContain('全年办理行政复议案件一百二十件。\n（一）');
    // Typing on keeps it as text.
    await imeType(page, '是指');
    await page.waitForTimeout(100);
    expect(await freeHeadings()).toEqual([]);
    expect(await editorText(page)).toContain('\n（一）是指');
    expect(w.consoleErrors).toEqual([]);
  });
});
