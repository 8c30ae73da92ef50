/**
 * A 年报's prescribed tables under every edit path, in Chromium on the real UI through the real
 * web bridge (real SQLite file), each checked in the STORED draft:
 * - the save badge: every edit path (typed text, a number cell — a new number, the same number
 *   again, a refused entry, Ctrl+S while still in the cell —, a header field) ends in 已保存
 *   once the draft is stored, and the stored draft holds what was typed;
 * - the table cannot be deleted or moved out of its part by any gesture: Backspace/Delete at
 *   the block boundary before and after it, a selection across it then typing, Backspace,
 *   Delete, Enter, cut, paste, an input method or a drag, select-all then Backspace, moving and
 *   deleting sections with the keyboard. The table stays with its numbers in its part, and undo
 *   afterwards takes back exactly the edit before the gesture.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningBridge } from '../helpers/bridge';
import { openDraftPage, startUi, stopUi, type WatchedPage } from '../helpers/browser';
import { fixedTableDef } from '../../shared/templates';
import { computeTotals } from '../../shared/model/fixed-table-grid';
import type { Block, FixedTable, Paragraph, ReportDocument, Section } from '../../shared/model/document';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;
/** The draft as first stored; each case opens a copy of it. */
let originalId = '';
/** The copy the running case edits. */
let draftId = '';
let original: ReportDocument;

const p = (text: string): Paragraph => ({ type: 'paragraph', runs: [{ text }] });

beforeAll(async () => {
  ({ bridge, browser, w } = await startUi({ width: 1366, height: 768 }));
  page = w.page;
  const created = await bridge.call<{ id: string; revision: number; doc: ReportDocument }>('drafts.create', {
    templateId: 'gov-info-annual',
  });
  originalId = draftId = created.body.id;
  const doc = created.body.doc;
  const part = (slot: string) => doc.body.find((b): b is Section => b.type === 'section' && b.slot === slot)!;
  const table = (slot: string) => part(slot).children.find((b): b is FixedTable => b.type === 'fixedTable')!;
  part('overview').children = [p('总体正文。')];
  // 二: text before and after its table, and two free sections after it.
  const active = table('active');
  active.values = { ...active.values, 'rules.made': 1, 'norms.made': 4, 'license.decisions': 12 };
  part('active').children = [
    p('表前正文。'),
    active,
    p('表后正文。'),
    { type: 'section', id: 'sub-a', level: 2, heading: '甲小节', runIn: false, children: [p('甲正文。')] },
    { type: 'section', id: 'sub-b', level: 2, heading: '乙小节', runIn: false, children: [p('乙正文。')] },
  ];
  // 三: its table right under the heading, an empty paragraph after it.
  const apply = table('apply');
  apply.values = { ...apply.values, 'new.natural': 5, 'carried.natural': 1 };
  part('apply').children = [apply, { type: 'paragraph', runs: [] }];
  // 四: its table right under the heading, the next part's heading right after it.
  const review = table('review');
  review.values = { ...review.values, 'review.kept': 2 };
  part('review').children = [review];
  // Totals as the editor computes them, so a draft that went through the editor unchanged equals it.
  for (const t of [active, apply, review]) t.values = computeTotals(fixedTableDef(t.table)!, t.values);
  original = doc;
  await store(doc);
});
afterAll(() => stopUi({ bridge, browser }));

async function storedDraft(): Promise<{ doc: ReportDocument; revision: number }> {
  return (await bridge.call<{ doc: ReportDocument; revision: number }>('drafts.get', { id: draftId })).body;
}
async function store(doc: ReportDocument): Promise<void> {
  const { revision } = await storedDraft();
  const saved = await bridge.call('drafts.save', { id: draftId, baseRevision: revision, doc });
  if (saved.status !== 200) throw new Error('drafts.save: ' + JSON.stringify(saved.body));
}

/**
 * A new copy of the draft as first stored, open in the editor: each case starts from it with no
 * history and no message. The page stays: the app goes from draft to draft by the address's hash
 * (a page load per case cost about a second).
 */
async function openOriginal(): Promise<void> {
  const copy = await bridge.call<{ id: string }>('drafts.copy', { id: originalId });
  if (copy.status !== 200) throw new Error('drafts.copy: ' + JSON.stringify(copy.body));
  draftId = copy.body.id;
  await openDraftPage(page, bridge.url, draftId);
  await page.locator(`.gw-draft[data-draft-id="${draftId}"] [data-fixed-table="gov-review"]`).waitFor();
  expect((await storedDraft()).doc.body).toEqual(original.body);
}

