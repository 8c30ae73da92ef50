/**
 * A prescribed table (政府信息公开 样表) in the plan: its merged headers as Word merges them
 * (gridSpan across, vMerge down), 五号 仿宋 on exact lines as published reports set these tables,
 * numbers centred, the whole grid shared out over the 156 mm 版心 by the template's relative
 * column widths. Header rows repeat on each page; no row is split (the writer sets both).
 */
import type { FixedTable } from '../model/document';
import type { FixedTableDef } from '../model/fixed-table';
import { computeTotals, formatValue, gridOf, isNumberCell } from '../model/fixed-table-grid';
import { COLOR, PAGE, RULE } from '../gbt9704';
import { fixedTableDef } from '../templates';
import { cellTextHeight, rowHeight } from './measure';
import { para } from './para';
import type { PlanCell, PlanRow, PlanTable } from './types';
import type { ExportVariant as Variant } from '../export/variant';

/** 五号 (10.5 pt): fifteen columns of 结果维持 must fit the 版心, as real reports print them. */
const FIXED_TABLE_SIZE = 10.5;
/** Exact 14 pt lines: two lines of a header fit where one 四号 line would. */
const LINE = 280;
const CELL_MARGIN = 57; // 1 mm
/** What an empty number cell shows in a draft (never printed in the official file: the checker refuses it). */
const PENDING = '待填';

export function fixedTable(b: FixedTable, variant: Variant, def: FixedTableDef | undefined = fixedTableDef(b.table)): PlanTable | undefined {
  if (!def) return undefined;
  const grid = gridOf(def);
  const values = computeTotals(def, b.values);
  const totalWeight = def.columns.reduce((a, x) => a + x, 0);
  const columns = def.columns.map((w) => Math.floor((w / totalWeight) * PAGE.textWidth));
  columns[columns.length - 1]! += PAGE.textWidth - columns.reduce((a, x) => a + x, 0);

  const style = { font: 'body' as const, size: FIXED_TABLE_SIZE, spacing: 0 };
  const rows: PlanRow[] = [];
  for (let r = 0; r < grid.height; r++) {
    const header = r < def.headerRows;
    const cells: PlanCell[] = [];
    for (let c = 0; c < grid.width; ) {
      const placed = grid.at[r]![c];
      if (!placed) break;
      const span = placed.colSpan;
      if (placed.row !== r) {
        cells.push({ paras: [para('cell', [], { align: 'center', line: LINE })], ...(span > 1 ? { colSpan: span } : {}), vMerge: 'continue' });
      } else {
        const d = placed.def;
        let text: string;
        let bold = header;
        let align: 'center' | 'left' = 'center';
        if (isNumberCell(d)) {
          const v = values[d.key];
          text = v === null || v === undefined ? (variant === 'draft' ? PENDING : '') : formatValue(v);
        } else {
          text = d.text;
          bold ||= !!d.head;
          // Numbered row headings (一、… （三）… 1.…) read from the left, as in the 样表; every other
          // label is centred — by its kind, not its length, so one column never mixes the two
          // (规章 centred over 行政规范性文件 flush left read as a mistake).
          if (!header && !d.head && /^[一二三四五六七八九十（0-9]/.test(d.text)) align = 'left';
        }
        const runs = text ? [{ text, ...style, ...(bold ? { bold: true } : {}), ...(variant === 'draft' && text === PENDING ? { color: '808080' } : {}) }] : [];
        cells.push({
          paras: [para('cell', runs, { align, line: LINE })],
          ...(span > 1 ? { colSpan: span } : {}),
          ...(placed.rowSpan > 1 ? { vMerge: 'restart' as const } : {}),
        });
      }
      c += span;
    }
    rows.push({ cells, header });
  }
  const rule = RULE.tableSz;
  const t: PlanTable = {
    kind: 'table',
    role: 'table',
    columns,
    rows,
    cellMargin: CELL_MARGIN,
    rules: { color: COLOR.black, top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
  };
  // A cell merged down needs its rows together as tall as its text: the last row takes the rest.
  for (const placed of grid.cells) {
    if (placed.rowSpan < 2) continue;
    const row = rows[placed.row]!;
    const ci = row.cells.findIndex((_, i) => startColumn(row, i) === placed.col);
    if (ci < 0) continue;
    const need = cellTextHeight(t, row, ci);
    const covered = rows.slice(placed.row, placed.row + placed.rowSpan);
    const have = covered.reduce((h, x) => h + rowHeight(t, x), 0);
    if (need > have) {
      const last = covered[covered.length - 1]!;
      last.minHeight = rowHeight(t, last) + (need - have);
    }
  }
  return t;
}

function startColumn(row: PlanRow, ci: number): number {
  return row.cells.slice(0, ci).reduce((a, c) => a + (c.colSpan ?? 1), 0);
}
