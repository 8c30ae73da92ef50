/**
 * What a fixed table's definition means as a grid: where each cell sits once spans are placed,
 * the labels a number cell is read under (its row and column headings, for messages and for
 * reading a table back from a .docx), and the computed totals. Pure and shared by the template
 * schema, the checker, the editor, layout, rollover and import.
 */
import type { FixedCellDef, FixedNumberCell, FixedTableDef } from './fixed-table';

interface PlacedCell {
  def: FixedCellDef;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

interface Grid {
  width: number;
  height: number;
  /** Cells in reading order (row by row, left to right), each once. */
  cells: PlacedCell[];
  /** `at[row][col]`: the cell covering that position (undefined only in a malformed table). */
  at: (PlacedCell | undefined)[][];
  problems: string[];
}

export const isNumberCell = (c: FixedCellDef): c is FixedNumberCell => 'key' in c;

const grids = new WeakMap<FixedTableDef, Grid>();

/** Place the cells, as a browser places an HTML table's; problems name rows that do not fit. */
export function gridOf(def: FixedTableDef): Grid {
  const cached = grids.get(def);
  if (cached) return cached;
  const width = def.columns.length;
  const height = def.rows.length;
  const at: (PlacedCell | undefined)[][] = def.rows.map(() => new Array<PlacedCell | undefined>(width).fill(undefined));
  const cells: PlacedCell[] = [];
  const problems: string[] = [];
  def.rows.forEach((row, r) => {
    let c = 0;
    for (const d of row) {
      while (c < width && at[r]![c]) c++;
      const placed: PlacedCell = { def: d, row: r, col: c, rowSpan: d.rowSpan ?? 1, colSpan: d.colSpan ?? 1 };
      if (c + placed.colSpan > width || r + placed.rowSpan > height) {
        problems.push(`第${r + 1}行的单元格超出表格范围`);
        return;
      }
      for (let i = r; i < r + placed.rowSpan; i++)
        for (let j = c; j < c + placed.colSpan; j++) {
          if (at[i]![j]) problems.push(`第${i + 1}行第${j + 1}列的单元格重叠`);
          at[i]![j] = placed;
        }
      cells.push(placed);
      c += placed.colSpan;
    }
  });
  at.forEach((row, r) => {
    if (row.some((x) => !x)) problems.push(`第${r + 1}行未填满${width}列`);
  });
  const grid = { width, height, cells, at, problems };
  grids.set(def, grid);
  return grid;
}

/** The number cells in reading order. */
export function numberCells(def: FixedTableDef): (PlacedCell & { def: FixedNumberCell })[] {
  return gridOf(def).cells.filter((c): c is PlacedCell & { def: FixedNumberCell } => isNumberCell(c.def));
}

/** Everything wrong with a definition, in Chinese (the template schema reports these). */
export function fixedTableProblems(def: FixedTableDef): string[] {
  const problems = [...gridOf(def).problems];
  const cells = numberCells(def);
  const keys = new Map<string, FixedNumberCell>();
  for (const c of cells) {
    if (keys.has(c.def.key)) problems.push(`单元格编号重复：${c.def.key}`);
    keys.set(c.def.key, c.def);
  }
  const known = (k: string, what: string) => {
    if (!keys.has(k)) problems.push(`${what}引用了不存在的单元格：${k}`);
  };
  for (const c of cells) {
    for (const k of c.def.sum ?? []) known(k, `合计 ${c.def.key} `);
    if (c.def.rollFrom) known(c.def.rollFrom, `结转 ${c.def.key} `);
  }
  for (const ch of def.checks) [ch.at, ...ch.left, ...ch.right].forEach((k) => known(k, '勾稽关系'));
  // Totals may add up totals, but never themselves.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (k: string): boolean => {
    if (state.get(k) === 'done') return true;
    if (state.get(k) === 'visiting') return false;
    state.set(k, 'visiting');
    const ok = (keys.get(k)?.sum ?? []).every(visit);
    state.set(k, 'done');
    return ok;
  };
  for (const k of keys.keys()) if (!visit(k)) problems.push(`合计 ${k} 循环引用`);
  return problems;
}

export type FixedValues = Record<string, number | null>;