/** The editor's blocks as shown, with each table's numbers. */
const shownText = () =>
  page.$eval('.gw-editor', (el) =>
    [...el.children].map((c) => c.textContent + [...c.querySelectorAll('input')].map((i) => i.value).join(',')).join('\n'),
  );
const saveBadge = () => page.getByTestId('save-state').innerText();

/**
 * How long the badge must then stay as it is: well past the editor's pause before it hands a
 * change on (CHANGE_DELAY_MS, 150 ms), after which anything still waiting turns it to 未保存.
 */
const QUIET_MS = 500;

/** The badge's words each time they change within `ms` (none when it stays as it is). */
const badgeChangesWithin = (ms: number) =>
  page.evaluate(
    (wait) =>
      new Promise<string[]>((resolve) => {
        const badge = () => document.querySelector('[data-testid="save-state"]')?.textContent ?? '(none)';
        const first = badge();
        const seen: string[] = [];
        const observer = new MutationObserver(() => {
          if (badge() !== (seen.at(-1) ?? first)) seen.push(badge());
        });
        observer.observe(document.querySelector('[data-testid="save-state"]')!.parentElement!, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        setTimeout(() => {
          observer.disconnect();
          resolve(seen);
        }, wait);
      }),
    ms,
  );

/** Ctrl+S from the editor text, then the draft as stored once the badge says 已保存. */
async function saved(): Promise<ReportDocument> {
  await page.keyboard.press('Control+S');
  await expect.poll(saveBadge, { timeout: 10_000 }).toBe('已保存');
  return (await storedDraft()).doc;
}

/** Each prescribed table: the part it stands in and its numbers. */
function tablesOf(doc: ReportDocument): { slot: string | undefined; table: string; values: FixedTable['values'] }[] {
  const out: { slot: string | undefined; table: string; values: FixedTable['values'] }[] = [];
  const walk = (blocks: readonly Block[], slot: string | undefined) => {
    for (const b of blocks) {
      if (b.type === 'fixedTable') out.push({ slot, table: b.table, values: b.values });
      if (b.type === 'section') walk(b.children, b.slot ?? slot);
    }
  };
  walk(doc.body, undefined);
  return out;
}

/** Let the browser's selectionchange (a queued task) reach the editor, as any human pause does. */
const settle = () => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0)));

/** Caret at the start or end of the editor block holding `text`. */
async function caretIn(text: string, where: 'start' | 'end'): Promise<void> {
  await page.evaluate(
    ([t, at]) => {
      const block = [...document.querySelectorAll('.gw-editor > *')].find((e) => e.textContent === t)!;
      (document.querySelector('.gw-editor') as HTMLElement).focus();
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode();
      if (!first) {
        window.getSelection()!.collapse(block, 0);
        return;
      }
      let last = first;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
      if (at === 'start') window.getSelection()!.collapse(first, 0);
      else window.getSelection()!.collapse(last, last.textContent!.length);
    },
    [text, where] as const,
  );
  await settle();
}

/** Select from inside the block holding `from` to inside the block holding `to` (a drag over them). */
async function selectAcross(from: string, to: string): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const textOf = (t: string) =>
        [...document.querySelectorAll('.gw-editor > *')].find((e) => e.textContent === t)!.querySelector('span')!.firstChild!;
      (document.querySelector('.gw-editor') as HTMLElement).focus();
      window.getSelection()!.setBaseAndExtent(textOf(a), 1, textOf(b), 1);
    },
    [from, to] as const,
  );
  await settle();
}

const dispatch = (what: 'paste' | 'dragstart') =>
  page.evaluate((kind) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '外来文字');
    const target = window.getSelection()!.anchorNode!.parentElement!;
    const ev =
      kind === 'paste'
        ? new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })
        : new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: dt });
    target.dispatchEvent(ev);
    return ev.defaultPrevented;
  }, what);

const ime = async (text: string) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
  await settle();
};

const ACROSS = ['表前正文。', '表后正文。'] as const;

