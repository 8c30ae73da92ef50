/**
 * Every way text gets into the editor or a heading gets emptied, in Chromium on the real UI
 * through the real web bridge (real SQLite file), each checked in the STORED draft:
 * - text that arrives without a key press of its own (Chromium's Input.insertText, as dictation
 *   and phrase-committing input methods send it; insertReplacementText; insertFromComposition;
 *   an IME composition) at the start and end of every block kind, and after Enter;
 * - Enter at the start of a heading (Home+Enter, Word's "new line above");
 * - a heading's whole text selected, then Backspace, Delete, cut, or typed over;
 * - an emptied heading is flagged in red in the editor and as an error in 大纲, which locates it;
 * - a message about an edit goes at the next edit.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage, openDraftPage } from '../helpers/browser';
import { ROOT } from '../helpers/paths';
import { storeBlockKindsDraft } from '../helpers/block-kinds';
import type { Block, ReportDocument, Section } from '../../shared/model/document';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;
let cdp: CDPSession;
let draftId = '';
let revision = 0;

const ARTIFACTS = path.join(ROOT, 'test/.artifacts');
/** The template's wording of 三、 (a required heading). */
const LEADERS = '党政主要负责人履行推进法治建设第一责任人职责情况';
const SLOTS = ['measures', 'shortcomings', 'leaders', 'plans', 'other'];

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser, { width: 1366, height: 768 });
  page = w.page;
  cdp = await page.context().newCDPSession(page);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

/** The block-kinds draft (see the helper), open in the editor. */
async function openDraft(): Promise<void> {
  draftId = await storeBlockKindsDraft(bridge);
  revision = 0;
  await openDraftPage(page, bridge.url, draftId);
  await page.getByRole('textbox', { name: '正文' }).waitFor();
  await page.locator('.gw-heading[data-slot="other"]').waitFor();
}

/** Save now (Ctrl+S) and read the draft as stored; `changed`: wait for a new revision. */
async function stored(changed = true): Promise<ReportDocument> {
  await page.keyboard.press('Control+S');
  const get = () => bridge.call<{ doc: ReportDocument; revision: number }>('drafts.get', { id: draftId });
  if (changed) await expect.poll(async () => (await get()).body.revision, { timeout: 10_000 }).toBeGreaterThan(revision);
  await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
  const got = await get();
  revision = got.body.revision;
  return got.body.doc;
}

function part(doc: ReportDocument, slot: string): Section {
  return doc.body.find((b): b is Section => b.type === 'section' && b.slot === slot)!;
}
const text = (b: Block | undefined) =>
  b?.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : b?.type === 'section' ? b.heading : '';

/** The required parts as stored: in order, each with its heading. */
function storedParts(doc: ReportDocument): [string | undefined, string][] {
  return doc.body.filter((b): b is Section => b.type === 'section' && !!b.slot).map((s) => [s.slot, s.heading]);
}
let initialParts: [string | undefined, string][] = [];

/** Let the browser's selectionchange (a queued task) reach the editor, as any human pause does. */
const settle = () => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0)));

/** Caret at the start or end of an element's text (DOM selection, no key press). */
async function caretAt(selector: string, where: 'start' | 'end'): Promise<void> {
  await page.evaluate(
    ([sel, at]) => {
      const el = document.querySelector(sel!)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const texts: Node[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
      (document.querySelector('.gw-editor') as HTMLElement).focus();
      const node = at === 'start' ? texts[0]! : texts[texts.length - 1]!;
      window.getSelection()!.collapse(node, at === 'start' ? 0 : node.textContent!.length);
    },
    [selector, where],
  );
  await settle();
}

/** Select an element's whole text (DOM selection), as a drag over it does. */
async function selectText(selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
    (document.querySelector('.gw-editor') as HTMLElement).focus();
    const last = texts[texts.length - 1]!;
    window.getSelection()!.setBaseAndExtent(texts[0]!, 0, last, last.textContent!.length);
  }, selector);
  await settle();
}

