/**
 * The typeset plan's vocabulary: paragraphs and tables with their font roles, sizes, indents,
 * exact line heights and rules, as the .docx writer and the paged preview draw them.
 */
import type { FontRole } from '../fonts';

/** The mark on every page of a 草稿 (the .docx page header and the preview). */
export const DRAFT_MARK = '草稿（未定稿）';
/** The preview's on-screen mark beside an empty heading (see `PlanPara.problem`). */
export const EMPTY_HEADING_MARK = '标题为空';
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface PlanRun {
  /** May hold '\t' (to the next tab stop) and '\n' (line break). */
  text: string;
  font: FontRole;
  /** Points. */
  size: number;
  /** Character spacing, twips. */
  spacing: number;
  bold?: boolean;
  color?: string;
  /** A figure carried over from last year, still to be confirmed (highlighted in drafts). */
  highlight?: boolean;
  /** Horizontal scale in percent (发文机关标志 too long for one line). */
  scale?: number;
  /** The current page number (footers). */
  pageField?: boolean;
}

export interface PlanTab {
  pos: number;
  align: 'left' | 'right';
}

export interface PlanBorder {
  /** Eighths of a point. */
  sz: number;
  color: string;
  /** Distance from the text, points. */
  space: number;
}

export type ParaRole =
  | 'headerField'
  | 'organMark'
  | 'blank'
  | 'docNumber'
  | 'signers'
  | 'title'
  | 'addressee'
  | 'body'
  | 'heading'
  | 'attachNote'
  | 'signature'
  | 'date'
  | 'note'
  | 'attachLabel'
  | 'attachTitle'
  | 'cell'
  | 'colophon'
  | 'pad'
  | 'footer'
  | 'draftMark';

export interface PlanPara {
  kind: 'para';
  role: ParaRole;
  runs: PlanRun[];
  align: Align;
  /** Twips; `firstLine` negative = hanging. */
  indent: { left: number; right: number; firstLine: number };
  /** Exact line height, twips. */
  line: number;
  /** Space before, twips. */
  before: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  tabs?: PlanTab[];
  borderBottom?: PlanBorder;
  /** Heading level, for headings. */
  level?: number;
  /**
   * What the preview marks on screen, beside the text (never printed, never in the .docx): a
   * heading left empty, which would print a bare “二、”. The checker refuses the official file.
   */
  problem?: string;
}

export interface PlanCell {
  paras: PlanPara[];
  /** Grid columns the cell covers (merged header), default 1. */
  colSpan?: number;
  /**
   * Merged down: `restart` starts a cell covering the rows below, each of which carries a
   * `continue` cell at the same columns (Word's vMerge). Only the `restart` cell has text.
   */
  vMerge?: 'restart' | 'continue';
}
export interface PlanRow {
  cells: PlanCell[];
  header: boolean;
  /** Exact row height (twips) when fixed (版记 rows). */
  exactHeight?: number;
  /** At least this tall (twips): the last row of a merged cell whose text needs more room. */
  minHeight?: number;
}
export interface PlanTable {
  kind: 'table';
  role: 'table' | 'colophon';
  /** Column widths, twips; they sum to the 版心 width. */
  columns: number[];
  rows: PlanRow[];
  /** Cell margins left/right, twips. */
  cellMargin: number;
  /** Its rules, decided here once: the .docx writer and the preview draw exactly these. */
  rules: PlanTableRules;
}
/** A table's rules: widths in eighths of a point (docx `sz`), 0 for none. */
export interface PlanTableRules {
  color: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Between rows. */
  insideHorizontal: number;
  /** Between columns. */
  insideVertical: number;
}
export type PlanBlock = PlanPara | PlanTable;
