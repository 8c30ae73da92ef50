/**
 * Typed heading numbers at the start of a line: 一、 （一） 1. （1）, also as written in practice
 * (half-width brackets, "1、", "（一）、", a stray space). The number is dropped: the model derives
 * numbers from position (./numbering.ts). Also the split of a run-in heading ("（一）坚持党的
 * 领导。一是……") into heading sentence and body text.
 *
 * Pure; the importers use it, and the editor's paste can use it to turn typed prefixes into
 * structure.
 */
import type { SectionLevel } from '../model/document';
import { trimEndChars, trimStartChars } from '../trim';

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; NaN when not a numeral of that form. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s]! : NaN;
  const tens = ten === 0 ? 1 : s.length > 0 && ten === 1 ? (CN_DIGIT[s[0]!] ?? NaN) : NaN;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? (CN_DIGIT[rest] ?? NaN) : NaN;
  return tens * 10 + ones;
}

interface HeadingPrefix {
  level: SectionLevel;
  /** The number as typed (1 for 一、 and 1.), for sequence warnings. */
  number: number;
  /** The prefix as it stood, e.g. "(一)". */
  label: string;
  /** What follows the prefix. */
  rest: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
// Order matters: bracketed forms first, so "（1）" is not read as something else.
const PATTERNS: { level: SectionLevel; re: RegExp; chinese: boolean }[] = [
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*[、，,．.]?\\s*`), chinese: true },
  { level: 4, re: /^[（(]\s*(\d{1,2})\s*[)）]\s*[、，,．.]?\s*/, chinese: false },
  { level: 1, re: new RegExp(`^(${CN})\\s*[、，,．.]\\s*`), chinese: true },
  // "1." but not "1.5个工作日"; "1、" and full-width "１．" are common too.
  { level: 3, re: /^([0-9０-９]{1,2})\s*(?:[.．](?![0-9０-９])|、)\s*/, chinese: false },
];

function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * The typed number at the start of `line`, or null; `rest` may be empty. The editor uses this as
 * the clerk types (a paragraph that so far holds just "（一）"); importers want parseHeadingPrefix.
 */
export function matchHeadingPrefix(line: string): HeadingPrefix | null {
  const text = line.replace(/^[\s\u3000]+/, '');
  for (const { level, re, chinese } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const number = chinese ? parseChineseNumeral(m[1]!) : Number(toHalfWidthDigits(m[1]!));
    if (!Number.isFinite(number)) return null;
    return { level, number, label: m[0].trim(), rest: text.slice(m[0].length) };
  }
  return null;
}

/** The typed number at the start of `line`, or null. The rest must hold some text. */
export function parseHeadingPrefix(line: string): HeadingPrefix | null {
  const found = matchHeadingPrefix(line);
  return found && found.rest.trim() ? found : null;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const OPENERS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')', '‘': '’', '「': '」', '【': '】' };
const TRAILING_PUNCT = /[\s\u3000。．.，,；;：:、！!？?]/;

/**
 * Where the first sentence of `text` ends (index of its 。！？), ignoring ends inside quotes and
 * brackets; -1 when there is none.
 */
export function firstSentenceEnd(text: string): number {
  const closers: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (closers.length && ch === closers[closers.length - 1]) {
      closers.pop();
    } else if (ch in OPENERS) {
      closers.push(OPENERS[ch]!);
    } else if (!closers.length && SENTENCE_END.has(ch)) {
      return i;
    }
  }
  return -1;
}

/**
 * A heading line without its number → heading sentence and, for a run-in heading, the body text
 * that follows it in the same paragraph. The heading keeps no closing punctuation: a run-in
 * heading's "。" belongs to the run-in form and is printed by whoever renders it, as numbers are.
 */
export function splitRunIn(rest: string): { heading: string; body: string; bodyStart: number } {
  const end = firstSentenceEnd(rest);
  if (end >= 0) {
    let bodyStart = end + 1;
    while (bodyStart < rest.length && /[\s\u3000”’」]/.test(rest[bodyStart]!)) bodyStart++;
    const body = rest.slice(bodyStart);
    if (body.trim()) return { heading: cleanHeading(rest.slice(0, end)), body, bodyStart };
  }
  return { heading: cleanHeading(rest), body: '', bodyStart: rest.length };
}

/** Trim spaces and closing punctuation off a heading. */
export function cleanHeading(s: string): string {
  return trimEndChars(trimStartChars(s, /[\s\u3000]/), TRAILING_PUNCT);
}

/** True when `s` ends like a sentence (so it is body text, not a standalone heading). */
export function endsLikeSentence(s: string): boolean {
  return /[。；;！!？?，,：:]$/.test(trimEndChars(s, /\s/));
}
