/**
 * How a prescribed table's labels are set in the plan (preview and .docx alike), for every table
 * of every template: numbered row headings (一、 （三） 1.) flush left, every other label centred —
 * by kind, never by length, so no column mixes a centred 规章 with a flush-left 行政规范性文件.
 */
import { describe, expect, test } from 'vitest';
import { listTemplates } from '../../shared/templates';
import { fixedTable } from '../../shared/layout/fixed-table';
import { emptyValues, gridOf, isNumberCell } from '../../shared/model/fixed-table-grid';

const NUMBERED = /^[一二三四五六七八九十（0-9]/;
const tables = listTemplates().flatMap((t) => t.tables.map((def) => [`${t.id} › ${def.id}`, def] as const));

describe('label alignment in every prescribed table', () => {
  test.each(tables)('%s', (_, def) => {
    const plan = fixedTable({ type: 'fixedTable', table: def.id, values: emptyValues(def) }, 'official', def)!;
    const grid = gridOf(def);
    let labels = 0;
    for (const placed of grid.cells) {
      if (isNumberCell(placed.def)) continue;
      const row = plan.rows[placed.row]!;
      // The plan lists the cells that start or continue in the row, left to right, by grid column.
      let col = 0;
      const cell = row.cells.find((c) => {
        const at = col;
        col += c.colSpan ?? 1;
        return at === placed.col;
      })!;
      const align = cell.paras[0]!.align;
      const numbered = placed.row >= def.headerRows && !placed.def.head && NUMBERED.test(placed.def.text);
      expect(align, placed.def.text).toBe(numbered ? 'left' : 'center');
      labels++;
    }
    expect(labels).toBeGreaterThan(5);
  });
});
