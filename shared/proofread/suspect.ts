/**
 * 可疑文字: gambling, porn, fraud and advertising phrases that get into web copies of reports
 * (a tampered government page, a scraper's ad) and almost never belong in an official document.
 * The list is data (lists/suspect.json; its format, `SuspectList` in list-schemas.ts, is checked by
 * a test that also runs every example). A phrase right after an enforcement word in the same sentence (打击、查处……) is the
 * report's own subject, not a suspect, unless the entry is `always`.
 */
import suspectJson from './lists/suspect.json';
import type { ProofHit, ProofUnit } from './types';
import type { SuspectEntry, SuspectListData } from './list-schemas';
import { PM } from './messages';

/** The list as shipped (its format is checked by a test: list-schemas.ts). */
export const SUSPECTS = suspectJson as SuspectListData;

interface Compiled {
  enforcement: RegExp;
  /** Entries by the code of their first character, longest first. */
  byFirst: Map<number, SuspectEntry[]>;
  /** 1 at the code of every first character: the scan's quick test (no map lookup per character). */
  isFirst: Uint8Array;
}

function compile(list: SuspectListData): Compiled {
  const byFirst = new Map<number, SuspectEntry[]>();
  const isFirst = new Uint8Array(0x10000);
  for (const e of [...list.entries].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const c = e.phrase.charCodeAt(0);
    byFirst.set(c, [...(byFirst.get(c) ?? []), e]);
    isFirst[c] = 1;
  }
  return { enforcement: new RegExp(list.enforcement), byFirst, isFirst };
}

let shipped: Compiled | undefined;
/** The shipped list, compiled on first use. */
const shippedSuspects = (): Compiled => (shipped ??= compile(SUSPECTS));
/** How far back the enforcement context is looked for. */
const CONTEXT = 24;

/** Every suspect phrase in `text`; where two overlap, the earlier and longer stands. */
export function findSuspects(text: string, compiled: Compiled = shippedSuspects()): { start: number; end: number; entry: SuspectEntry }[] {
  const out: { start: number; end: number; entry: SuspectEntry }[] = [];
  for (let start = 0; start < text.length; start++) {
    const code = text.charCodeAt(start);
    if (!compiled.isFirst[code]) continue;
    const list = compiled.byFirst.get(code)!;
    const entry = list.find((e) => text.startsWith(e.phrase, start));
    if (!entry) continue;
    const end = start + entry.phrase.length;
    if (!entry.always && compiled.enforcement.test(text.slice(Math.max(0, start - CONTEXT), start))) {
      start = end - 1;
      continue;
    }
    out.push({ start, end, entry });
    start = end - 1;
  }
  return out;
}

/** The proofreader rule: no fix (what to delete is the clerk's call), 忽略 accepts it. */
export function suspectRule(unit: ProofUnit): ProofHit[] {
  return findSuspects(unit.text).map(({ start, end, entry }) => ({ start, end, message: PM.suspect(entry.phrase, entry.kind) }));
}

/** For tests: the compile step with another list. */
export const compileSuspects = compile;