/** Select from inside the first paragraph of one required part to `end` characters into one two parts on. */
async function selectAcrossParts(end: number): Promise<void> {
  await page.evaluate((endAt) => {
    const a = document.querySelector('.gw-heading[data-slot="leaders"] + .gw-paragraph')!.firstChild!.firstChild!;
    const b = document.querySelector('.gw-heading[data-slot="plans"] + .gw-paragraph')!.firstChild!.firstChild!;
    (document.querySelector('.gw-editor') as HTMLElement).focus();
    window.getSelection()!.setBaseAndExtent(a, 1, b, endAt);
  }, end);
  await settle();
}

/** Enter over a selection across two required parts: refused, nothing changes, but it was the last key. */
async function refusedEnter(): Promise<void> {
  await selectAcrossParts(1);
  await page.keyboard.press('Enter');
  await settle();
}

/** A `beforeinput` as a browser sends it for text it brings itself (no key press). */
async function beforeInput(inputType: string, data: string, transfer?: string): Promise<void> {
  await page.evaluate(
    ([type, d, t]) => {
      let dataTransfer: DataTransfer | null = null;
      if (t !== undefined) {
        dataTransfer = new DataTransfer();
        dataTransfer.setData('text/plain', t);
      }
      const ev = new InputEvent('beforeinput', {
        inputType: type,
        data: t === undefined ? d : null,
        dataTransfer,
        bubbles: true,
        cancelable: true,
      });
      // Chromium's constructor drops input types it never sends itself (insertFromComposition is
      // Safari's): set it as Safari would deliver it.
      if (ev.inputType !== type) Object.defineProperty(ev, 'inputType', { value: type });
      document.querySelector('.gw-editor')!.dispatchEvent(ev);
    },
    [inputType, data, transfer] as const,
  );
  await settle();
}

/** Text inserted without a key press, in the four ways a browser delivers it. */
const METHODS = {
  insertText: (t: string) => cdp.send('Input.insertText', { text: t }).then(settle),
  replacement: (t: string) => beforeInput('insertReplacementText', t),
  fromComposition: (t: string) => beforeInput('insertFromComposition', t),
  ime: async (t: string) => {
    await cdp.send('Input.imeSetComposition', { text: t, selectionStart: t.length, selectionEnd: t.length });
    await cdp.send('Input.insertText', { text: t });
    await settle();
  },
} as const;
type Method = keyof typeof METHODS;

/** The blocks of each kind, and how to find them in the editor and in the stored draft. */
const KINDS = {
  lead: { sel: '.gw-editor .gw-lead', get: (d: ReportDocument) => text(d.lead[0]), was: '现将有关情况报告如下：' },
  heading: { sel: '.gw-heading[data-slot="leaders"]', get: (d: ReportDocument) => part(d, 'leaders').heading, was: LEADERS },
  freeHeading: {
    sel: '.gw-heading[data-section-id="sub-free"]',
    get: (d: ReportDocument) => (part(d, 'shortcomings').children[1] as Section).heading,
    was: '法治意识有待增强',
  },
  runInHeading: {
    sel: '.gw-heading[data-section-id="sub-runin"]',
    // Start: the heading sentence; end: the run-in body.
    get: (d: ReportDocument) => {
      const s = part(d, 'measures').children[2] as Section;
      return `${s.heading}。${text(s.children[0])}`;
    },
    was: '坚持党的领导。一是落实责任。',
  },
  paragraph: {
    sel: '.gw-heading[data-slot="plans"] + .gw-paragraph',
    get: (d: ReportDocument) => text(part(d, 'plans').children[0]),
    was: '安排正文。',
  },
  tableCell: {
    sel: '.gw-editor table tr:nth-child(2) > :first-child',
    get: (d: ReportDocument) => {
      const t = part(d, 'measures').children[1];
      return t?.type === 'table' ? t.rows[1]![0]!.runs.map((r) => r.text).join('') : '';
    },
    was: '复议',
  },
} as const;

