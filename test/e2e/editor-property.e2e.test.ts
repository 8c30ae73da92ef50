/**
 * The outline holds on every edit path: random sequences of editing operations driven through
 * the real editor in Chromium (keys and input-method text as the browser delivers them), on a
 * new 法治 draft and on one holding every block kind, through the real web bridge.
 *
 * After each sequence:
 * - every required part is there, in order, with a non-empty heading or one the editor flags as
 *   empty (red, `data-empty`);
 * - undoing everything gives back exactly the state the sequence started from, and redoing it
 *   all exactly the state it ended in (each undo and redo inside the sequences is a real
 *   Ctrl+Z / Ctrl+Y);
 * - the stored draft (drafts.get) has the same required parts, in order, with the headings shown.
 *
 * Seeded: GW_PROPERTY_SEED=<n> replays a run (GW_PROPERTY_SEQUENCE=<k> just its sequence k),
 * GW_PROPERTY_SEED=random explores; a failure names its seed, sequence and last steps.
 * Speed: no artificial waits — a caret move waits one task for the editor to take the browser's
 * selection over, as any human pause does; state is read in the page, the store once a sequence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { ARTIFACTS_DIR, launchBrowser, openPage, type WatchedPage, openDraftPage } from '../helpers/browser';
import { storeBlockKindsDraft } from '../helpers/block-kinds';
import type { ReportDocument, Section } from '../../shared/model/document';
import { rng } from '../helpers/rng';

/** 30 sequences (6,000 operations) in CI; GW_PROPERTY_SEQUENCES=n for more when exploring. */
const SEQUENCES = Number(process.env.GW_PROPERTY_SEQUENCES ?? 30);
const OPS = 200;
/**
 * The sequences CI runs are fixed, so a run on a clean checkout decides by the code alone:
 * GW_PROPERTY_SEED=random explores new ones (run it in a loop to hunt; a failure names its seed).
 */
const FIXED_SEED = 559919;
const SEED =
  process.env.GW_PROPERTY_SEED === 'random' ? Date.now() % 1_000_000 : Number(process.env.GW_PROPERTY_SEED ?? FIXED_SEED);
/** GW_PROPERTY_SEQUENCE=<n> replays one sequence of the seed (on a fresh draft of its kind). */
const ONLY = process.env.GW_PROPERTY_SEQUENCE === undefined ? undefined : Number(process.env.GW_PROPERTY_SEQUENCE);
const SLOTS = ['measures', 'shortcomings', 'leaders', 'plans', 'other'];

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser, { width: 1366, height: 768 });
  page = w.page;
  cdp = await page.context().newCDPSession(page);
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});


/** One task for the browser's selectionchange to reach the editor. */
const settle = () => page.evaluate(() => new Promise((r) => setTimeout(r, 0)));