/** Each gesture, with what it may leave changed besides the tables (nothing, unless said). */
const GESTURES: { name: string; run: () => Promise<unknown>; refused?: RegExp; changesText?: boolean }[] = [
  {
    name: 'Backspace at the start of the paragraph after the table',
    run: () => caretIn('表后正文。', 'start').then(() => page.keyboard.press('Backspace')),
    refused: /不能删除/,
  },
  {
    name: 'Delete at the end of the paragraph before the table',
    run: () => caretIn('表前正文。', 'end').then(() => page.keyboard.press('Delete')),
    refused: /不能删除/,
  },
  {
    name: 'Delete at the end of the heading right above a table',
    run: () => caretIn('收到和处理政府信息公开申请情况', 'end').then(() => page.keyboard.press('Delete')),
    refused: /不能删除/,
  },
  {
    name: 'Backspace at the start of the heading right after a table',
    run: () => caretIn('存在的主要问题及改进情况', 'start').then(() => page.keyboard.press('Backspace')),
    refused: /不能删除/,
  },
  {
    name: 'Backspace in the empty paragraph after a table (the paragraph goes, the table stays)',
    run: () => caretIn('', 'start').then(() => page.keyboard.press('Backspace')),
    changesText: true,
  },
  {
    name: 'select across the table, type',
    run: () => selectAcross(...ACROSS).then(() => page.keyboard.type('x')),
    refused: /不能整体删除或替换/,
  },
  {
    name: 'select across the table, Backspace',
    run: () => selectAcross(...ACROSS).then(() => page.keyboard.press('Backspace')),
    refused: /不能整体删除或替换/,
  },
  {
    name: 'select across the table, Delete',
    run: () => selectAcross(...ACROSS).then(() => page.keyboard.press('Delete')),
    refused: /不能整体删除或替换/,
  },
  {
    name: 'select across the table, Enter',
    run: () => selectAcross(...ACROSS).then(() => page.keyboard.press('Enter')),
    refused: /不能整体删除或替换/,
  },
  {
    name: 'select across the table, cut',
    run: () => selectAcross(...ACROSS).then(() => page.keyboard.press('Control+X')),
    refused: /不能剪切/,
  },
  {
    name: 'select across the table, paste',
    run: () => selectAcross(...ACROSS).then(() => dispatch('paste')),
    refused: /不能整体删除或替换/,
  },
  // The composition goes in at the end of the selection, which the guard collapsed (as over a heading).
  {
    name: 'select across the table, input method',
    run: () => selectAcross(...ACROSS).then(() => ime('输入')),
    refused: /不能整体删除或替换/,
    changesText: true,
  },
  {
    name: 'select across the table, drag',
    run: async () => {
      await selectAcross(...ACROSS);
      expect(await dispatch('dragstart')).toBe(true);
    },
    refused: /不能拖动/,
  },
  {
    name: 'select all, Backspace',
    run: async () => {
      await caretIn('表后正文。', 'start');
      await page.keyboard.press('Control+A');
      await settle();
      await page.keyboard.press('Backspace');
    },
    refused: /不能整体删除或替换/,
  },
  {
    name: 'move a section up past the table (Alt+Shift+↑)',
    run: () => caretIn('甲小节', 'end').then(() => page.keyboard.press('Alt+Shift+ArrowUp')),
    refused: /不能再上移/,
  },
  {
    name: 'move sections down and up around the table (Alt+Shift+↓, Alt+Shift+↑)',
    run: async () => {
      await caretIn('甲小节', 'end');
      await page.keyboard.press('Alt+Shift+ArrowDown');
      await settle();
      await page.keyboard.press('Alt+Shift+ArrowUp');
      await settle();
      await page.keyboard.press('Alt+Shift+ArrowDown');
    },
    changesText: true,
  },
  {
    name: 'a new section above the table, then deleting it (Ctrl+Enter, Alt+Shift+Delete)',
    run: async () => {
      await caretIn('主动公开政府信息情况', 'end');
      await page.keyboard.press('Control+Enter');
      await settle();
      await page.keyboard.type('新小节');
      await settle();
      await page.keyboard.press('Alt+Shift+Delete');
    },
    changesText: true,
  },
];

