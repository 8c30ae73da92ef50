/**
 * Line breaking as LibreOffice does it for Chinese text on the GB/T 9704 grid: greedy, one em per
 * CJK character, Times New Roman widths for Latin, the small automatic gap between ideographs and
 * Latin letters/digits, hanging punctuation and the zh-CN forbidden line starts/ends. The exporter
 * counts lines with it (to put the 版记 on the bottom of the last page) and the preview draws them.
 */
import {
  BREAK,
  CJK,
  CLASS_MASK,
  HANGS,
  IDEOGRAPHIC,
  LATIN,
  LATIN_ALNUM,
  NO_END,
  NO_START,
  TAB,
  WEAK,
  charInfo,
  cjkAdvance,
  latinAdvance,
} from './metrics';

export interface TextStyle {
  /** Font size in points. */
  size: number;
  /** Character spacing in twips (docx `w:spacing`), applied after every character. */
  spacing: number;
  bold?: boolean;
  /**
   * The gap between ideographs and Latin letters/digits, in em: LibreOffice's ⅕ unless given
   * (0 models Word with w:autoSpaceDE/DN off, ¼ Word's default; see shared/docx/word-compat.ts).
   */
  autospace?: number;
}

export interface StyledText {
  text: string;
  style: TextStyle;
}

/** One line: [start, end) offsets into the paragraph's text, and its width in twips (hanging punctuation excluded). */
export interface LineBox {
  start: number;
  end: number;
  width: number;
}

const EPS = 0.5;

/** The automatic gap between ideographs and Latin letters/digits: 1/5 em (LibreOffice's autospace). */
const AUTOSPACE_EM = 1 / 5;
function autospace(st: TextStyle): number {
  return st.size * 20 * (st.autospace ?? AUTOSPACE_EM);
}

/** `asian` while unresolved (weak punctuation before any script, tabs, breaks). */
const UNSET = 2;
const SPACE = 0x20;
const NEWLINE = 0x0a;

interface Measured {
  /** How many characters: the arrays below may be longer (see `arrays`). */
  n: number;
  /** Code points: `LineBox` offsets count these. */
  codes: Int32Array;
  /** The part (of `parts`) each character comes from. */
  owner: Int32Array;
  /** Class and flags of each character (metrics.ts `CHAR_INFO`). */
  info: Uint8Array;
  widths: Float64Array;
  /** Extra width between char i-1 and char i when both sit on one line. */
  gaps: Float64Array;
  /** Character spacing of each character (twips). */
  spacing: Float64Array;
  /** 1 where the character is set as Asian text, else 0. */
  asian: Uint8Array;
}

/**
 * The per-character arrays, kept between calls and grown as needed: a cold one-off export
 * measures hundreds of paragraphs, and allocating seven typed arrays for each cost more than
 * filling them. A `Measured` is valid until the next call (every caller reads it at once).
 */
function allocate(capacity: number): Measured {
  return {
    n: 0,
    codes: new Int32Array(capacity),
    owner: new Int32Array(capacity),
    info: new Uint8Array(capacity),
    asian: new Uint8Array(capacity),
    widths: new Float64Array(capacity),
    gaps: new Float64Array(capacity),
    spacing: new Float64Array(capacity),
  };
}
// Allocated at once, so even an empty first paragraph has arrays to be measured with.
let scratch = allocate(1024);
function arrays(units: number): Measured {
  if (units > scratch.codes.length) scratch = allocate(Math.max(units, 2 * scratch.codes.length));
  return scratch;
}

