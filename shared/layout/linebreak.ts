/**
 * Line breaking as LibreOffice does it for Chinese text on the GB/T 9704 grid: greedy, one em per
 * CJK character, Times New Roman widths for Latin, the small automatic gap between ideographs and
 * Latin letters/digits, hanging punctuation and the zh-CN forbidden line starts/ends. The exporter
 * counts lines with it (to put the 版记 on the bottom of the last page) and the preview draws them.
 */
import {
  HANGING,
  NO_LINE_END,
  NO_LINE_START,
  charClass,
  cjkAdvance,
  type CharClass,
  isIdeographic,
  isLatinAlnum,
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

interface Measured {
  chars: string[];
  classes: CharClass[];
  widths: number[];
  /** Extra width between char i-1 and char i when both sit on one line. */
  gaps: number[];
  /** Character spacing of each character (twips). */
  spacing: number[];
  asian: (boolean | undefined)[];
}

function measure(parts: readonly StyledText[]): Measured {
  const chars: string[] = [];
  const styles: TextStyle[] = [];
  for (const p of parts) {
    for (const ch of p.text) {
      chars.push(ch);
      styles.push(p.style);
    }
  }
  const n = chars.length;
  // Each character's class once: the loops below and the line breaker ask again and again.
  const classes = chars.map(charClass);
  // Weak punctuation (quotes, dashes) takes the script of the text before it (else after it).
  const asian = new Array<boolean | undefined>(n);
  let prev: boolean | undefined;
  for (let i = 0; i < n; i++) {
    const cls = classes[i];
    if (cls === 'cjk') asian[i] = prev = true;
    else if (cls === 'latin') asian[i] = prev = chars[i] === ' ' ? (prev ?? false) : false;
    else if (cls === 'weak') asian[i] = prev;
  }
  for (let i = n - 1, next = true; i >= 0; i--) {
    if (asian[i] === undefined) asian[i] = next;
    else next = asian[i]!;
  }
  const widths = new Array<number>(n);
  const gaps = new Array<number>(n).fill(0);
  const spacing = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const ch = chars[i]!;
    const st = styles[i]!;
    const cls = classes[i];
    spacing[i] = st.spacing;
    if (cls === 'tab' || cls === 'break') widths[i] = 0;
    else if (ch === ' ') widths[i] = latinAdvance(ch, st.size, st.bold) + st.spacing;
    else widths[i] = (asian[i] ? cjkAdvance(st.size) : latinAdvance(ch, st.size, st.bold)) + st.spacing;
    if (i > 0 && asian[i] !== asian[i - 1]) {
      // Character spacing is not applied at the end of a script portion.
      let g = -styles[i - 1]!.spacing;
      const a = chars[i - 1]!;
      if ((isIdeographic(a) && isLatinAlnum(ch)) || (isLatinAlnum(a) && isIdeographic(ch))) g += autospace(st);
      gaps[i] = g;
    }
  }
  return { chars, classes, widths, gaps, asian, spacing };
}

/**
 * Hanging punctuation (，。、；：？！ and ASCII , .) hangs only after Chinese text: after a Latin
 * letter or digit it belongs to the Latin word, which must fit whole (as LibreOffice does).
 */
function canHang(chars: readonly string[], i: number, asian: readonly (boolean | undefined)[]): boolean {
  return HANGING.has(chars[i]!) && i > 0 && asian[i - 1] === true;
}

/** May a line end between chars[i-1] and chars[i]? */
function canBreakBefore(chars: readonly string[], classes: readonly CharClass[], i: number): boolean {
  const a = chars[i - 1]!;
  const b = chars[i]!;
  if (a === '\n') return true;
  if (b === ' ') return false;
  if (a === ' ') return true;
  if (classes[i - 1] === 'latin' && classes[i] === 'latin') return false;
  if (NO_LINE_END.has(a)) return false;
  if (NO_LINE_START.has(b)) return false;
  return true;
}

/**
 * Break a paragraph into lines. `firstWidth` is the first line's measure (after a first-line
 * indent), `restWidth` the others'. `\n` forces a break. An empty paragraph is one line.
 */
export function breakLines(parts: readonly StyledText[], firstWidth: number, restWidth: number): LineBox[] {
  const { chars, classes, widths, gaps, spacing, asian } = measure(parts);
  const n = chars.length;
  const lines: LineBox[] = [];
  let s = 0;
  while (s < n || lines.length === 0) {
    const avail = lines.length === 0 ? firstWidth : restWidth;
    let x = 0;
    let i = s;
    let end = -1;
    let width = 0;
    for (; i < n; i++) {
      if (chars[i] === '\n') {
        end = i + 1;
        width = x;
        break;
      }
      const add = (i > s ? gaps[i]! : 0) + widths[i]!;
      // Spaces at the end of a line hang in the margin.
      if (chars[i] === ' ') {
        x += add;
        continue;
      }
      // The last character of a line carries no character spacing (LibreOffice ends a portion there).
      if (x + add - spacing[i]! > avail + EPS && i > s) {
        if (canHang(chars, i, asian) && (i + 1 >= n || canBreakBefore(chars, classes, i + 1))) {
          end = i + 1;
          width = x;
          break;
        }
        let b = i;
        while (b > s && !canBreakBefore(chars, classes, b)) b--;
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

function lineWidth(widths: readonly number[], gaps: readonly number[], s: number, e: number): number {
  let x = 0;
  for (let i = s; i < e; i++) x += (i > s ? gaps[i]! : 0) + widths[i]!;
  return x;
}

/** Width in twips of a single line of text (no breaking). */
export function textWidth(parts: readonly StyledText[]): number {
  const { widths, gaps } = measure(parts);
  return lineWidth(widths, gaps, 0, widths.length);
}
