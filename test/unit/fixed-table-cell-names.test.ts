/**
 * A cell's name (the checker's findings, the import's list of cells not read, the editor's and the
 * preview's tooltips all use cellName) for every number cell of every prescribed table of every
 * template: unique within its table, and each level of a merged heading a whole label of the
 * table, never two glued into one made-up word (“申请人情况自然人”).
 */
import { describe, expect, test } from 'vitest';
import { listTemplates } from '../../shared/templates';
import { cellLabels, cellName, gridOf, isNumberCell, numberCells } from '../../shared/model/fixed-table-grid';

const tables = listTemplates().flatMap((t) => t.tables.map((def) => ({ template: t.id, def })));

describe('every cell of every prescribed table has a readable, unique name', () => {
  test('there are prescribed tables to check', () => {
    expect(tables.length).toBeGreaterThanOrEqual(3);
  });
  test.each(tables.map((x) => [`${x.template} › ${x.def.id}`, x.def] as const))('%s', (_, def) => {
    const labelTexts = new Set(gridOf(def).cells.flatMap((c) => (isNumberCell(c.def) ? [] : [c.def.text])));
    const names = numberCells(def).map((c) => cellName(def, c.def.key));
    expect(new Set(names).size).toBe(names.length);
    for (const [i, c] of numberCells(def).entries()) {
      const name = names[i]!;
      const m = /^(?:“(.+?)”行)?(?:“(.+?)”列)?$/.exec(name);
      expect(m, name).not.toBeNull();
      const [, row = '', column = ''] = m!;
      expect(row || column, name).not.toBe('');
      // Every level is one whole label of the table, in the order the cell is read under them.
      const levels = [...(row ? row.split('·') : []), ...(column ? column.split('·') : [])];
      for (const level of levels) expect(labelTexts.has(level), `${name}: “${level}” is not one label`).toBe(true);
      const labels = cellLabels(def, c.def.key)!;
      expect(row.split('·').filter(Boolean)).toEqual(labels.row.filter((x) => x.length <= 40));
      expect(column.split('·').filter(Boolean)).toEqual(labels.column.filter((x) => x.length <= 40).slice(-2));
    }
  });
});
