/**
 * Measuring the plan: the lines a paragraph breaks into, and the heights of paragraphs, rows and
 * tables on the exact grid. Pagination and the builders both ask; neither decides anything here.
 */
import { PAGE } from '../gbt9704';
import { breakLines, type LineBox, type StyledText } from './linebreak';
import type { PlanBorder, PlanPara, PlanRow, PlanTable } from './types';

/** Styled text of a paragraph's runs, for measuring. */
export function styledText(p: PlanPara): StyledText[] {
  return p.runs.map((r) => ({ text: r.text, style: { size: r.size, spacing: r.spacing, ...(r.bold ? { bold: true } : {}) } }));
}

/** The available measure of a paragraph's first and following lines, in a column `width` wide. */
export function measures(p: PlanPara, width: number = PAGE.textWidth): { first: number; rest: number } {
  const base = width - p.indent.left - p.indent.right;
  return { first: base - p.indent.firstLine, rest: base };
}

/**
 * The roles of paragraphs that live in table cells (data tables, the 版记). LibreOffice hangs no
 * punctuation past a cell's edge: a 抄送 line whose comma would hang breaks before the character
 * in front of it instead (test/integration/docx-render.test.ts compares every cell's lines).
 */
const IN_TABLE_CELL: ReadonlySet<PlanPara['role']> = new Set(['cell', 'colophon']);

/** Lines already broken, per paragraph and measure: pagination asks more than once. */
const lineCache = new WeakMap<PlanPara, Map<number, LineBox[]>>();

/** Line boxes of a paragraph (tabbed lines are single lines). Plan paragraphs are not mutated after creation. */
export function paraLines(p: PlanPara, width: number = PAGE.textWidth): LineBox[] {
  let byWidth = lineCache.get(p);
  if (!byWidth) lineCache.set(p, (byWidth = new Map()));
  let lines = byWidth.get(width);
  if (!lines) byWidth.set(width, (lines = computeLines(p, width)));
  return lines;
}

function computeLines(p: PlanPara, width: number): LineBox[] {
  if (p.tabs?.length || p.runs.length === 0) {
    // Tab lines are laid out by stops, and may hold '\n' only between whole lines.
    const text = p.runs.map((r) => r.text).join('');
    const lines: LineBox[] = [];
    let s = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === '\n') {
        lines.push({ start: s, end: i === text.length ? i : i + 1, width: 0 });
        s = i + 1;
      }
    }
    return lines;
  }
  const m = measures(p, width);
  return breakLines(styledText(p), m.first, m.rest, !IN_TABLE_CELL.has(p.role));
}

export function paraHeight(p: PlanPara, width?: number): number {
  const n = paraLines(p, width).length;
  return p.before + n * p.line + (p.borderBottom ? borderExtra(p.borderBottom) : 0);
}

/** Width of a border line in twips (docx `sz` is in eighths of a point). */
export function borderWidth(sz: number): number {
  return Math.round((sz / 8) * 20);
}

/** Height of a table: its rows and its bottom border (twips). */
export function tableHeight(t: PlanTable): number {
  return t.rows.reduce((h, r) => h + rowHeight(t, r), 0) + ruleBelow(t);
}

/** What a table's bottom rule adds below its last row (LibreOffice draws it outside), twips. */
export function ruleBelow(t: PlanTable): number {
  return borderWidth(t.rules.bottom);
}

/** What a bottom border adds to a paragraph's height: its distance and its width (twips). */
export function borderExtra(b: PlanBorder): number {
  return Math.round(b.space * 20 + (b.sz / 8) * 20);
}

export function cellWidth(t: PlanTable, ci: number): number {
  return t.columns[ci]! - 2 * t.cellMargin;
}

/** The first grid column of each cell of a row (cells may span columns). */
export function cellColumns(row: PlanRow): number[] {
  let col = 0;
  return row.cells.map((c) => {
    const at = col;
    col += c.colSpan ?? 1;
    return at;
  });
}

/** Inner width of a row's cell `ci`, its spanned columns together (twips). */
export function spanWidth(t: PlanTable, row: PlanRow, ci: number): number {
  const at = cellColumns(row)[ci]!;
  const span = row.cells[ci]!.colSpan ?? 1;
  return t.columns.slice(at, at + span).reduce((a, b) => a + b, 0) - 2 * t.cellMargin;
}

/** Height of a cell's text in its spanned width (twips). */
export function cellTextHeight(t: PlanTable, row: PlanRow, ci: number): number {
  const w = spanWidth(t, row, ci);
  return row.cells[ci]!.paras.reduce((h, p) => h + paraHeight(p, w), 0);
}

/**
 * Height of a table row: its tallest cell (twips). Cells merged down count in the rows they
 * cover through `minHeight`, which the table's builder sets on the last of them.
 */
export function rowHeight(t: PlanTable, row: PlanRow): number {
  if (row.exactHeight) return row.exactHeight;
  const plain = row.cells.some((c) => c.colSpan || c.vMerge);
  const heights = plain
    ? row.cells.map((c, ci) => (c.vMerge ? 0 : cellTextHeight(t, row, ci)))
    : row.cells.map((c, ci) => c.paras.reduce((h, p) => h + paraHeight(p, cellWidth(t, ci)), 0));
  return Math.max(row.minHeight ?? 0, ...heights);
}
