/**
 * Reading a prescribed table (政府信息公开 样表) back from an imported report: the part's tables
 * and text become a stream of cells, and each row of the template's table is found by its label
 * (“一、本年新收政府信息公开申请数量”, “1.属于国家秘密”), its numbers being the cells that follow.
 * A .docx table gives cells directly; web text where the table arrived flattened (a cell a line,
 * or cells separated by | or spaces) gives the same stream, best effort. A row without a label
 * (四's one row of 15 numbers) is the first run of exactly that many numbers left over.
 *
 * Every cell that could not be read stays 待填 and is listed for the clerk; totals are taken as
 * printed, and the checker's arithmetic (shared/check/rules/fixed-tables.ts) is run on the result
 * so a table that does not add up says so at import.
 */
import { IMPORT_MESSAGES } from './messages';
import type { Block, FixedTable, Section } from '../model/document';
import { runsText } from '../model/document';
import type { FixedTableDef } from '../model/fixed-table';
import { FIXED_TABLE_LIMITS } from '../model/fixed-table';
import { cellLabels, cellName, gridOf, isNumberCell, numberCells, type FixedValues } from '../model/fixed-table-grid';
import type { Template } from '../model/template';
import { tableProblems } from '../check/rules/fixed-tables';

/** How many unread cells a note names before it says “等”. */
const NAMED = 8;

type Token = { kind: 'value'; value: number | null; block: number } | { kind: 'text'; text: string; block: number };

const FULL_DIGITS = /[０-９．，]/g;
const toHalf = (s: string) => s.replace(FULL_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
const NUMBER = /^\d{1,12}(\.\d{1,6})?$/;
/** Cells real reports leave for “not applicable”: read as 待填, the clerk decides. */
const NOT_APPLICABLE = /^[/／\-—–－]$/;

/** Labels compared without spaces, with full-width brackets and dots as the 样表 writes them. */
function normalizeLabel(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(\d)[．、]/g, '$1.')
    .replace(/:/g, '：')
    .replace(/,/g, '，')
    .replace(/[“”"]/g, '"');
}
const withoutOrdinal = (s: string) => s.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '');

function tokensOf(blocks: readonly Block[]): Token[] {
  const out: Token[] = [];
  const push = (raw: string, block: number) => {
    const pieces = raw.trim().split(/\s+/).filter(Boolean);
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', text, block });
      text = '';
    };
    for (const piece of pieces) {
      const p = toHalf(piece).replace(/,/g, '');
      if (NUMBER.test(p)) {
        flush();
        out.push({ kind: 'value', value: Number(p), block });
      } else if (NOT_APPLICABLE.test(p)) {
        flush();
        out.push({ kind: 'value', value: null, block });
      } else text += piece;
    }
    flush();
  };
  blocks.forEach((b, i) => {
    if (b.type === 'table') for (const row of b.rows) for (const cell of row) push(runsText(cell.runs), i);
    else if (b.type === 'paragraph') for (const cell of runsText(b.runs).split(/[|｜\t]/)) push(cell, i);
  });
  return out;
}

interface DefRow {
  label: string;
  keys: string[];
}

function defRows(def: FixedTableDef): DefRow[] {
  const grid = gridOf(def);
  const rows: DefRow[] = [];
  for (let r = 0; r < grid.height; r++) {
    const keys = grid.cells.filter((c) => c.row === r && isNumberCell(c.def)).map((c) => (c.def as { key: string }).key);
    if (!keys.length) continue;
    rows.push({ label: normalizeLabel(cellLabels(def, keys[0]!)?.row.at(-1) ?? ''), keys });
  }
  return rows;
}

interface ReadTable {
  values: FixedValues;
  /** Indexes of the blocks the table was read from (they give way to the fixed table). */
  used: Set<number>;
  /** Cells still 待填, in the clerk's words. */
  unread: string[];
  found: boolean;
}

