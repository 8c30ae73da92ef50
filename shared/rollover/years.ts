/**
 * Which years in last year's text move with the reporting cycle, and which stay.
 *
 * Y is the year the source report covered, Y+1 its plan year; a roll by d years (usually 1):
 * - move: Y and Y+1 in ordinary text (2024年 / 2024年度 / 2024年3月 / 2025年工作打算);
 *         Y-1 right after a comparison word (较2023年, 比2023年, 与2023年相比, 2023年同期);
 * - keep: cited 发文字号 (〔2019〕), 文件 titles in 《》, periods (2021-2025年, 2015年至2020年),
 *         history (before Y-1), long-range targets (after Y+1);
 * - check (kept, listed for the clerk): Y or Y+1 in a clause saying what happened then for good
 *         (2018年创建为…, 成立, 获评, 自…起施行), a year said to be "…之年" (2020年是…收官之年),
 *         a year inside quotation marks (a named event), Y-1 without a comparison word.
 * Both Arabic (2024年) and Chinese-numeral (二〇二四年) years; the replacement keeps the form,
 * and the length, so offsets into runs stay valid.
 */
import { trimEndChars } from '../trim';
import { YEAR_REASONS as R } from './messages';

type YearAction = 'move' | 'keep' | 'check';

export interface YearHit {
  index: number;
  length: number;
  year: number;
  action: YearAction;
  reason: string;
  replacement: string;
}

const CN_YEAR_DIGITS = '〇一二三四五六七八九';
const ARABIC = /(?<![0-9０-９.])((?:19|20)\d{2})(?![0-9０-９])/g;
const CHINESE = /([〇○零一二三四五六七八九]{4})(?=\s*年)/g;
const RANGE_AFTER = /^\s*年?\s*(?:[-—–~～－至到]{1,2})\s*(?:19|20)\d{2}/;
/** The *_BEFORE patterns are tested on `before` with its trailing white space trimmed (shared/trim.ts). */
const RANGE_BEFORE = /(?:19|20)\d{2}\s*年?\s*(?:[-—–~～－至到]{1,2})$/;
const HISTORY_VERBS = /创建|创成|建成|获评|评为|荣获|获得|获批|命名|入选|列为|确定为|成立|设立|组建|挂牌|施行|实施以来|颁布|出台|印发|批准/;
const COMPARISON_BEFORE = /(?:较|比|比较|与|同|跟|和|相比|对比|超过|高于|低于)$/;
const COMPARISON_AFTER = /^\s*年?(?:度)?\s*(?:同期|相比|比较)/;
const SINCE = /(?:自|从|于)$/;
const SINCE_AFTER = /^\s*年[^，。；,;]{0,6}(?:起|以来|开始)/;

function chineseYear(s: string): number {
  let n = 0;
  for (const ch of s) {
    const d = ch === '○' || ch === '零' ? 0 : CN_YEAR_DIGITS.indexOf(ch);
    if (d < 0) return NaN;
    n = n * 10 + d;
  }
  return n;
}

function writeChineseYear(n: number, like: string): string {
  const zero = like.includes('○') ? '○' : like.includes('零') ? '零' : '〇';
  return String(n)
    .split('')
    .map((d) => (d === '0' ? zero : CN_YEAR_DIGITS[Number(d)]))
    .join('');
}

/** Inside 《》 or “”/"" at `index`? Counted from the start of the text. */
function enclosed(text: string, index: number): { title: boolean; quote: boolean } {
  let title = 0;
  let quote = 0;
  let straight = false;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '《') title++;
    else if (c === '》') title = Math.max(0, title - 1);
    else if (c === '“') quote++;
    else if (c === '”') quote = Math.max(0, quote - 1);
    else if (c === '"') straight = !straight;
  }
  return { title: title > 0, quote: quote > 0 || straight };
}

/** The clause after a year: up to the next ，。；. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from);
  const end = rest.search(/[，。；,;！？]/);
  return end < 0 ? rest : rest.slice(0, end);
}

function classify(
  text: string,
  index: number,
  length: number,
  year: number,
  fromYear: number,
  arabic: boolean,
): { action: YearAction; reason: string } | null {
  const before = trimEndChars(text.slice(Math.max(0, index - 8), index), /\s/);
  const after = text.slice(index + length, index + length + 12);
  const followedByYear = /^\s*年/.test(after);
  const bracketed = /[〔［[【]$/.test(before) && /^\s*[〕］\]】]/.test(after);
  const range = RANGE_AFTER.test(after) || RANGE_BEFORE.test(before);
  const isoDate = arabic && /^[-./]\d{1,2}[-./]\d{1,2}(?!\d)/.test(after);
  if (!followedByYear && !bracketed && !range && !isoDate) return null;

  if (bracketed) return { action: 'keep', reason: R.docNumber };
  if (range) return { action: 'keep', reason: R.range };
  const { title, quote } = enclosed(text, index);
  if (title) return { action: 'keep', reason: R.documentName };
  if (year < fromYear - 1) return { action: 'keep', reason: R.history };
  if (year > fromYear + 1) return { action: 'keep', reason: R.target };

  const clause = clauseAfter(text, index + length);
  if (year === fromYear - 1) {
    if (COMPARISON_BEFORE.test(before) || COMPARISON_AFTER.test(after)) return { action: 'move', reason: R.comparison };
    return { action: 'check', reason: R.lastYear };
  }
  if (quote) return { action: 'check', reason: R.quoted };
  if (/^\s*年度?\s*(?:是|为)[^，。；]*之年/.test(text.slice(index + length, index + length + 40))) {
    return { action: 'check', reason: R.verdict };
  }
  if (SINCE.test(before) && SINCE_AFTER.test(after)) return { action: 'check', reason: R.since };
  if (HISTORY_VERBS.test(clause)) return { action: 'check', reason: R.event };
  return { action: 'move', reason: year === fromYear ? R.reportYear : R.planYear };
}

/** Every year in `text` with what to do with it when rolling `fromYear` → `fromYear + delta`. */
export function findYears(text: string, fromYear: number, delta: number): YearHit[] {
  const hits: YearHit[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const year = Number(m[1]);
    const c = classify(text, m.index, 4, year, fromYear, true);
    if (c) hits.push({ index: m.index, length: 4, year, ...c, replacement: c.action === 'move' ? String(year + delta) : m[1]! });
  }
  for (const m of text.matchAll(CHINESE)) {
    const year = chineseYear(m[1]!);
    if (!(year >= 1900 && year < 2100)) continue;
    const c = classify(text, m.index, 4, year, fromYear, false);
    if (c)
      hits.push({
        index: m.index,
        length: 4,
        year,
        ...c,
        replacement: c.action === 'move' ? writeChineseYear(year + delta, m[1]!) : m[1]!,
      });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** `text` with the years that move moved. Lengths are kept (four digits stay four digits). */
export function applyYears(text: string, hits: readonly YearHit[]): string {
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.index) + h.replacement;
    at = h.index + h.length;
  }
  return out + text.slice(at);
}