describe('text that arrives without a key press goes exactly where the caret is', () => {
  beforeEach(openDraft);

  test('at the start and the end of every block kind, in each of the four ways (two chunks each)', async () => {
    initialParts = storedParts(await stored(false));
    const expected: Record<string, string> = {};
    for (const [kind, k] of Object.entries(KINDS)) {
      // The last key the editor saw is Enter (refused here, so nothing changes): Lexical used to
      // move the caret past the next block boundary after any later multi-character insertion.
      await refusedEnter();
      let start = '';
      let end = '';
      for (const m of Object.keys(METHODS) as Method[]) {
        // Two chunks: a caret moved after the first (Lexical's text-replacement step) shows in the second.
        const tag = `${kind.slice(0, 2)}${m.slice(0, 3)}`;
        await caretAt(k.sel, 'start');
        await METHODS[m](`[${tag}`);
        await METHODS[m](`]`);
        start = `[${tag}]` + start;
        await caretAt(k.sel, 'end');
        await METHODS[m](`<${tag}`);
        await METHODS[m](`>`);
        end += `<${tag}>`;
      }
      expected[kind] = start + k.was + end;
    }
    const doc = await stored();
    expect(Object.fromEntries(Object.entries(KINDS).map(([kind, k]) => [kind, k.get(doc)]))).toEqual(expected);
    // The required parts are all there, in order; only 三、 was written to.
    expect(storedParts(doc).map(([s]) => s)).toEqual(SLOTS);
    expect(storedParts(doc).filter(([s]) => s !== 'leaders')).toEqual(initialParts.filter(([s]) => s !== 'leaders'));
    expect(w.consoleErrors).toEqual([]);
  });

  test('after Enter at the end of every block kind: a new block, the text in it, the next heading untouched', async () => {
    const before = storedParts(await stored(false));
    const cases = [
      { sel: KINDS.lead.sel, get: (d: ReportDocument) => d.lead.map(text) },
      { sel: KINDS.paragraph.sel, get: (d: ReportDocument) => part(d, 'plans').children.map(text) },
      { sel: KINDS.heading.sel, get: (d: ReportDocument) => part(d, 'leaders').children.map(text) },
      { sel: '.gw-heading[data-slot="other"] + .gw-paragraph', get: (d: ReportDocument) => part(d, 'other').children.map(text) },
      { sel: KINDS.freeHeading.sel, get: (d: ReportDocument) => (part(d, 'shortcomings').children[1] as Section).children.map(text) },
      { sel: KINDS.runInHeading.sel, get: (d: ReportDocument) => (part(d, 'measures').children[2] as Section).children.map(text) },
    ];
    const seen: string[][] = [];
    for (const [i, c] of cases.entries()) {
      await caretAt(c.sel, 'end');
      await page.keyboard.press('Enter');
      await settle();
      await METHODS.insertText(`新${i}甲`);
      await METHODS.insertText(`乙`);
      await METHODS.ime(`丙丁`);
      seen.push([`新${i}甲乙丙丁`]);
    }
    // A table cell: Enter makes a second paragraph in the cell; the text stays in the cell.
    await caretAt(KINDS.tableCell.sel, 'end');
    await page.keyboard.press('Enter');
    await settle();
    await METHODS.insertText('格甲');
    await METHODS.insertText('乙');
    const doc = await stored();
    expect(doc.lead.map(text)).toEqual(['现将有关情况报告如下：', '新0甲乙丙丁']);
    expect(part(doc, 'plans').children.map(text)).toEqual(['安排正文。', '新1甲乙丙丁']);
    expect(part(doc, 'leaders').children.map(text)).toEqual(['新2甲乙丙丁', '述法正文。']);
    expect(part(doc, 'other').children.map(text)).toEqual(['无。', '新3甲乙丙丁']);
    expect((part(doc, 'shortcomings').children[1] as Section).children.map(text)).toEqual(['新4甲乙丙丁', '意识正文。']);
    expect((part(doc, 'measures').children[2] as Section).children.map(text)).toEqual(['一是落实责任。', '新5甲乙丙丁']);
    const table = part(doc, 'measures').children[1];
    expect(table?.type === 'table' && table.rows[1]![0]!.runs.map((r) => r.text).join('')).toBe('复议\n格甲乙');
    // No heading took any of it.
    expect(storedParts(doc)).toEqual(before);
    expect((part(doc, 'shortcomings').children[1] as Section).heading).toBe('法治意识有待增强');
    expect((part(doc, 'measures').children[2] as Section).heading).toBe('坚持党的领导');
    expect(seen).toHaveLength(6);
  });

  test('a replacement carrying a clipboard payload with line breaks stays in its heading as text', async () => {
    const before = storedParts(await stored(false));
    await caretAt(KINDS.heading.sel, 'end');
    await beforeInput('insertReplacementText', '', '甲\n乙');
    const doc = await stored();
    expect(part(doc, 'leaders').heading).toBe(before.find(([s]) => s === 'leaders')![1] + '甲乙');
    expect(storedParts(doc).map(([s]) => s)).toEqual(SLOTS);
    expect(part(doc, 'leaders').children.map(text)).toEqual(['述法正文。']);
  });
});