/** Rounds away binary noise (0.1 + 0.2) at the finest precision any cell takes. */
const tidy = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * Every total computed from its parts: the sum of the parts filled in, or null (待填) while none
 * is. Input cells are copied as they are; keys the table does not have are dropped.
 */
export function computeTotals(def: FixedTableDef, values: Readonly<FixedValues>): FixedValues {
  const byKey = new Map(numberCells(def).map((c) => [c.def.key, c.def]));
  const out: FixedValues = Object.create(null) as FixedValues;
  const value = (k: string): number | null => {
    if (k in out) return out[k]!;
    const d = byKey.get(k);
    let v: number | null;
    if (d?.sum) {
      const parts = d.sum.map(value).filter((x): x is number => x !== null);
      v = parts.length ? tidy(parts.reduce((a, b) => a + b, 0)) : null;
    } else v = Object.hasOwn(values, k) ? (values[k] ?? null) : null;
    out[k] = v;
    return v;
  };
  for (const k of byKey.keys()) value(k);
  return out;
}

/** A new table: every cell 待填. */
export function emptyValues(def: FixedTableDef): FixedValues {
  return computeTotals(def, {});
}

/** This year's table from last year's: `rollFrom` cells take last year's value, the rest 待填. */
export function rollValues(def: FixedTableDef, last: Readonly<FixedValues>): FixedValues {
  const next: FixedValues = Object.create(null) as FixedValues;
  for (const c of numberCells(def)) {
    const from = c.def.rollFrom;
    if (from && Object.hasOwn(last, from)) next[c.def.key] = last[from] ?? null;
  }
  return computeTotals(def, next);
}

interface CellLabels {
  /** Row headings left of the cell, outermost first. */
  row: string[];
  /** Column headings above the cell, outermost first. */
  column: string[];
}

/**
 * The headings a number cell is read under: going left along its row and up its first column,
 * past number cells to the first label, then every label up to the next number cell or the edge
 * (so a stacked table's second part does not borrow the first's headings).
 */
export function cellLabels(def: FixedTableDef, key: string): CellLabels | undefined {
  const grid = gridOf(def);
  const cell = grid.cells.find((c) => isNumberCell(c.def) && c.def.key === key);
  if (!cell) return undefined;
  const text = (c: PlacedCell | undefined) => (c && !isNumberCell(c.def) ? c.def.text : undefined);
  // Past number cells to the first label, then every label up to the next number cell or the edge.
  const collect = (along: (PlacedCell | undefined)[]): string[] => {
    const out: string[] = [];
    let seen: PlacedCell | undefined;
    for (const c of along) {
      if (!c || c === seen) continue;
      seen = c;
      const t = text(c);
      if (t === undefined) {
        if (out.length) break;
        continue;
      }
      out.unshift(t);
    }
    return out;
  };
  const left = grid.at[cell.row]!.slice(0, cell.col).reverse();
  const above = grid.at
    .slice(0, cell.row)
    .map((r) => r[cell.col])
    .reverse();
  return { row: collect(left), column: collect(above) };
}

/**
 * Between the levels of a merged heading in a cell's name: “法人或其他组织·商业企业”列, read as one
 * heading under the other (glued, “法人或其他组织商业企业”, they read as one made-up word).
 */
const LEVELS = '·';

/**
 * “三、本年度办理结果·（三）不予公开·1.属于国家秘密”行“法人或其他组织·商业企业”列 — where a cell
 * is, in the clerk's words: the one name the checker, the import notes, the preview's and the
 * editor's tooltips all use.
 */
export function cellName(def: FixedTableDef, key: string): string {
  const labels = cellLabels(def, key);
  if (!labels) return key;
  // Long notes (the 勾稽 note over the row headings) say nothing of the cell; two column levels
  // tell every column apart (申请人情况·自然人, 法人或其他组织·商业企业).
  const short = (xs: string[]) => xs.filter((x) => x.length <= 40);
  const row = short(labels.row).join(LEVELS);
  const column = short(labels.column).slice(-2).join(LEVELS);
  return [row && `“${row}”行`, column && `“${column}”列`].filter(Boolean).join('');
}

/** A number as printed: integers plain, amounts with their fraction, empty as 待填 in drafts. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(tidy(v));
}
