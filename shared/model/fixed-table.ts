/**
 * Fixed tables: tables whose shape a regulation prescribes (the 政府信息公开工作年度报告's three
 * 样表). The shape — rows, columns, merged headers, which cells take numbers and which are totals —
 * is data in the template (`Template.tables`); a document holds only a `fixedTable` block naming
 * the table and the numbers keyed by cell. So the editor cannot change the shape, and a draft made
 * under one version of the shape still reads under the same keys.
 */
import * as z from 'zod/mini';
import { intIn, list, text } from './schema-parts';
import { stripNonXmlChars } from './xml-chars';

/** Cell keys: machine words such as `new.natural` (row.column); never shown to the clerk. */
const CELL_KEY = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)*$/;
const CellKey = z.string().check(z.maxLength(64), z.regex(CELL_KEY));

/** How many numbered cells one fixed table may have, and the largest number a cell takes. */
export const FIXED_TABLE_LIMITS = { cells: 1_000, value: 999_999_999, decimals: 4 } as const;

const span = z.optional(intIn(1, 40));

/** A printed label (a row or column heading); `head`: set bold and centred like a header row. */
const FixedLabelCell = z.object({
  text: text(200, 1),
  colSpan: span,
  rowSpan: span,
  head: z.optional(z.boolean()),
});
/**
 * A number cell. With `sum` it is a total: computed from the listed cells, never typed. `decimals`
 * (default 0) lets amounts in 万元 carry a fraction. `rollFrom`: when a report is rolled forward,
 * this cell takes last year's value of that cell (上年结转 ← 结转下年度继续办理).
 */
export const FixedNumberCell = z.object({
  key: CellKey,
  sum: z.optional(list(CellKey, FIXED_TABLE_LIMITS.cells, 1)),
  decimals: z.optional(intIn(0, FIXED_TABLE_LIMITS.decimals)),
  rollFrom: z.optional(CellKey),
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
  left: list(CellKey, 50, 1),
  right: list(CellKey, 50, 1),
});
type FixedCheck = z.infer<typeof FixedCheck>;

export const FixedTableDef = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/), z.maxLength(64)),
  /** What the clerk calls it in messages: 收到和处理政府信息公开申请情况表. */
  name: text(100, 1),
  /** Rows repeated at the top of each page the table runs onto. */
  headerRows: intIn(0, 5),
  /** Relative column widths; their number is the grid's width. */
  columns: list(z.number().check(z.positive(), z.lte(100)), 30, 1),
  /** Rows as in HTML: each lists the cells that start in it, left to right, spans covering the rest. */
  rows: list(list(FixedCellDef, 30, 1), 200, 1),
  checks: z._default(list(FixedCheck, 100), []),
});
export type FixedTableDef = z.infer<typeof FixedTableDef>;

/** A value: a number ≥ 0, or null = 待填 (not filled in yet). */
const FixedValue = z.nullable(z.number().check(z.gte(0), z.lte(FIXED_TABLE_LIMITS.value)));

/** The block in a document: which fixed table, and its numbers by cell key. */
export const FixedTable = z.object({
  type: z.literal('fixedTable'),
  table: z.string().check(z.minLength(1), z.maxLength(64), z.overwrite(stripNonXmlChars)),
  values: z.record(CellKey, FixedValue).check(
    z.refine((v) => Object.keys(v).length <= FIXED_TABLE_LIMITS.cells, {
      message: `表格数字过多（上限 ${FIXED_TABLE_LIMITS.cells} 格）`,
    }),
  ),
});
export type FixedTable = z.infer<typeof FixedTable>;
