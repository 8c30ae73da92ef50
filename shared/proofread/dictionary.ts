/**
 * 自定义词典: the organ's own words, kept in 设置 (stored in SQLite, carried in data packages),
 * passed to the proofreader — which stays pure — as a compiled `ProofDictionary`.
 *
 * - 认可 (`accept`): a correct term of this organ (a place name, an organ's own name, an
 *   accepted form). No finding lies inside one of its occurrences: 既使村 silences 既使 → 即使
 *   there, 法制办公室 silences 法制 → 法治. Only findings inside the term: the same characters
 *   elsewhere are still found.
 * - 禁用 (`ban`): a word the organ does not write, with the form to write instead (a certain fix)
 *   or without one (pointed at only).
 */
import * as z from 'zod/mini';
import { compileWords, type CompiledList } from './lists';
import { DICT_MESSAGES as M } from './messages';

export const DICTIONARY_LIMITS = {
  /** Far above what an organ keeps (tens to a few hundred), well below what slows the check. */
  entries: 2_000,
  termChars: 40,
  noteChars: 200,
} as const;

const DICTIONARY_KINDS = ['accept', 'ban'] as const;
export const DictionaryKind = z.enum(DICTIONARY_KINDS);
export type DictionaryKind = z.infer<typeof DictionaryKind>;
export const DICTIONARY_KIND_NAMES: Record<DictionaryKind, string> = { accept: '认可', ban: '禁用' };

/** Control characters and line breaks: a term is found inside one line of text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

const Term = (what: string, ...more: z.core.$ZodCheck<string>[]) =>
  z.string().check(
    z.trim(),
    z.maxLength(DICTIONARY_LIMITS.termChars, M.tooLong(what, DICTIONARY_LIMITS.termChars)),
    z.refine((s) => !CONTROL.test(s), M.oneLine(what)),
    ...more,
  );

const entryShape = {
  term: Term(M.field.term, z.minLength(1, M.termRequired)),
  kind: DictionaryKind,
  /** 禁用 only: the form to write instead; empty when the word is only to be pointed at. */
  replacement: z._default(Term(M.field.replacement), ''),
  note: z._default(
    z.string().check(z.trim(), z.maxLength(DICTIONARY_LIMITS.noteChars, M.tooLong(M.field.note, DICTIONARY_LIMITS.noteChars))),
    '',
  ),
};
const EntryShape = z.object(entryShape);

const entryRules = <T extends z.ZodMiniType<z.output<typeof EntryShape>>>(schema: T) =>
  schema.check(
    z.refine((e) => e.kind !== 'ban' || e.replacement !== e.term, { message: M.sameAsTerm, path: ['replacement'] }),
    z.refine((e) => e.kind !== 'accept' || e.replacement === '', { message: M.acceptHasNone, path: ['replacement'] }),
  );

/** What the clerk fills in. */
export const DictionaryEntryFields = entryRules(EntryShape);
/** `dictionary.save`: the fields, and the id of the entry to change (none: a new entry). */
export const DictionarySave = entryRules(z.strictObject({ ...entryShape, id: z.optional(z.int()) }));
export type DictionaryEntryFields = z.output<typeof DictionaryEntryFields>;
export type DictionaryEntryInput = z.input<typeof DictionaryEntryFields>;

/** One entry as stored. */
export const DictionaryEntry = z.object({
  id: z.int(),
  term: z.string(),
  kind: DictionaryKind,
  replacement: z.string(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DictionaryEntry = z.infer<typeof DictionaryEntry>;

/** The dictionary as the proofreader uses it. */
export interface ProofDictionary {
  /** The accepted terms, as a word list (scanned by first character, like the shipped lists). */
  accept: CompiledList | null;
  /** The banned words, as a word list (longest first, scanned by first character). */
  ban: CompiledList | null;
  /** How many entries it was compiled from (0: nothing to do). */
  size: number;
}

export const EMPTY_DICTIONARY: ProofDictionary = { accept: null, ban: null, size: 0 };

type Compilable = Pick<DictionaryEntryFields, 'term' | 'kind'> & { replacement?: string; note?: string };

export function compileDictionary(entries: readonly Compilable[]): ProofDictionary {
  if (!entries.length) return EMPTY_DICTIONARY;
  const accepted: { wrong: string; right: string }[] = [];
  const banned: { wrong: string; right: string; note?: string }[] = [];
  for (const e of entries) {
    const term = e.term.trim();
    if (!term) continue;
    if (e.kind === 'accept') accepted.push({ wrong: term, right: term });
    else banned.push({ wrong: term, right: e.replacement?.trim() ?? '', ...(e.note ? { note: e.note } : {}) });
  }
  const list = (l: { wrong: string; right: string; note?: string }[]) =>
    l.length ? compileWords({ entries: l.map((x) => ({ ...x, examples: { wrong: [], right: [] } })) }) : null;
  return { accept: list(accepted), ban: list(banned), size: entries.length };
}

/**
 * Every occurrence of an accepted term in `text`, as [start, end) in order of start (overlapping
 * ones too: each may cover a different finding). One scan by first character, however many
 * findings the text has.
 */
export function acceptedSpans(dict: ProofDictionary, text: string): [number, number][] {
  const list = dict.accept;
  const spans: [number, number][] = [];
  if (!list) return spans;
  for (let at = 0; at < text.length; at++) {
    if (!list.isFirst[text.charCodeAt(at)]) continue;
    for (const e of list.byFirst.get(text.charCodeAt(at))!) if (text.startsWith(e.wrong, at)) spans.push([at, at + e.wrong.length]);
  }
  return spans;
}

/** True when [start, end) lies inside one of `spans` (from `acceptedSpans`). */
export function insideSpan(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const [s, e] of spans) {
    if (s > start) return false;
    if (e >= end) return true;
  }
  return false;
}

/** True when [start, end) of `text` lies inside an occurrence of an accepted term. */
export function isAccepted(dict: ProofDictionary, text: string, start: number, end: number): boolean {
  return insideSpan(acceptedSpans(dict, text), start, end);
}
