/**
 * Fixed tables: tables whose shape a regulation prescribes (the 政府信息公开工作年度报告's three
 * 样表). The shape — rows, columns, merged headers, which cells take numbers and which are totals —
 * is data in the template (`Template.tables`); a document holds only a `fixedTable` block naming
 * the table and the numbers keyed by cell. So the editor cannot change the shape, and a draft made
 * under one version of the shape still reads under the same keys.
 */
import { z } from 'zod';
import { stripNonXmlChars } from './xml-chars';

/** Cell keys: machine words such as `new.natural` (row.column); never shown to the clerk. */
const CELL_KEY = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)*$/;
const CellKey = z.string().max(64).regex(CELL_KEY);

/** How many numbered cells one fixed table may have, and the largest number a cell takes. */
export const FIXED_TABLE_LIMITS = { cells: 1_000, value: 999_999_999, decimals: 4 } as const;

const span = z.number().int().min(1).max(40).optional();

/** A printed label (a row or column heading); `head`: set bold and centred like a header row. */
const FixedLabelCell = z.object({
  text: z.string().min(1).max(200),
  colSpan: span,
  rowSpan: span,
  head: z.boolean().optional(),
});
/**
 * A number cell. With `sum` it is a total: computed from the listed cells, never typed. `decimals`
 * (default 0) lets amounts in 万元 carry a fraction. `rollFrom`: when a report is rolled forward,
 * this cell takes last year's value of that cell (上年结转 ← 结转下年度继续办理).
 */
export const FixedNumberCell = z.object({
  key: CellKey,
  sum: z.array(CellKey).min(1).max(FIXED_TABLE_LIMITS.cells).optional(),
  decimals: z.number().int().min(0).max(FIXED_TABLE_LIMITS.decimals).optional(),
  rollFrom: CellKey.optional(),
  colSpan: span,
  rowSpan: span,
});
export const FixedCellDef = z.union([FixedLabelCell, FixedNumberCell]);
type FixedLabelCell = z.infer<typeof FixedLabelCell>;
export type FixedNumberCell = z.infer<typeof FixedNumberCell>;
export type FixedCellDef = z.infer<typeof FixedCellDef>;

/** A balance the checker verifies: the sum of `left` equals the sum of `right`; reported at `at`. */
const FixedCheck = z.object({
  at: CellKey,
  left: z.array(CellKey).min(1).max(50),
  right: z.array(CellKey).min(1).max(50),
});
type FixedCheck = z.infer<typeof FixedCheck>;

export const FixedTableDef = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/).max(64),
  /** What the clerk calls it in messages: 收到和处理政府信息公开申请情况表. */
  name: z.string().min(1).max(100),
  /** Rows repeated at the top of each page the table runs onto. */
  headerRows: z.number().int().min(0).max(5),
  /** Relative column widths; their number is the grid's width. */
  columns: z.array(z.number().positive().max(100)).min(1).max(30),
  /** Rows as in HTML: each lists the cells that start in it, left to right, spans covering the rest. */
  rows: z.array(z.array(FixedCellDef).min(1).max(30)).min(1).max(200),
  checks: z.array(FixedCheck).max(100).default([]),
});
export type FixedTableDef = z.infer<typeof FixedTableDef>;

/** A value: a number ≥ 0, or null = 待填 (not filled in yet). */
const FixedValue = z.number().min(0).max(FIXED_TABLE_LIMITS.value).nullable();

/** The block in a document: which fixed table, and its numbers by cell key. */
export const FixedTable = z.object({
  type: z.literal('fixedTable'),
  table: z.string().min(1).max(64).overwrite(stripNonXmlChars),
  values: z
    .record(CellKey, FixedValue)
    .refine((v) => Object.keys(v).length <= FIXED_TABLE_LIMITS.cells, { message: `表格数字过多（上限 ${FIXED_TABLE_LIMITS.cells} 格）` }),
});
export type FixedTable = z.infer<typeof FixedTable>;
