/**
 * 数字与日期 (GB/T 15835): half-width digits, dates written 2023年12月31日, year ranges with a
 * dash (2021—2025年), years written in full.
 */
import { PM } from '../messages';
import type { ProofContext, ProofHit, ProofUnit } from '../types';

const FULL_DIGITS_RE = /[０-９]+(?:[．.][０-９]+)?/g;

export function fullWidthDigits(unit: ProofUnit): ProofHit[] {
  const hits: ProofHit[] = [];
  FULL_DIGITS_RE.lastIndex = 0;
  for (let m = FULL_DIGITS_RE.exec(unit.text); m; m = FULL_DIGITS_RE.exec(unit.text)) {
    const half = m[0].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace('．', '.');
    hits.push({ start: m.index, end: m.index + m[0].length, to: half, message: PM.fullWidthDigit(m[0], half) });
  }
  return hits;
}

/** 2023.12.31, 2023-12-31, 2023/12/31 (not inside a longer number, version or code). */
const DATE_RE = /(?<![\d.\-/A-Za-z])((?:19|20)\d{2})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d\-/A-Za-z]|\.\d)/g;

export function dateForm(unit: ProofUnit): ProofHit[] {
  const hits: ProofHit[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(unit.text); m; m = DATE_RE.exec(unit.text)) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    // "2023-12-31日" already has its 日.
    const end = m.index + m[0].length + (unit.text[m.index + m[0].length] === '日' ? 1 : 0);
    const to = `${m[1]}年${month}月${day}日`;
    hits.push({ start: m.index, end, to, message: PM.dateForm(unit.text.slice(m.index, end), to) });
  }
  return hits;
}

/**
 * 2021-2025年, 2021一2025年 (a 一 for the dash), 20212025年 (the dash lost in a copy from PDF):
 * 2021—2025年. The wave dash (2021～2025年) is allowed by GB/T 15834 and left alone.
 */
const RANGE_RE = /(?<!\d)((?:19|20)\d{2})(年?)\s?([-－–―一]?)\s?((?:19|20)\d{2})(?=年|\s?[)）])/g;

export function yearRange(unit: ProofUnit): ProofHit[] {
  const hits: ProofHit[] = [];
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(unit.text); m; m = RANGE_RE.exec(unit.text)) {
    if (Number(m[4]) <= Number(m[1])) continue;
    // "2021年2025年" (two years, no dash) is two dates, not a range.
    if (m[2] && !m[3]) continue;
    // Without a dash, only "20212025年": eight digits in brackets may be any number.
    if (!m[3] && unit.text[m.index + m[0].length] !== '年') continue;
    const to = `${m[1]}${m[2]}—${m[4]}`;
    if (to === m[0]) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, to, message: PM.yearRange(m[0], to) });
  }
  return hits;
}

/** '23年, 23年12月: a year written with two digits. The century is the report's. */
const ABBREV_RE = /(?<![\d０-９.])(?:[’'‘](\d{2})年|(\d{2})年(?=(\d{1,2})月))/g;

export function yearAbbrev(unit: ProofUnit, ctx: ProofContext): ProofHit[] {
  const hits: ProofHit[] = [];
  ABBREV_RE.lastIndex = 0;
  for (let m = ABBREV_RE.exec(unit.text); m; m = ABBREV_RE.exec(unit.text)) {
    const yy = Number(m[1] ?? m[2]);
    if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 12)) continue;
    // Only years near the report's: "30年12月" in a 2024 report is no year.
    const century = Math.floor(ctx.year / 100) * 100;
    let full = century + yy;
    if (full > ctx.year + 5) full -= 100;
    if (m[2] !== undefined && Math.abs(full - ctx.year) > 10) continue;
    const to = `${full}年`;
    hits.push({ start: m.index, end: m.index + m[0].length, to, message: PM.yearAbbrev(m[0], to) });
  }
  return hits;
}
