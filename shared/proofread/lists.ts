/**
 * The word lists of 字词 and 规范表述: data in lists/*.json (format: list-schemas.ts), compiled
 * once, on first use, into one search table per list.
 */
import type { TermListData, WordListData } from './list-schemas';
import wordsJson from './lists/words.json';
import termsJson from './lists/terms.json';

interface CompiledEntry {
  wrong: string;
  right: string;
  note?: string | undefined;
  before?: RegExp;
  notBefore?: RegExp;
  after?: RegExp;
  notAfter?: RegExp;
  except: readonly string[];
}

export interface CompiledList {
  /** Longest `wrong` first, so a longer entry wins where two start at the same place. */
  entries: readonly CompiledEntry[];
  /** Entries by the code of their first character, longest first. */
  byFirst: Map<number, CompiledEntry[]>;
  /** 1 at the code of every first character: the scan's quick test. */
  isFirst: Uint8Array;
}

function compile(entries: readonly CompiledEntry[]): CompiledList {
  const sorted = [...new Map(entries.map((e) => [e.wrong, e])).values()].sort((a, b) => b.wrong.length - a.wrong.length);
  const byFirst = new Map<number, CompiledEntry[]>();
  const isFirst = new Uint8Array(0x10000);
  for (const e of sorted) {
    const c = e.wrong.charCodeAt(0);
    byFirst.set(c, [...(byFirst.get(c) ?? []), e]);
    isFirst[c] = 1;
  }
  return { entries: sorted, byFirst, isFirst };
}

const head = (s: string | undefined) => (s === undefined ? undefined : new RegExp(`^(?:${s})`));
const tail = (s: string | undefined) => (s === undefined ? undefined : new RegExp(`(?:${s})$`));

export function compileWords(list: WordListData): CompiledList {
  return compile(
    list.entries.map((e) => ({
      wrong: e.wrong,
      right: e.right,
      note: e.note,
      ...(e.before !== undefined ? { before: head(e.before)! } : {}),
      ...(e.notBefore !== undefined ? { notBefore: head(e.notBefore)! } : {}),
      ...(e.after !== undefined ? { after: tail(e.after)! } : {}),
      ...(e.notAfter !== undefined ? { notAfter: tail(e.notAfter)! } : {}),
      except: e.except ?? [],
    })),
  );
}

function compileTerms(list: TermListData): CompiledList {
  return compile(list.entries.flatMap((e) => e.wrong.map((wrong) => ({ wrong, right: e.right, except: [] }))));
}

/** The lists as shipped (their format is checked by a test: list-schemas.ts). */
export const WORDS: WordListData = wordsJson;
export const TERMS: TermListData = termsJson;

let compiled: { words: CompiledList; terms: CompiledList } | undefined;
/** The shipped lists, compiled on first use (a command that never proofreads never pays for it). */
export function shippedLists(): { words: CompiledList; terms: CompiledList } {
  return (compiled ??= { words: compileWords(WORDS), terms: compileTerms(TERMS) });
}

/** How far around a match the context rules look. */
const CONTEXT = 40;

/**
 * Every place `list` matches in `text` and its context rules allow; where matches overlap, the
 * earlier, then the longer, stands. (Not one alternation of all entries: with Chinese strings
 * that is many times slower in V8's regex engine than a scan for first characters.)
 */
export function matchList(list: CompiledList, text: string): { start: number; end: number; entry: CompiledEntry }[] {
  const found: { start: number; end: number; entry: CompiledEntry }[] = [];
  // By character codes: a regex match (or text[i]) per position allocates a string each time.
  for (let start = 0; start < text.length; start++) {
    const code = text.charCodeAt(start);
    if (!list.isFirst[code]) continue;
    for (const entry of list.byFirst.get(code)!) {
      if (!text.startsWith(entry.wrong, start)) continue;
      const end = start + entry.wrong.length;
      const after = text.slice(end, end + CONTEXT);
      const before = text.slice(Math.max(0, start - CONTEXT), start);
      if (entry.before && !entry.before.test(after)) continue;
      if (entry.notBefore?.test(after)) continue;
      if (entry.after && !entry.after.test(before)) continue;
      if (entry.notAfter?.test(before)) continue;
      if (entry.except.some((x) => text.startsWith(x, start - x.indexOf(entry.wrong)))) continue;
      found.push({ start, end, entry });
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof found = [];
  for (const f of found) if (!out.length || f.start >= out[out.length - 1]!.end) out.push(f);
  return out;
}