/** The numbers of `def` found in `blocks`. */
function readFixedTable(def: FixedTableDef, blocks: readonly Block[]): ReadTable {
  const tokens = tokensOf(blocks).slice(0, FIXED_TABLE_LIMITS.cells * 20);
  const rows = defRows(def);
  const labels = new Set(
    gridOf(def)
      .cells.filter((c) => !isNumberCell(c.def))
      .flatMap((c) => {
        const l = normalizeLabel((c.def as { text: string }).text);
        return [l, withoutOrdinal(l)];
      }),
  );
  const values: FixedValues = Object.create(null) as FixedValues;
  const used = new Set<number>();
  const consumed = new Set<number>();
  const done = new Set<DefRow>();
  const take = (row: DefRow, from: number) => {
    const got: number[] = [];
    for (let j = from; j < tokens.length && got.length < row.keys.length && tokens[j]!.kind === 'value'; j++) got.push(j);
    if (got.length !== row.keys.length) return false;
    got.forEach((j, k) => {
      const t = tokens[j] as { value: number | null; block: number };
      values[row.keys[k]!] = t.value;
      consumed.add(j);
      used.add(t.block);
    });
    done.add(row);
    return true;
  };
  tokens.forEach((t, i) => {
    if (t.kind !== 'text') return;
    const label = normalizeLabel(t.text);
    if (labels.has(label) || labels.has(withoutOrdinal(label))) consumed.add(i);
    const row =
      rows.find((r) => r.label && !done.has(r) && r.label === label) ??
      rows.find((r) => r.label && !done.has(r) && withoutOrdinal(r.label) === withoutOrdinal(label) && withoutOrdinal(label).length >= 2);
    if (row && take(row, i + 1)) {
      consumed.add(i);
      used.add(t.block);
    }
  });
  // Rows with no label of their own (四): the first run of exactly as many numbers, not yet read.
  for (const row of rows.filter((r) => !r.label && !done.has(r))) {
    for (let i = 0; i < tokens.length; i++) {
      if (consumed.has(i) || tokens[i]!.kind !== 'value' || (i > 0 && tokens[i - 1]!.kind === 'value' && !consumed.has(i - 1))) continue;
      let n = 0;
      while (i + n < tokens.length && tokens[i + n]!.kind === 'value' && !consumed.has(i + n)) n++;
      if (n === row.keys.length && take(row, i)) break;
    }
  }
  // A paragraph that was nothing but the table's cells goes with it; one with other text stays.
  const blockTokens = new Map<number, number[]>();
  tokens.forEach((t, i) => blockTokens.set(t.block, [...(blockTokens.get(t.block) ?? []), i]));
  for (const [b, idx] of blockTokens) {
    const block = blocks[b]!;
    const all = idx.every((i) => consumed.has(i));
    if (block.type === 'paragraph' && !all) used.delete(b);
    // A line of the table's headings alone (“信息内容 | 本年制发件数 …”) goes with the table too.
    if (block.type === 'paragraph' && all && used.size) used.add(b);
  }
  const unread = numberCells(def)
    .filter((c) => !c.def.sum && (values[c.def.key] ?? null) === null)
    .map((c) => cellName(def, c.def.key));
  for (const c of numberCells(def)) if (!(c.def.key in values)) values[c.def.key] = null;
  return { values, used, unread, found: done.size > 0 };
}

/**
 * Every part of the template that holds a prescribed table: its imported tables and flattened
 * text read into the fixed table, which takes their place. Returns the notes for the clerk.
 */
export function readFixedTables(body: Block[], template: Template): { notes: string[]; absorbed: string[] } {
  const notes: string[] = [];
  const absorbed: string[] = [];
  for (const slot of template.slots) {
    const def = slot.table ? template.tables.find((t) => t.id === slot.table) : undefined;
    if (!def) continue;
    const section = body.find((b): b is Section => b.type === 'section' && (b.slot === slot.id || !!b.alsoSlots?.includes(slot.id)));
    if (!section || section.children.some((b) => b.type === 'fixedTable')) continue;
    absorbRows(body, section, absorbed);
    const read = readFixedTable(def, section.children);
    const block: FixedTable = { type: 'fixedTable', table: def.id, values: read.values };
    const first = read.used.size ? Math.min(...read.used) : section.children.length;
    const kept = section.children.filter((_, i) => !read.used.has(i));
    kept.splice(Math.min(first, kept.length), 0, block);
    section.children = kept;
    if (!read.found) {
      notes.push(IMPORT_MESSAGES.tableNotFound(slot.heading, def.name));
      continue;
    }
    if (read.unread.length) {
      const named = read.unread.slice(0, NAMED).join('、');
      notes.push(IMPORT_MESSAGES.tableCellsUnread(def.name, read.unread.length, named, read.unread.length > NAMED));
    }
    const problems = [...tableProblems(block).values()];
    if (problems.length) notes.push(IMPORT_MESSAGES.tableMismatch(def.name, problems.length, problems[0]!));
  }
  return { notes, absorbed };
}

/** A heading that is really a flattened table row: its text has cell separators. */
const ROW_LIKE = /[|｜\t]/;

/**
 * Flattened rows starting “一、本年新收…” or “（二）部分公开…” read as headings to the outline
 * importer. Under a table's part (and the slot-less first-level sections right after it) such
 * headings are put back as lines of the table; their texts are returned so the importer's notes
 * about them can go.
 */
function absorbRows(body: Block[], section: Section, absorbed: string[]): void {
  const flat = (blocks: readonly Block[]): Block[] =>
    blocks.flatMap((b) => {
      if (b.type !== 'section' || !ROW_LIKE.test(b.heading)) return [b];
      absorbed.push(b.heading);
      return [{ type: 'paragraph' as const, runs: [{ text: b.heading }] }, ...flat(b.children)];
    });
  const at = body.indexOf(section) + 1;
  const moved: Block[] = [];
  while (at < body.length) {
    const next = body[at]!;
    if (next.type !== 'section' || next.slot || !ROW_LIKE.test(next.heading)) break;
    moved.push(next);
    body.splice(at, 1);
  }
  section.children = flat([...section.children, ...moved]);
}
