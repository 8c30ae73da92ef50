/**
 * Tables of the body: 四号 cells on exact lines, columns shared out by their natural widths, ruled
 * all round.
 */
import type { Table } from '../model/document';
import { runsText } from '../model/document';
import { COLOR, PAGE, RULE, SIZE } from '../gbt9704';
import { textWidth } from './linebreak';
import { modelRuns, para } from './para';
import type { PlanCell, PlanRow, PlanTable } from './types';
import type { ExportVariant } from '../export/variant';

const CELL_MARGIN = 85; // 1.5 mm
/** Cell text: 四号 on exact 20 pt lines, so rows stay compact in Word, WPS and LibreOffice. */
const CELL_LINE = 400;

export function table(t: Table, variant: ExportVariant): PlanTable {
  const ncol = Math.max(...t.rows.map((r) => r.length));
  const cellStyle = (bold: boolean) => ({ size: SIZE.table, spacing: 0, ...(bold ? { bold } : {}) });
  // Natural width of each column: its widest cell (capped), at least two characters.
  const natural = new Array<number>(ncol).fill(0);
  t.rows.forEach((r, ri) =>
    r.forEach((c, ci) => {
      const w = textWidth([{ text: runsText(c.runs), style: cellStyle(ri < t.headerRows) }]);
      natural[ci] = Math.max(natural[ci]!, Math.min(w, PAGE.textWidth * 0.6));
    }),
  );
  const columns = fitColumns(natural.map((w) => Math.max(w + 2 * CELL_MARGIN + 20, 2 * SIZE.table * 20 + 2 * CELL_MARGIN)), PAGE.textWidth);
  const rows: PlanRow[] = t.rows.map((r, ri) => {
    const header = ri < t.headerRows;
    const cells: PlanCell[] = [];
    for (let ci = 0; ci < ncol; ci++) {
      const c = r[ci];
      const runs = c ? modelRuns(c.runs, 'body', variant, SIZE.table, 0).map((x) => (header ? { ...x, bold: true } : x)) : [];
      cells.push({ paras: [para('cell', runs, { align: header ? 'center' : 'left', line: CELL_LINE })] });
    }
    return { cells, header };
  });
  const rule = RULE.tableSz;
  const rules = { color: COLOR.black, top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule };
  return { kind: 'table', role: 'table', columns, rows, cellMargin: CELL_MARGIN, rules };
}

/** Share `total` among columns: narrow columns keep their natural width, the rest split what is left in proportion. */
export function fitColumns(natural: number[], total: number): number[] {
  const sum = natural.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum <= total) widths = natural.map((w) => (w / sum) * total);
  else {
    const fixed = new Set<number>();
    for (;;) {
      const free = natural.map((_, i) => i).filter((i) => !fixed.has(i));
      const room = total - [...fixed].reduce((a, i) => a + natural[i]!, 0);
      const freeSum = free.reduce((a, i) => a + natural[i]!, 0);
      const share = room / free.length;
      const more = free.filter((i) => natural[i]! <= share);
      if (!more.length || free.length === more.length) {
        widths = natural.map((w, i) => (fixed.has(i) ? w : (w / freeSum) * room));
        break;
      }
      more.forEach((i) => fixed.add(i));
    }
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}