describe('an input method composition the browser drops ends in the editor too', () => {
  beforeEach(openDraft);

  // Chromium drops a composition without a compositionend when the text it composes into is
  // replaced in the page (the editor drawing it again, a guard putting the document back). The
  // editor stayed composing: every later edit was left out of the undo history and key commands
  // were ignored. Found by the property test: Ctrl+Y never gave an input method's words back.
  test('the next input ends it: the text goes where the caret is, undo takes it back, redo gives it all back', async () => {
    const shown = () => page.locator(KINDS.paragraph.sel).textContent();
    await caretAt(KINDS.paragraph.sel, 'end');
    await page.keyboard.type('A');
    await settle();
    await cdp.send('Input.imeSetComposition', { text: '依法', selectionStart: 2, selectionEnd: 2 });
    await settle();
    // The composed text's DOM node replaced by an equal one: Chromium forgets the composition.
    await page.evaluate((sel) => {
      const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.includes('依法')) continue;
        const copy = document.createTextNode(n.textContent!);
        n.parentNode!.replaceChild(copy, n);
        // Where the caret was (the editor puts it back when it draws).
        window.getSelection()!.collapse(copy, copy.textContent.indexOf('依法') + 2);
        return;
      }
      throw new Error('no composed text');
    }, KINDS.paragraph.sel);
    await cdp.send('Input.insertText', { text: '行政' });
    await settle();
    expect(await shown()).toBe('安排正文。A依法行政');
    expect(text(part(await stored(), 'plans').children[0])).toBe('安排正文。A依法行政');
    // Undo takes it all back, step by step through earlier states; redo gives it all back.
    const steps: (string | null)[] = [];
    for (let i = 0; i < 4 && (await shown()) !== '安排正文。'; i++) {
      await page.keyboard.press('Control+Z');
      await settle();
      steps.push(await shown());
    }
    expect(steps.at(-1)).toBe('安排正文。');
    for (const s of steps) expect('安排正文。A依法行政'.startsWith(s!), s!).toBe(true);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Y');
    await settle();
    expect(await shown()).toBe('安排正文。A依法行政');
    // The same text as saved before the undo: nothing new to save, and no marker character left.
    expect(text(part(await stored(false), 'plans').children[0])).toBe('安排正文。A依法行政');
  });
});

