/**
 * Prescribed tables (政府信息公开 样表): every number filled in, whole where it must be, totals equal
 * to their parts, and the template's balances (三: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理).
 * Each finding names the table and the cell, and carries the cell so the editor can mark it.
 */
import type { Block, FixedTable, Section } from '../../model/document';
import type { FixedTableDef } from '../../model/fixed-table';
import { cellLabels, cellName, computeTotals, formatValue, numberCells } from '../../model/fixed-table-grid';
import { fixedTableDef } from '../../templates';
import type { CheckContext, FindingLocation, Hit } from '../types';
import { TM } from './fixed-tables-messages';


export interface TablePlace {
  block: FixedTable;
  def: FixedTableDef | undefined;
  location: FindingLocation;
}

/** Every fixed table of the body, with the section it stands in. */
export function fixedTables(ctx: CheckContext): TablePlace[] {
  const out: TablePlace[] = [];
  const walk = (blocks: readonly Block[], parent: Section | undefined) => {
    for (const b of blocks) {
      if (b.type === 'section') walk(b.children, b);
      else if (b.type === 'fixedTable')
        out.push({ block: b, def: fixedTableDef(b.table), location: parent ? { type: 'section', sectionId: parent.id } : { type: 'body' } });
    }
  };
  walk(ctx.doc.body, undefined);
  return out;
}

const cellHit = (p: TablePlace, key: string, message: string): Hit => ({
  message,
  location: p.location,
  cell: { table: p.block.table, key },
});

export function tableUnknown(ctx: CheckContext): Hit[] {
  return fixedTables(ctx)
    .filter((p) => !p.def)
    .map((p) => ({ message: TM.unknown(p.block.table), location: p.location }));
}

export function tableEmpty(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const p of fixedTables(ctx)) {
    if (!p.def) continue;
    const empty = numberCells(p.def).filter((c) => !c.def.sum && (p.block.values[c.def.key] ?? null) === null);
    if (empty.length) hits.push(cellHit(p, empty[0]!.def.key, TM.empty(p.def.name, empty.length, cellName(p.def, empty[0]!.def.key))));
  }
  return hits;
}

export function tableNumberForm(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const p of fixedTables(ctx)) {
    if (!p.def) continue;
    for (const c of numberCells(p.def)) {
      const v = p.block.values[c.def.key];
      if (v === null || v === undefined) continue;
      const decimals = c.def.decimals ?? 0;
      const name = cellName(p.def, c.def.key);
      if (decimals === 0 && !Number.isInteger(v)) hits.push(cellHit(p, c.def.key, TM.notWhole(p.def.name, name, formatValue(v))));
      else if (decimals > 0 && Math.round(v * 10 ** decimals) !== v * 10 ** decimals)
        hits.push(cellHit(p, c.def.key, TM.tooFine(p.def.name, name, String(v), decimals)));
    }
  }
  return hits;
}

/** A total as it stands in the draft (an import, an older file) against the sum of its parts. */
export function tableSum(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const p of fixedTables(ctx)) {
    if (!p.def) continue;
    const computed = computeTotals(p.def, p.block.values);
    for (const c of numberCells(p.def)) {
      if (!c.def.sum) continue;
      const stored = p.block.values[c.def.key] ?? null;
      const sum = computed[c.def.key] ?? null;
      if (stored === null || sum === null || stored === sum) continue;
      hits.push(cellHit(p, c.def.key, TM.sum(p.def.name, cellName(p.def, c.def.key), formatValue(stored), formatValue(sum))));
    }
  }
  return hits;
}

/** The template's balances, once every cell they name has a number. */
export function tableBalance(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const p of fixedTables(ctx)) {
    if (!p.def) continue;
    const def = p.def;
    // Totals as computed; a total whose parts are all 待填 (an import that read only the totals) as printed.
    const computed = computeTotals(def, p.block.values);
    const v: Record<string, number | null> = {};
    for (const c of numberCells(def)) v[c.def.key] = computed[c.def.key] ?? p.block.values[c.def.key] ?? null;
    const rowName = (k: string) => cellLabels(def, k)?.row.at(-1)?.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, '') ?? k;
    for (const check of def.checks) {
      const keys = [...check.left, ...check.right];
      if (keys.some((k) => (v[k] ?? null) === null)) continue;
      const side = (ks: string[]) => {
        const total = ks.reduce((a, k) => a + v[k]!, 0);
        return { total, text: `${ks.map((k) => `${rowName(k)} ${formatValue(v[k])}`).join(' ＋ ')} ＝ ${formatValue(total)}` };
      };
      const l = side(check.left);
      const r = side(check.right);
      if (Math.abs(l.total - r.total) < 1e-9) continue;
      const column = cellLabels(def, check.at)?.column.at(-1) ?? '';
      hits.push(cellHit(p, check.at, TM.balance(def.name, column ? TM.column(column) : '', l.text, r.text)));
    }
  }
  return hits;
}

/**
 * The arithmetic findings of one table, by cell key (the editor marks these cells as the clerk
 * types): the same rules and words as the checker's.
 */
export function tableProblems(block: FixedTable): Map<string, string> {
  const ctx = { doc: { body: [block] } } as unknown as CheckContext;
  const out = new Map<string, string>();
  for (const h of [...tableNumberForm(ctx), ...tableSum(ctx), ...tableBalance(ctx)]) if (h.cell && !out.has(h.cell.key)) out.set(h.cell.key, h.message);
  return out;
}

/** Sections whose slot holds a prescribed table: their emptiness is the table's, said per cell. */
export function holdsFixedTable(s: Section): boolean {
  return s.children.some((b) => b.type === 'fixedTable');
}