describe('a prescribed table stays, with its numbers, in its part', () => {
  test.each(GESTURES)('$name', async ({ run, refused, changesText }) => {
    await openOriginal();
    const initial = await shownText();
    // An edit before the gesture, for undo to take back afterwards.
    await caretIn('总体正文。', 'end');
    await page.keyboard.type('Z');
    // Handed on and saved before the gesture, as after any pause: a refused gesture must then
    // end in 已保存 by itself (it once left 未保存 for good when nothing else followed it).
    await expect.poll(saveBadge, { timeout: 10_000 }).toBe('已保存');
    const before = await page.getByTestId('editor-message').getAttribute('data-count');
    await run();
    await settle();
    if (refused) {
      await expect.poll(() => page.getByTestId('editor-message').innerText()).toMatch(refused);
      expect(await page.getByTestId('editor-message').getAttribute('data-count')).not.toBe(before);
    }
    expect(await page.locator('[data-fixed-table]').count()).toBe(3);
    const after = await saved();
    expect(tablesOf(after)).toEqual(tablesOf(original));
    if (!changesText) {
      const expected = structuredClone(original.body);
      (expected.find((b): b is Section => b.type === 'section' && b.slot === 'overview')!.children[0] as Paragraph).runs[0]!.text =
        '总体正文。Z';
      expect(after.body).toEqual(expected);
    }
    // Undo takes back the gesture's change (if any) and then the typed Z, exactly.
    await caretIn('总体正文。Z', 'end');
    for (let i = 0; i < 8 && (await shownText()) !== initial; i++) {
      await page.keyboard.press('Control+Z');
      await settle();
    }
    const undone = await saved();
    expect(undone.body).toEqual(original.body);
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('the save badge after each kind of edit', () => {
  const cellInput = (key: string) => page.locator(`[data-fixed-table="gov-apply"] [data-cell="${key}"] input`);
  const applyValues = (doc: ReportDocument) => tablesOf(doc).find((t) => t.table === 'gov-apply')!.values;
  const overviewText = (doc: ReportDocument) =>
    (doc.body.find((b): b is Section => b.type === 'section' && b.slot === 'overview')!.children[0] as Paragraph).runs
      .map((r) => r.text)
      .join('');

  test.each([
    {
      name: 'a new number in a cell, then Tab',
      run: async () => {
        await cellInput('new.business').click();
        await page.keyboard.type('37');
        await page.keyboard.press('Tab');
      },
      check: (d: ReportDocument) => expect(applyValues(d)).toMatchObject({ 'new.business': 37, 'new.total': 42 }),
    },
    {
      name: 'a number typed in a cell, Ctrl+S while still in it',
      run: async () => {
        await cellInput('new.business').click();
        await page.keyboard.type('8');
        await page.keyboard.press('Control+S');
      },
      check: (d: ReportDocument) => expect(applyValues(d)).toMatchObject({ 'new.business': 8, 'new.total': 13 }),
    },
    {
      name: 'the same number typed again',
      run: async () => {
        await cellInput('new.natural').click();
        await page.keyboard.press('Backspace');
        await page.keyboard.type('5');
        await page.keyboard.press('Enter');
      },
      check: (d: ReportDocument) => expect(applyValues(d)).toEqual(tablesOf(original)[1]!.values),
    },
    {
      name: 'a refused entry (the cell says why; nothing is stored for it)',
      run: async () => {
        await cellInput('carried.natural').click();
        await page.keyboard.type('.5');
        await page.keyboard.press('Tab');
        await expect.poll(() => page.locator('[data-cell="carried.natural"] .gw-fixed-error').count()).toBe(1);
      },
      check: (d: ReportDocument) => expect(applyValues(d)).toEqual(tablesOf(original)[1]!.values),
    },
    {
      name: 'a cell emptied (待填)',
      run: async () => {
        await cellInput('carried.natural').click();
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Tab');
      },
      check: (d: ReportDocument) => expect(applyValues(d)).toMatchObject({ 'carried.natural': null, 'new.natural': 5 }),
    },
    {
      name: 'text typed in the editor',
      run: async () => {
        await caretIn('总体正文。', 'end');
        await page.keyboard.type('Q');
      },
      check: (d: ReportDocument) => expect(overviewText(d)).toBe('总体正文。Q'),
    },
    {
      name: 'a header field',
      run: async () => {
        await page.getByRole('tab', { name: '文件信息' }).click();
        await page.getByLabel('签发人').fill('张三');
      },
      check: (d: ReportDocument) => expect(d.meta.signers).toEqual(['张三']),
    },
  ])('$name ends in 已保存, the draft stored', async ({ run, check }) => {
    await openOriginal();
    await run();
    await expect.poll(saveBadge, { timeout: 10_000 }).toBe('已保存');
    check((await storedDraft()).doc);
    // Stays 已保存: nothing is left waiting. Every change of the badge is recorded, so a late
    // change shows even if it were saved again at once.
    expect(await badgeChangesWithin(QUIET_MS)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});