describe('Enter at the start of a heading opens a paragraph above it', () => {
  beforeEach(openDraft);

  test('required, free, run-in and first headings keep their text; the caret is in the new paragraph', async () => {
    const before = await stored(false);
    // Home+Enter on a required heading (the Word habit), then type.
    await page.locator(KINDS.heading.sel).click();
    await settle();
    await page.keyboard.press('Home');
    await settle();
    await page.keyboard.press('Enter');
    await settle();
    await METHODS.ime('上方甲');
    for (const [sel, t] of [
      [KINDS.freeHeading.sel, '上方乙'],
      [KINDS.runInHeading.sel, '上方丙'],
      ['.gw-heading[data-slot="measures"]', '上方丁'],
    ] as const) {
      await caretAt(sel, 'start');
      await page.keyboard.press('Enter');
      await settle();
      await METHODS.insertText(t);
    }
    const doc = await stored();
    expect(storedParts(doc)).toEqual(storedParts(before));
    // At the end of the part above each.
    const shortcomings = part(doc, 'shortcomings');
    const sub = shortcomings.children[shortcomings.children.length - 1] as Section;
    expect(sub.children.map(text)).toEqual(['意识正文。', '上方甲']);
    expect(shortcomings.children.map(text)).toEqual(['不足正文。', '上方乙', '法治意识有待增强']);
    expect(doc.lead.map(text)).toEqual(['现将有关情况报告如下：', '上方丁']);
    // After the table, before the run-in sub-section.
    const measures = part(doc, 'measures');
    expect(measures.children.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph', 'section']);
    expect(text(measures.children[2])).toBe('上方丙');
    expect((measures.children[3] as Section).heading).toBe('坚持党的领导');
    expect(await page.locator('.gw-heading[data-empty]').count()).toBe(0);
  });
});

describe('a heading whose whole text is selected', () => {
  beforeEach(openDraft);

  const flagged = () =>
    page.$$eval('.gw-heading[data-empty]', (els) =>
      els.map((el) => {
        const before = getComputedStyle(el, '::before');
        return { slot: el.getAttribute('data-slot'), content: before.content, color: before.color, text: el.textContent };
      }),
    );

  for (const [name, act] of [
    ['Backspace', () => page.keyboard.press('Backspace')],
    ['Delete', () => page.keyboard.press('Delete')],
    ['cut (Ctrl+X)', () => page.keyboard.press('Control+X')],
  ] as const) {
    test(`${name}: the heading is empty, flagged in red in the editor and in 大纲, nothing merged`, async () => {
      const before = await stored(false);
      const wording = part(before, 'shortcomings').heading;
      await selectText('.gw-heading[data-slot="shortcomings"]');
      await act();
      await settle();
      // In the editor: a red hint saying what it said, not grey wording that looks intact.
      await expect
        .poll(flagged)
        .toEqual([{ slot: 'shortcomings', content: `"二、标题不能为空，原为：${wording}"`, color: 'rgb(185, 28, 28)', text: '' }]);
      const doc = await stored();
      expect(part(doc, 'shortcomings').heading).toBe('');
      // Nothing moved across it or into it.
      expect(storedParts(doc).map(([s]) => s)).toEqual(SLOTS);
      expect(part(doc, 'shortcomings').children.map(text)).toEqual(part(before, 'shortcomings').children.map(text));
      expect(part(doc, 'measures')).toEqual(part(before, 'measures'));
      // 大纲: marked as an error; a click puts the caret in the heading.
      const entry = page.getByTestId('outline-nav').locator('.gw-nav-error');
      await expect.poll(() => entry.allInnerTexts()).toEqual([expect.stringContaining('二、标题为空')]);
      await caretAt('.gw-heading[data-slot="other"] + .gw-paragraph', 'end');
      await entry.click();
      await settle();
      expect(
        await page.evaluate(
          () =>
            window.getSelection()!.anchorNode?.parentElement?.closest('.gw-heading')?.getAttribute('data-slot') ??
            (window.getSelection()!.anchorNode as Element | null)?.closest?.('.gw-heading')?.getAttribute('data-slot'),
        ),
      ).toBe('shortcomings');
      if (name === 'Backspace') {
        // As a clerk sees it, on the two screens offices have.
        for (const [width, height] of [
          [1366, 768],
          [1920, 1080],
        ] as const) {
          await page.setViewportSize({ width, height });
          await page.locator('.gw-heading[data-slot="shortcomings"]').scrollIntoViewIfNeeded();
          await page.screenshot({ path: path.join(ARTIFACTS, `empty-heading-${width}.png`) });
          await page.getByTestId('outline-nav').screenshot({ path: path.join(ARTIFACTS, `empty-heading-outline-${width}.png`) });
        }
        await page.setViewportSize({ width: 1366, height: 768 });
        await entry.click();
        await settle();
      }
      // Typing there fills it again; the flag goes.
      await METHODS.ime('存在的问题');
      await expect.poll(flagged).toEqual([]);
      await expect.poll(() => entry.count()).toBe(0);
      expect(part(await stored(), 'shortcomings').heading).toBe('存在的问题');
    });
  }

  test('typed over (keys and input method): the new words replace the old, nothing else changes', async () => {
    const before = await stored(false);
    await selectText('.gw-heading[data-slot="plans"]');
    await page.keyboard.type('x');
    await settle();
    await METHODS.ime('下一年度工作安排');
    await selectText('.gw-heading[data-section-id="sub-free"]');
    await METHODS.ime('意识不强');
    const doc = await stored();
    expect(part(doc, 'plans').heading).toBe('x下一年度工作安排');
    expect((part(doc, 'shortcomings').children[1] as Section).heading).toBe('意识不强');
    expect(part(doc, 'plans').children).toEqual(part(before, 'plans').children);
    expect(await flagged()).toEqual([]);
  });

  test('Enter over the selection: the heading is flagged empty, its section keeps its place', async () => {
    await selectText('.gw-heading[data-section-id="sub-free"]');
    await page.keyboard.press('Enter');
    await settle();
    expect((await flagged()).map((f) => f.content)).toEqual(['"（一）标题不能为空，原为：法治意识有待增强"']);
    const doc = await stored();
    expect(storedParts(doc).map(([s]) => s)).toEqual(SLOTS);
    expect((part(doc, 'shortcomings').children[1] as Section).heading).toBe('');
  });
});

describe('a gesture the guard refuses leaves nothing unsaved', () => {
  beforeEach(openDraft);

  const badge = () => page.getByTestId('save-state').innerText();
  const paste = () =>
    page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', '外来文字');
      const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
      window.getSelection()!.anchorNode!.parentElement!.dispatchEvent(ev);
    });
  for (const [name, act] of [
    ['typing', () => page.keyboard.type('x')],
    ['cut (Ctrl+X)', () => page.keyboard.press('Control+X')],
    ['paste', paste],
  ] as const) {
    test(`${name} over two required parts, after everything was saved: refused, and the badge says 已保存 again`, async () => {
      // Everything handed on and saved first, as after any pause: nothing else will clear the badge.
      await stored(false);
      await selectAcrossParts(2);
      await act();
      await expect.poll(() => page.getByTestId('editor-message').innerText()).not.toBe('');
      await expect.poll(badge, { timeout: 5_000 }).toBe('已保存');
      const { body } = await bridge.call<{ revision: number }>('drafts.get', { id: draftId });
      expect(body.revision).toBe(revision);
    });
  }
});

