/**
 * 可疑文字: gambling, porn, fraud and advertising phrases that get into web copies of reports
 * (a tampered government page, a scraper's ad) and almost never belong in an official document.
 * The list is data (lists/suspect.json) checked by `SuspectList` (a test parses it and runs every
 * example). A phrase right after an enforcement word in the same sentence (打击、查处……) is the
 * report's own subject, not a suspect, unless the entry is `always`.
 */
import { z } from 'zod';
import suspectJson from './lists/suspect.json';
import type { ProofHit, ProofUnit } from './types';
import { Pattern } from './lists';
import { PM } from './messages';

const SuspectEntry = z.object({
  phrase: z.string().min(2),
  /** 赌博, 色情, 诈骗, 广告: said in the message. */
  kind: z.enum(['赌博', '色情', '诈骗', '广告']),
  /** Suspect even after an enforcement word (a slogan no report writes about). */
  always: z.boolean().optional(),
  examples: z.object({
    /** Sentences in which the phrase must be found. */
    hit: z.array(z.string().min(1)).min(1),
    /** Sentences in which nothing may be found. */
    clean: z.array(z.string().min(1)),
  }),
});
type SuspectEntry = z.infer<typeof SuspectEntry>;

export const SuspectList = z.object({
  $comment: z.string().optional(),
  /** The text just before a phrase (same sentence) that makes it the report's subject. */
  enforcement: Pattern,
  entries: z.array(SuspectEntry).min(1),
});

export const SUSPECTS = SuspectList.parse(suspectJson);

interface Compiled {
  enforcement: RegExp;
  /** Entries by the code of their first character, longest first. */
  byFirst: Map<number, SuspectEntry[]>;
  /** 1 at the code of every first character: the scan's quick test (no map lookup per character). */
  isFirst: Uint8Array;
}

function compile(list: z.infer<typeof SuspectList>): Compiled {
  const byFirst = new Map<number, SuspectEntry[]>();
  const isFirst = new Uint8Array(0x10000);
  for (const e of [...list.entries].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const c = e.phrase.charCodeAt(0);
    byFirst.set(c, [...(byFirst.get(c) ?? []), e]);
    isFirst[c] = 1;
  }
  return { enforcement: new RegExp(list.enforcement), byFirst, isFirst };
}

const COMPILED = compile(SUSPECTS);
/** How far back the enforcement context is looked for. */
const CONTEXT = 24;

/** Every suspect phrase in `text`; where two overlap, the earlier and longer stands. */
export function findSuspects(text: string, compiled: Compiled = COMPILED): { start: number; end: number; entry: SuspectEntry }[] {
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
