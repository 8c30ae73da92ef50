/**
 * Character widths for line breaking. CJK characters (ideographs and full-width punctuation) are
 * one em; Latin letters and digits are drawn in Times New Roman, whose advance widths are below
 * (taken from Liberation Serif, its metric twin, by scripts/latin-widths.mjs).
 */

/** Advance widths per 1000 em of U+0020…U+007E. */
const LATIN_REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278,
  278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
  722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500,
  500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const LATIN_BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333,
  333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
  722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556,
  556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
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

/**
 * WEAK_LATIN by code point. The layout works on code points, not one-character strings: a
 * one-off export (`gongwen export`) runs this code cold, where a number compare is quick and a
 * string per character is garbage to collect.
 */
const WEAK_BY_CODE = new Map(Object.entries(WEAK_LATIN).map(([k, v]) => [k.codePointAt(0)!, v]));

/** Script classes of characters as the layout engines see them (the low bits of `CHAR_INFO`). */
export const LATIN = 0;
export const WEAK = 1;
export const CJK = 2;
export const TAB = 3;
export const BREAK = 4;
export const CLASS_MASK = 7;
/** Ideographs, kana and full-width letters/digits: LibreOffice and Word put a small gap between these and Latin letters/digits. */
export const IDEOGRAPHIC = 8;
/** A–Z, a–z, 0–9. */
export const LATIN_ALNUM = 16;
/** Break-rule flags (the sets below). */
export const HANGS = 32;
export const NO_START = 64;
export const NO_END = 128;

/** Advance in twips of a character (code point) drawn in the Latin font at `sizePt`, without character spacing. */
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
const HANGING = new Set([...'，。、；：？！,.']);
/** Never start a line and do not hang: the character before moves down with them. */
export const NO_LINE_START = new Set([...'”’）》】〕〉」』〗·％)]}%,.;:!?', ...HANGING]);
/** Never end a line: they move down with the character after. */
export const NO_LINE_END = new Set([...'“‘（《【〔〈「『〖([{']);

/** Ideographic ranges beyond the BMP start here (CJK Extension B onwards). */
const ASTRAL_IDEOGRAPHS = 0x20000;

/**
 * Class and flags of every BMP character in one table, built once from the ranges and sets
 * above: the line breaker's loops read one byte per character instead of calling out for each
 * question (a cold one-off export runs them over every character of the report).
 */
const CHAR_INFO: Uint8Array = (() => {
  // Ranges by fill (no per-character loop at start); none of them holds a weak or Latin character.
  const t = new Uint8Array(0x10000).fill(CJK);
  for (const [from, to] of [
    [0x3400, 0x9fff],
    [0xf900, 0xfaff],
    [0x3040, 0x30ff],
    [0xff10, 0xff19],
    [0xff21, 0xff3a],
    [0xff41, 0xff5a],
  ] as const)
    t.fill(CJK | IDEOGRAPHIC, from, to + 1);
  t.fill(LATIN, 0x20, 0x7f);
  t.fill(LATIN | LATIN_ALNUM, 0x30, 0x3a);
  t.fill(LATIN | LATIN_ALNUM, 0x41, 0x5b);
  t.fill(LATIN | LATIN_ALNUM, 0x61, 0x7b);
  t[0x09] = TAB;
  t[0x0a] = BREAK;
  for (const c of WEAK_BY_CODE.keys()) t[c] = WEAK;
  const flag = (set: ReadonlySet<string>, f: number) => {
    for (const ch of set) t[ch.codePointAt(0)!]! |= f;
  };
  flag(HANGING, HANGS);
  flag(NO_LINE_START, NO_START);
  flag(NO_LINE_END, NO_END);
  return t;
})();

/** `CHAR_INFO` of any code point (beyond the BMP: CJK, ideographic from Extension B on). */
export function charInfo(c: number): number {
  return c < 0x10000 ? CHAR_INFO[c]! : c >= ASTRAL_IDEOGRAPHS ? CJK | IDEOGRAPHIC : CJK;
}