/** Caret (or, with `extend`, the selection's focus) at a random place in a random block or cell. */
function jump(a: number, b: number, extend: boolean): Promise<unknown> {
  return page.evaluate(
    ([x, y, ext]) => {
      const root = document.querySelector('.gw-editor') as HTMLElement;
      const blocks = [...root.querySelectorAll(':scope > p, :scope td > p, :scope th > p, :scope > table td, :scope > table th')];
      const block = blocks[Math.floor(x * blocks.length)]!;
      const texts: Node[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
      const points: [Node, number][] = texts.length
        ? texts.flatMap((t) => Array.from({ length: t.textContent!.length + 1 }, (_, i) => [t, i] as [Node, number]))
        : [[block, 0]];
      const [node, offset] = points[Math.floor(y * points.length)]!;
      if (document.activeElement !== root) root.focus();
      const sel = window.getSelection()!;
      if (ext && sel.rangeCount) sel.extend(node, offset);
      else sel.collapse(node, offset);
      return new Promise((r) => setTimeout(r, 0));
    },
    [a, b, extend] as const,
  );
}

const CHINESE = '法治政府建设依法行政复议执法监督考核述职年度报告落实推进';
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const word = (r: () => number, n: number) => Array.from({ length: n }, () => pick(r, [...CHINESE])).join('');

interface Op {
  name: string;
  weight: number;
  run: (r: () => number) => Promise<string> | string;
}

/** CDP key definitions: code, Windows key code, and the text a printable key types. */
const KEYS: Record<string, { code: string; vk: number; text?: string }> = {
  Enter: { code: 'Enter', vk: 13, text: '\r' },
  Backspace: { code: 'Backspace', vk: 8 },
  Delete: { code: 'Delete', vk: 46 },
  Tab: { code: 'Tab', vk: 9 },
  Home: { code: 'Home', vk: 36 },
  End: { code: 'End', vk: 35 },
  ArrowLeft: { code: 'ArrowLeft', vk: 37 },
  ArrowUp: { code: 'ArrowUp', vk: 38 },
  ArrowRight: { code: 'ArrowRight', vk: 39 },
  ArrowDown: { code: 'ArrowDown', vk: 40 },
  ' ': { code: 'Space', vk: 32, text: ' ' },
  '.': { code: 'Period', vk: 190, text: '.' },
  '1': { code: 'Digit1', vk: 49, text: '1' },
  ...Object.fromEntries([...'abcsvxyz'].map((c) => [c, { code: `Key${c.toUpperCase()}`, vk: c.toUpperCase().charCodeAt(0), text: c }])),
};
const MODIFIERS: Record<string, number> = { Alt: 1, Control: 2, Shift: 8 };

/**
 * Input that changes the document goes out without waiting: the CDP session delivers it in
 * order. Only a caret move waits (see `sync`), so the editor has taken the new selection over
 * before the next key.
 */
let pending: Promise<unknown>[] = [];
function send(method: string, params: object): void {
  pending.push(cdp.send(method as 'Input.dispatchKeyEvent', params as never));
}
async function sync(): Promise<void> {
  const all = pending;
  pending = [];
  await Promise.all(all);
}

/** A key or chord ("Control+Z", "Alt+Shift+ArrowUp"), as a keyboard sends it. */
function press(chord: string): string {
  const parts = chord.split('+');
  const last = parts.pop()!;
  // Letters as the key reports them without Shift: Control+X is key "x".
  const name = last.length === 1 ? last.toLowerCase() : last;
  const modifiers = parts.reduce((m, p) => m | MODIFIERS[p]!, 0);
  const k = KEYS[name]!;
  const text = modifiers & (MODIFIERS.Control! | MODIFIERS.Alt!) ? undefined : k.text;
  const base = { key: name, code: k.code, windowsVirtualKeyCode: k.vk, nativeVirtualKeyCode: k.vk, modifiers };
  send('Input.dispatchKeyEvent', { ...base, type: text ? 'keyDown' : 'rawKeyDown', text, unmodifiedText: text });
  // No keyUp: nothing in the editor listens for it, and each event costs a browser round trip.
  return chord;
}

const key = (k: string) => () => press(k);
const move = (k: string) => async () => {
  press(k);
  await sync();
  await settle();
  return k;
};

const OPERATIONS: Op[] = [
  { name: 'jump', weight: 14, run: async (r) => (await sync(), await jump(r(), r(), false), 'jump') },
  { name: 'extend', weight: 3, run: async (r) => (await sync(), await jump(r(), r(), true), 'extend') },
  {
    name: 'type',
    weight: 8,
    run: (r) => `type ${press(pick(r, ['a', 'b', 'x', '1', ' ', '.']))}`,
  },
  {
    name: 'insertText',
    weight: 8,
    run: (r) => {
      const t = word(r, 1 + Math.floor(r() * 4));
      send('Input.insertText', { text: t });
      return `insertText ${t}`;
    },
  },
  {
    name: 'ime',
    weight: 6,
    run: (r) => {
      const t = word(r, 2 + Math.floor(r() * 3));
      send('Input.imeSetComposition', { text: t, selectionStart: t.length, selectionEnd: t.length });
      send('Input.insertText', { text: t });
      return `ime ${t}`;
    },
  },
  { name: 'Enter', weight: 10, run: key('Enter') },
  { name: 'Home+Enter', weight: 3, run: async () => (await move('Home')(), press('Enter'), 'Home Enter') },
  { name: 'Backspace', weight: 8, run: key('Backspace') },
  { name: 'Delete', weight: 6, run: key('Delete') },
  { name: 'nav', weight: 8, run: (r) => move(pick(r, ['Home', 'End', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']))() },
  {
    name: 'select',
    weight: 6,
    run: (r) => move(pick(r, ['Shift+Home', 'Shift+End', 'Shift+ArrowLeft', 'Shift+ArrowRight', 'Shift+ArrowDown']))(),
  },
  { name: 'cut', weight: 2, run: key('Control+X') },
  { name: 'copy', weight: 1, run: key('Control+C') },
  { name: 'paste', weight: 3, run: key('Control+V') },
  { name: 'undo', weight: 4, run: key('Control+Z') },
  { name: 'redo', weight: 2, run: key('Control+Y') },
  { name: 'Tab', weight: 2, run: key('Tab') },
  { name: 'Shift+Tab', weight: 2, run: key('Shift+Tab') },
  { name: 'addSection', weight: 2, run: key('Control+Enter') },
  { name: 'moveSection', weight: 2, run: (r) => key(pick(r, ['Alt+Shift+ArrowUp', 'Alt+Shift+ArrowDown']))() },
];
const TOTAL_WEIGHT = OPERATIONS.reduce((n, o) => n + o.weight, 0);

function choose(r: () => number): Op {
  let x = r() * TOTAL_WEIGHT;
  for (const o of OPERATIONS) if ((x -= o.weight) < 0) return o;
  return OPERATIONS[OPERATIONS.length - 1]!;
}

interface Shown {
  /** The editor's content (Lexical's serialized root): what undo must give back exactly. */
  state: string;
  /** `sentence`: the heading's own words (before a run-in "。"), as the draft must store them. */
  required: { slot: string; text: string; sentence: string; flagged: boolean; red: boolean }[];
}

function shown(): Promise<Shown> {
  return page.evaluate(() => {
    const root = document.querySelector('.gw-editor') as HTMLElement & {
      __lexicalEditor: { getEditorState(): { toJSON(): { root: unknown } } };
    };
    return {
      state: JSON.stringify(root.__lexicalEditor.getEditorState().toJSON().root),
      required: [...root.querySelectorAll(':scope > .gw-heading[data-slot]')].map((el) => ({
        slot: el.getAttribute('data-slot')!,
        text: el.textContent ?? '',
        sentence: (() => {
          let t = '';
          for (const c of el.childNodes) {
            if (c instanceof Element && c.classList.contains('gw-runin-mark')) break;
            t += c.textContent ?? '';
          }
          return t;
        })(),
        flagged: el.hasAttribute('data-empty'),
        red: getComputedStyle(el, '::before').color === 'rgb(185, 28, 28)',
      })),
    };
  });
}

/**
 * Lexical's own undo or redo (what Ctrl+Z / Ctrl+Y dispatch), inside the page, step by step until
 * the content is `until` (undo) or nothing changes, at most `max` steps: the sequences press the
 * keys; the check at their end walks the whole history, which by key would cost a browser round
 * trip a step. The number of steps taken, -1 when `until` never came.
 *
 * Between steps only the microtasks run (what the editor's own listeners queue), not a task: a
 * task lets React render the panels after every step, which doubled the walk's cost and checks
 * nothing about the history. After the last step a task and a frame do run, as after a key
 * press, and the content is compared again: anything the page does in response to an undone
 * edit (an effect, a timer) that changes the content shows there.
 */
function walkHistory(command: 'UNDO_COMMAND' | 'REDO_COMMAND', max: number, until: string | null = null): Promise<number> {
  return page.evaluate(
    async ([type, n, target]) => {
      interface Editor {
        _commands: Map<{ type?: string }, unknown>;
        dispatchCommand(c: unknown, p: undefined): boolean;
        getEditorState(): { toJSON(): { root: unknown } };
      }
      const editor = (document.querySelector('.gw-editor') as unknown as { __lexicalEditor: Editor }).__lexicalEditor;
      const cmd = [...editor._commands.keys()].find((c) => c.type === type);
      if (!cmd) throw new Error(`${type} is not registered`);
      let steps = 0;
      const reached = () => target !== null && JSON.stringify(editor.getEditorState().toJSON().root) === target;
      while (!reached() && steps < n) {
        const before = editor.getEditorState();
        editor.dispatchCommand(cmd, undefined);
        await Promise.resolve();
        if (editor.getEditorState() === before) break;
        steps++;
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return target === null || reached() ? steps : -1;
    },
    [command, max, until] as const,
  );
}

async function openNewDraft(blockKinds: boolean): Promise<string> {
  let id: string;
  if (blockKinds) id = await storeBlockKindsDraft(bridge);
  else {
    const created = await bridge.call<{ id: string }>('drafts.create', { templateId: 'fazhi-annual' });
    id = created.body.id;
  }
  await openDraftPage(page, bridge.url, id);
  await page.locator('.gw-editor .gw-heading[data-slot="other"]').waitFor();
  await page.locator('.gw-editor').focus();
  await settle();
  return id;
}

/** The required parts in the stored draft, as [slot, heading]. */
async function storedParts(id: string): Promise<[string | undefined, string][]> {
  const got = await bridge.call<{ doc: ReportDocument }>('drafts.get', { id });
  return got.body.doc.body.filter((b): b is Section => b.type === 'section' && !!b.slot).map((s) => [s.slot, s.heading]);
}

/** A failed sequence's whole log and both states, for replaying and diffing. */
function keepForReplay(s: number, log: string[], expected: string, got: string): void {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `property-${SEED}-${s}.json`);
  fs.writeFileSync(file, JSON.stringify({ seed: SEED, sequence: s, log, expected: JSON.parse(expected), got: JSON.parse(got) }, null, 1));
  console.log(`kept for replay: ${file}`);
}

describe(`random edit sequences in the editor (seed ${SEED})`, () => {
  test(`${SEQUENCES} sequences of ${OPS} operations keep the outline; undo and redo are exact`, { timeout: 600_000 }, async () => {
    const started = Date.now();
    const timing = new Map<string, [number, number]>();
    let ops = 0;
    let id = '';
    for (let s = ONLY ?? 0; s < (ONLY === undefined ? SEQUENCES : ONLY + 1); s++) {
      const r = rng(SEED * 1000 + s);
      // Half the sequences on a new draft, half on one holding every block kind.
      const half = Math.ceil(SEQUENCES / 2);
      if (s === (ONLY ?? 0) || s === half) id = await openNewDraft(s >= half);
      const initial = await shown();
      const log: string[] = [];
      const where = () => `seed ${SEED}, sequence ${s}; last steps:\n  ${log.slice(-25).join('\n  ')}`;
      for (let i = 0; i < OPS; i++) {
        const op = choose(r);
        const t0 = performance.now();
        log.push(await op.run(r));
        if (process.env.GW_PROPERTY_TIMING) await sync();
        timing.set(op.name, (timing.get(op.name) ?? [0, 0]).map((v, j) => v + (j ? performance.now() - t0 : 1)) as [number, number]);
      }
      ops += OPS;
      await sync();
      await settle();
      const tEnd = performance.now();
      const end = await shown();
      // Every required part, in order, its heading non-empty or flagged red as empty.
      expect(
        end.required.map((h) => h.slot),
        where(),
      ).toEqual(SLOTS);
      for (const h of end.required) {
        expect({ slot: h.slot, ok: h.sentence.trim() !== '' || (h.flagged && h.red) }, where()).toEqual({ slot: h.slot, ok: true });
        if (h.sentence.trim()) expect(h.flagged, where()).toBe(false);
      }
      // The stored draft: the same parts, in order, with the headings as shown.
      await page.keyboard.press('Control+S');
      // Polled until the save has landed: the same parts, in order, with exactly the headings shown.
      await expect
        .poll(() => storedParts(id), { timeout: 10_000, message: where() })
        .toEqual(end.required.map((h) => [h.slot, h.sentence]));
      // Undo everything: exactly the state the sequence started from.
      const last = (await shown()).state;
      const steps = await walkHistory('UNDO_COMMAND', 2 * OPS, initial.state);
      if (steps < 0) keepForReplay(s, log, initial.state, (await shown()).state);
      if (steps < 0) expect((await shown()).state, 'undo to the start: ' + where()).toBe(initial.state);
      expect(steps, 'undo reaches the start exactly: ' + where()).toBeGreaterThanOrEqual(0);
      // Redo everything: exactly the state it ended in (no edit was left out of the history), and
      // undo again, so the next sequence starts from the same state, with the history going on.
      // (An entry may hold the same content as the one before it, a selection apart: the counts
      // of steps may differ, the content reached may not.)
      const redone = await walkHistory('REDO_COMMAND', 2 * OPS, last);
      if (redone < 0) keepForReplay(s, log, last, (await shown()).state);
      expect(redone, 'redo reaches the end exactly: ' + where()).toBeGreaterThanOrEqual(0);
      expect(await walkHistory('UNDO_COMMAND', 2 * OPS, initial.state), 'undo after redo: ' + where()).toBeGreaterThanOrEqual(0);
      timing.set('(checks)', [(timing.get('(checks)')?.[0] ?? 0) + 1, (timing.get('(checks)')?.[1] ?? 0) + performance.now() - tEnd]);
      await page.locator('.gw-editor').focus();
      await settle();
    }
    if (process.env.GW_PROPERTY_TIMING) console.log([...timing].map(([k, [n, ms]]) => `${k}: ${n} × ${(ms / n).toFixed(1)} ms`).join('\n'));
    console.log(
      `property: ${SEQUENCES} sequences × ${OPS} operations (${ops} in all) in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`,
    );
    // Nothing the page said was an error (a CSP refusal included: the browser editing the page
    // itself, past the editor, is how it showed).
    expect(w.consoleErrors).toEqual([]);
    // Every kind of operation the sequences are made of came up (a change to the weights or the
    // random source that starved one would otherwise go unnoticed).
    if (ONLY === undefined) expect(OPERATIONS.filter((o) => !timing.has(o.name)).map((o) => o.name)).toEqual([]);
  });
});