function measure(parts: readonly StyledText[]): Measured {
  let units = 0;
  for (const p of parts) units += p.text.length;
  const m = arrays(units);
  const { codes, owner, info, asian, widths, gaps, spacing } = m;
  // Code points, each character's class and flags (the loops below and the line breaker ask
  // again and again), and its script as far as the text before it tells: weak punctuation
  // (quotes, dashes) takes the script of the text before it (else, below, after it).
  let n = 0;
  let prev = UNSET;
  for (let pi = 0; pi < parts.length; pi++) {
    const text = parts[pi]!.text;
    for (let j = 0; j < text.length; j++) {
      let c = text.charCodeAt(j);
      // A surrogate pair is one character (as `for…of` reads a string); a lone surrogate is one too.
      if (c >= 0xd800 && c <= 0xdbff && j + 1 < text.length) {
        const d = text.charCodeAt(j + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          j++;
        }
      }
      const inf = charInfo(c);
      const cls = inf & CLASS_MASK;
      codes[n] = c;
      owner[n] = pi;
      info[n] = inf;
      if (cls === CJK) asian[n] = prev = 1;
      else if (cls === LATIN) asian[n] = prev = c === SPACE ? (prev === UNSET ? 0 : prev) : 0;
      else asian[n] = cls === WEAK ? prev : UNSET;
      n++;
    }
  }
  for (let i = n - 1, next = 1; i >= 0; i--) {
    if (asian[i] === UNSET) asian[i] = next;
    else next = asian[i]!;
  }
  for (let i = 0, pi = -1, st = parts[0]?.style, cjk = 0; i < n; i++) {
    // A part's style and its em width once per part, not per character.
    if (owner[i] !== pi) {
      pi = owner[i]!;
      st = parts[pi]!.style;
      cjk = cjkAdvance(st.size) + st.spacing;
    }
    const c = codes[i]!;
    const cls = info[i]! & CLASS_MASK;
    spacing[i] = st!.spacing;
    if (cls === TAB || cls === BREAK) widths[i] = 0;
    else if (asian[i] && c !== SPACE) widths[i] = cjk;
    else widths[i] = latinAdvance(c, st!.size, st!.bold) + st!.spacing;
    gaps[i] = 0;
    if (i > 0 && asian[i] !== asian[i - 1]) {
      // Character spacing is not applied at the end of a script portion.
      let g = -spacing[i - 1]!;
      const a = info[i - 1]!;
      const b = info[i]!;
      if ((a & IDEOGRAPHIC && b & LATIN_ALNUM) || (a & LATIN_ALNUM && b & IDEOGRAPHIC)) g += autospace(st!);
      gaps[i] = g;
    }
  }
  m.n = n;
  return m;
}

/**
 * Hanging punctuation (，。、；：？！ and ASCII , .) hangs only after Chinese text: after a Latin
 * letter or digit it belongs to the Latin word, which must fit whole (as LibreOffice does).
 */
function canHang(info: Uint8Array, i: number, asian: Uint8Array): boolean {
  return (info[i]! & HANGS) !== 0 && i > 0 && asian[i - 1] === 1;
}

/** May a line end between chars[i-1] and chars[i]? */
function canBreakBefore(codes: Int32Array, info: Uint8Array, i: number): boolean {
  const a = codes[i - 1]!;
  const b = codes[i]!;
  if (a === NEWLINE) return true;
  if (b === SPACE) return false;
  if (a === SPACE) return true;
  const ia = info[i - 1]!;
  const ib = info[i]!;
  if ((ia & CLASS_MASK) === LATIN && (ib & CLASS_MASK) === LATIN) return false;
  return (ia & NO_END) === 0 && (ib & NO_START) === 0;
}

/**
 * Break a paragraph into lines. `firstWidth` is the first line's measure (after a first-line
 * indent), `restWidth` the others'. `\n` forces a break. An empty paragraph is one line.
 * `hang`: closing punctuation may hang past the measure (LibreOffice does so in the text, never
 * inside a table cell).
 */
export function breakLines(parts: readonly StyledText[], firstWidth: number, restWidth: number, hang = true): LineBox[] {
  const { n, codes, info, widths, gaps, spacing, asian } = measure(parts);
  const lines: LineBox[] = [];
  let s = 0;
  while (s < n || lines.length === 0) {
    const avail = lines.length === 0 ? firstWidth : restWidth;
    let x = 0;
    let i = s;
    let end = -1;
    let width = 0;
    for (; i < n; i++) {
      if (codes[i] === NEWLINE) {
        end = i + 1;
        width = x;
        break;
      }
      const add = (i > s ? gaps[i]! : 0) + widths[i]!;
      // Spaces at the end of a line hang in the margin.
      if (codes[i] === SPACE) {
        x += add;
        continue;
      }
      // The last character of a line carries no character spacing (LibreOffice ends a portion there).
      if (x + add - spacing[i]! > avail + EPS && i > s) {
        if (hang && canHang(info, i, asian) && (i + 1 >= n || canBreakBefore(codes, info, i + 1))) {
          end = i + 1;
          width = x;
          break;
        }
        let b = i;
        while (b > s && !canBreakBefore(codes, info, b)) b--;
        end = b > s ? b : i;
        width = lineWidth(widths, gaps, s, end) - spacing[end - 1]!;
        break;
      }
      x += add;
    }
    if (end < 0) {
      end = n;
      width = x;
    }
    lines.push({ start: s, end, width });
    s = end;
    if (s >= n) break;
  }
  // A paragraph ending in a forced break gets an empty last line (title lines never do).
  return lines;
}

function lineWidth(widths: Float64Array, gaps: Float64Array, s: number, e: number): number {
  let x = 0;
  for (let i = s; i < e; i++) x += (i > s ? gaps[i]! : 0) + widths[i]!;
  return x;
}

/** Width in twips of a single line of text (no breaking). */
export function textWidth(parts: readonly StyledText[]): number {
  const { n, widths, gaps } = measure(parts);
  return lineWidth(widths, gaps, 0, n);
}
