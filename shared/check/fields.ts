/**
 * The header and colophon fields one by one: how each is parsed from what the clerk types, how
 * it is printed, and what is wrong with it. The header form validates as typed with these and
 * the checker's meta rules use the very same functions, so both always say the same thing.
 * Each `…Problem` returns a Chinese message, or null when the value is fine (empty included:
 * whether a field is required is the checker's business).
 */
import { parseChineseNumeral } from '../headings/index';
import { M } from './messages';
import { trimEndChars } from '../trim';

// ---- 成文日期 / 印发日期: 2025年3月17日, Arabic digits, no zero padding (GB/T 9704 7.3.5.1) ----

const DATE_OK = /^(\d{4})年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日$/;
const CN_YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  '○': '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

interface CnDate {
  year: number;
  month: number;
  day: number;
}

function formatDate(d: CnDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

function realDate(d: CnDate): boolean {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return t.getUTCFullYear() === d.year && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
}

/** A well-formed, existing date, or null. */
export function parseDate(text: string): CnDate | null {
  const m = DATE_OK.exec(text.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return realDate(d) ? d : null;
}

/** Today as a 成文日期. */
export function todayDate(now = new Date()): string {
  return formatDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

const toHalf = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export function dateProblem(text: string): string | null {
  const s = text.trim();
  if (!s) return null;
  if (DATE_OK.test(s)) return parseDate(s) ? null : M.dateImpossible(s);
  const half = toHalf(s);
  // 2024.3.1, 2024-03-01, 2024/3/1, 2024年03月01日
  const loose = /^(\d{4})\s*[年.\-/．]\s*(\d{1,2})\s*[月.\-/．]\s*(\d{1,2})\s*日?$/.exec(half);
  if (loose) {
    const d = { year: Number(loose[1]), month: Number(loose[2]), day: Number(loose[3]) };
    if (!realDate(d)) return M.dateImpossible(s);
    const fixed = formatDate(d);
    if (half !== s) return M.dateFullWidth(fixed);
    if (/[.\-/．]/.test(s)) return M.dateSeparators(fixed);
    return M.datePadded(fixed);
  }
  // 二〇二四年三月一日
  const cn = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(s);
  if (cn) {
    const d = {
      year: Number([...cn[1]!].map((c) => CN_YEAR_DIGITS[c]).join('')),
      month: parseChineseNumeral(cn[2]!),
      day: parseChineseNumeral(cn[3]!),
    };
    return Number.isFinite(d.month) && Number.isFinite(d.day) && realDate(d) ? M.dateChinese(formatDate(d)) : M.dateChineseNoFix;
  }
  if (/[〇○零一二三四五六七八九]{4}年/.test(s)) return M.dateChineseNoFix;
  return M.dateFormat;
}

/** 印发日期 as printed: "2025年3月17日印发" (the layout adds 印发 when it is left off). */
export function printedDateProblem(text: string): string | null {
  return dateProblem(text.trim().replace(/印发$/, ''));
}

// ---- 标题 ----

const TRAILING_PUNCT = /[。，、；：！？.,;:!?．]$/;

export function titleProblem(title: string, kind: string): string | null {
  const s = title.trim();
  if (!s) return null;
  const end = TRAILING_PUNCT.exec(s);
  if (end) return M.titleEndsWithPunct(end[0]);
  if (kind && !new RegExp(`^.+关于.+的${escapeRe(kind)}$`).test(s)) return M.titlePattern(kind);
  return null;
}

// ---- 主送机关 ----

/** The layout adds the closing "：" when it is left off; a wrong mark in its place is a mistake. */
export function addresseeProblem(text: string): string | null {
  const s = text.trim();
  if (s.endsWith(':')) return M.addresseeHalfColon;
  if (/[。，、；,.;]$/.test(s)) return M.addresseeWrongMark;
  return null;
}

/** More than one organ in a 主送 line (a 请示 goes to one). */
export function addresseeCount(text: string): number {
  const s = text.trim().replace(/[：:]$/, '');
  return s ? s.split(/[、，,]/).filter((x) => x.trim()).length : 0;
}

// ---- 附注: in full-width parentheses ----

export function noteProblem(text: string): string | null {
  const s = text.trim();
  if (!s) return null;
  return s.startsWith('（') && s.endsWith('）') ? null : M.noteParens;
}

// ---- 签发人: names, several separated by 、 ----

const NAME = /^[\u3400-\u9fff·•．]{2,12}$/;

export function parseSigners(text: string): string[] {
  return text
    .split(/[、，,；;\s\u3000]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function formatSigners(names: readonly string[]): string {
  return names.join('、');
}

export function signersProblem(names: readonly string[]): string | null {
  const bad = names.find((n) => !NAME.test(n));
  return bad === undefined ? null : M.signerName(bad);
}

// ---- 抄送: a list of organs; printed "抄送：甲，乙。" (the 。 is the printer's) ----

export function parseCcLine(text: string): string[] {
  return trimEndChars(text.replace(/^抄\s*送[：:]\s*/, ''), /\s/)
    .replace(/[。.]$/, '')
    .split(/[，,、；;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The printed 抄送 line: organs joined by "，", ending "。" (GB/T 9704 7.4.2). */
export function formatCcLine(items: readonly string[]): string {
  return items.length ? `${items.join('，')}。` : '';
}

/** As typed in one line. */
export function ccLineProblem(text: string): string | null {
  if (/[,]/.test(text)) return M.ccHalfComma;
  return ccItemsProblem(parseCcLine(text));
}

/** Stored items (one organ each). */
export function ccItemsProblem(items: readonly string[]): string | null {
  const bad = items.find((i) => /[，。、；：,.;:]/.test(i));
  return bad === undefined ? null : M.ccItemPunct(bad);
}

// ---- placeholders left from a template: ×× ××× (or typed XX) ----

const PLACEHOLDER = /[×xX]{2,}/;

export function findPlaceholder(text: string): string | null {
  const m = PLACEHOLDER.exec(text);
  return m ? m[0] : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
