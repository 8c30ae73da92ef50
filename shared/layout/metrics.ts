/**
 * Character widths for line breaking. CJK characters (ideographs and full-width punctuation) are
 * one em; Latin letters and digits are drawn in Times New Roman, whose advance widths are below
 * (taken from Liberation Serif, its metric twin, by scripts/latin-widths.mjs).
 */

/** Advance widths per 1000 em of U+0020…U+007E. */
const LATIN_REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564,
  564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333,
  278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
  444, 480, 200, 480, 541,
];
const LATIN_BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570,
  570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333,
  278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500,
  444, 394, 220, 394, 520,
];
/** Shared punctuation (quotes, dashes, ellipsis, middle dot) when drawn in the Latin font. */
const WEAK_LATIN: Record<string, [number, number]> = {
  '‘': [333, 333],
  '’': [333, 333],
  '“': [444, 500],
  '”': [444, 500],
  '–': [500, 500],
  '—': [1000, 1000],
  '…': [1000, 1000],
  '·': [333, 333],
};

/** Script of a character as the layout engines see it. */
export type CharClass = 'latin' | 'weak' | 'cjk' | 'tab' | 'break';

/**
 * WEAK_LATIN by code point. The layout works on code points, not one-character strings: a
 * one-off export (`gongwen export`) runs this code cold, where a number compare is quick and a
 * string per character is garbage to collect.
 */
const WEAK_BY_CODE = new Map(Object.entries(WEAK_LATIN).map(([k, v]) => [k.codePointAt(0)!, v]));

/** The class of one character, by code point. */
export function charClass(c: number): CharClass {
  if (c >= 0x20 && c <= 0x7e) return 'latin';
  if (c === 0x09) return 'tab';
  if (c === 0x0a) return 'break';
  return WEAK_BY_CODE.has(c) ? 'weak' : 'cjk';
}

/** Ideographs, kana and full-width letters/digits: LibreOffice and Word put a small gap between these and Latin letters/digits. */
export function isIdeographic(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    c >= 0x20000
  );
}

/** A–Z, a–z, 0–9. */
export function isLatinAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Advance in twips of one character (code point) drawn in Latin font at `sizePt`, without character spacing. */
export function latinAdvance(c: number, sizePt: number, bold = false): number {
  let per1000: number;
  if (c >= 0x20 && c <= 0x7e) per1000 = (bold ? LATIN_BOLD : LATIN_REGULAR)[c - 0x20]!;
  else {
    const w = WEAK_BY_CODE.get(c);
    per1000 = w ? w[bold ? 1 : 0] : 1000;
  }
  return (per1000 * sizePt * 20) / 1000;
}

/** Advance in twips of a full-width (CJK) character at `sizePt`. */
export function cjkAdvance(sizePt: number): number {
  return sizePt * 20;
}

/** Break rules (LibreOffice zh-CN, checked on renders; see docs/export.md). */
/** Hang past the right margin when they would overflow (hanging punctuation). */
export const HANGING = new Set([...'，。、；：？！,.']);
/** Never start a line and do not hang: the character before moves down with them. */
export const NO_LINE_START = new Set([...'”’）》】〕〉」』〗·％)]}%,.;:!?', ...HANGING]);
/** Never end a line: they move down with the character after. */
export const NO_LINE_END = new Set([...'“‘（《【〔〈「『〖([{']);