describe('a message about an edit', () => {
  beforeEach(openDraft);

  test('stays while the caret moves and goes at the next edit', async () => {
    const bar = page.getByTestId('editor-message');
    const count = async () => Number(await bar.getAttribute('data-count'));
    const seen = await count();
    // Select across two parts and type: refused with a message.
    await selectAcrossParts(2);
    await page.keyboard.type('x');
    await expect.poll(() => bar.innerText()).toMatch(/所选内容跨过必备部分的标题/);
    expect(await count()).toBe(seen + 1);
    // Moving the caret is no edit.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await settle();
    expect(await bar.innerText()).toMatch(/所选内容跨过必备部分的标题/);
    // The next edit, elsewhere: the message goes, and nothing new is said.
    await caretAt('.gw-heading[data-slot="other"] + .gw-paragraph', 'end');
    await page.keyboard.type('y');
    await expect.poll(() => bar.innerText()).toBe('');
    expect(await count()).toBe(seen + 1);
    // Text that came without a key (an input method's phrase) is an edit too.
    await caretAt(KINDS.heading.sel, 'start');
    await page.keyboard.press('Backspace');
    await expect.poll(() => bar.innerText()).toMatch(/必备部分的标题/);
    await caretAt(KINDS.paragraph.sel, 'end');
    await METHODS.ime('补充');
    await expect.poll(() => bar.innerText()).toBe('');
    const doc = await stored();
    expect(text(part(doc, 'other').children[0])).toBe('无。y');
    expect(text(part(doc, 'plans').children[0])).toBe('安排正文。补充');
  });
});
