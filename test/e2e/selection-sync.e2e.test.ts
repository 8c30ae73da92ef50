/**
 * The editor's selection is always the one the clerk sees: after cells of a table were selected
 * (a table selection), a caret put elsewhere without the table's own pointer or key events (an assistive tool, a selection the
 * browser restores) is the editor's caret too, and whatever comes next (text without a key press,
 * an input method, a typed key, Backspace, Enter) happens there, through the editor's guards and
 * history — in Chromium, on the real UI, checked against the stored draft.
 *
 * Without it the editor kept the stale selection and Chromium edited the page itself: the text
 * went in unseen by the outline guard and the undo history, and across blocks Chromium's own
 * restyling was refused by the CSP (a console error).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startUi, stopUi, openDraftPage } from '../helpers/browser';
import { storeBlockKindsDraft } from '../helpers/block-kinds';
import type { Block, ReportDocument } from '../../shared/model/document';

let ui: Awaited<ReturnType<typeof startUi>>;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  ui = await startUi({ width: 1366, height: 768 });
  page = ui.w.page;
  cdp = await page.context().newCDPSession(page);
});

afterAll(async () => {
  await stopUi(ui);
});

/** The draft in a freshly loaded page (no editor of the previous test still on screen). */
async function openDraft(id: string): Promise<void> {
  await openDraftPage(page, ui.bridge.url, id);
  await settle();
}

/** Let the browser's selectionchange (a queued task) reach the editor. */
const settle = () => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0)));

/** The kind of the editor's selection: text range, table cells, a block, or none. */
function heldKind(): Promise<'range' | 'table' | 'node' | 'none'> {
  return page.evaluate(() => {
    const editor = (document.querySelector('.gw-editor') as unknown as { __lexicalEditor: { getEditorState(): { _selection: object | null } } })
      .__lexicalEditor;
    const s = editor.getEditorState()._selection as Record<string, unknown> | null;
    if (!s) return 'none';
    if ('tableKey' in s) return 'table';
    if ('_nodes' in s) return 'node';
    return 'range';
  });
}

/** The editor's content (what undo must give back exactly). */
const content = () =>
  page.evaluate(() =>
    JSON.stringify(
      (document.querySelector('.gw-editor') as unknown as { __lexicalEditor: { getEditorState(): { toJSON(): { root: unknown } } } }).__lexicalEditor
        .getEditorState()
        .toJSON().root,
    ),
  );

/** The browser's caret in the `nth` text node whose text is `text`, after `offset` characters. */
async function caretIn(text: string, offset: number): Promise<void> {
  await page.evaluate(
    ([t, o]) => {
      const root = document.querySelector('.gw-editor') as HTMLElement;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let node: Node | null = null;
      for (let n = walker.nextNode(); n && !node; n = walker.nextNode()) if (n.textContent === t) node = n;
      if (!node) throw new Error(`no text ${t}`);
      if (document.activeElement !== root) root.focus();
      window.getSelection()!.collapse(node, o);
    },
    [text, offset] as const,
  );
  await settle();
}

/** Cells from the one holding `from` to the one holding `to`, as a drag across them selects. */
async function selectCells(from: string, to: string): Promise<void> {
  await caretIn(from, 1);
  await page.evaluate((t) => {
    const root = document.querySelector('.gw-editor') as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent === t) return window.getSelection()!.extend(n, 1);
    throw new Error(`no text ${t}`);
  }, to);
  await settle();
}

const INPUTS = {
  insertText: async () => void (await cdp.send('Input.insertText', { text: '依法' })),
  ime: async () => {
    await cdp.send('Input.imeSetComposition', { text: '依法', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '依法' });
  },
  key: () => page.keyboard.press('x'),
  Backspace: () => page.keyboard.press('Backspace'),
  Enter: () => page.keyboard.press('Enter'),
} as const;
type Input = keyof typeof INPUTS;

/** What the block holding `was` reads after each input with the caret after its `at`-th character. */
function expected(input: Input, was: string, at: number, inCell: boolean): string[] {
  const [a, b] = [was.slice(0, at), was.slice(at)];
  switch (input) {
    case 'insertText':
    case 'ime':
      return [a + '依法' + b];
    case 'key':
      return [a + 'x' + b];
    case 'Backspace':
      return [a.slice(0, -1) + b];
    case 'Enter':
      // A cell holds lines, not blocks.
      return inCell ? [a + '\n' + b] : [a, b];
  }
}

const blockText = (b: Block): string => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.type === 'section' ? b.heading : '');
function allTexts(doc: ReportDocument): string[] {
  const out: string[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'table') for (const row of b.rows) for (const cell of row) out.push(cell.runs.map((r) => r.text).join(''));
      else out.push(blockText(b));
      if (b.type === 'section') walk(b.children);
    }
  };
  out.push(...doc.lead.map(blockText));
  walk(doc.body);
  return out;
}

async function stored(id: string, revision: number): Promise<{ doc: ReportDocument; revision: number }> {
  await page.keyboard.press('Control+S');
  const get = () => ui.bridge.call<{ doc: ReportDocument; revision: number }>('drafts.get', { id });
  await expect.poll(async () => (await get()).body.revision, { timeout: 10_000 }).toBeGreaterThan(revision);
  return (await get()).body;
}

/** Where the caret goes after the cells: a body paragraph, a free heading, a cell of the same table. */
const TARGETS = [
  { name: 'a paragraph', text: '意识正文。', at: 2 },
  { name: 'a free heading', text: '法治意识有待增强', at: 2 },
  { name: 'another cell of the table', text: '复议', at: 1 },
] as const;

describe('a table selection gives way to the caret the browser shows', () => {
  for (const target of TARGETS)
    for (const input of Object.keys(INPUTS) as Input[])
      test(`cells selected, caret put in ${target.name}, then ${input}: at the caret, in the history`, async () => {
        const id = await storeBlockKindsDraft(ui.bridge);
        const revision = (await ui.bridge.call<{ revision: number }>('drafts.get', { id })).body.revision;
        await openDraft(id);
        const errors = ui.w.consoleErrors.length;
        await selectCells('项目', '12');
        expect(await heldKind()).toBe('table');
        await caretIn(target.text, target.at);
        expect(await heldKind()).toBe('range');
        const before = await content();
        await INPUTS[input]();
        await settle();
        const doc = (await stored(id, revision)).doc;
        const texts = allTexts(doc);
        const want = expected(input, target.text, target.at, target.name.includes('cell'));
        // The block reads as the input made it at the caret; the other cells kept their text.
        const at = texts.indexOf(want[0]!);
        expect(texts.slice(at, at + want.length), texts.join('|')).toEqual(want);
        for (const cell of ['项目', '件数', '复议', '12'].filter((c) => c !== target.text)) expect(texts).toContain(cell);
        // One undo (or, for text in the history as typed, as many as it takes) gives the state back.
        await page.keyboard.press('Control+Z');
        await settle();
        if ((await content()) !== before) {
          await page.keyboard.press('Control+Z');
          await settle();
        }
        expect(await content()).toBe(before);
        expect(ui.w.consoleErrors.slice(errors)).toEqual([]);
      });
});
