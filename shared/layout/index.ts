/**
 * layoutDocument: the typeset, paginated document for one export variant. The .docx writer
 * writes its sections; the preview draws its pages; both therefore agree on line breaks, page
 * count and where the 版记 goes. The one door for both: the plan's types and measures they need are
 * re-exported here.
 */
import type { ReportDocument } from '../model/document';
import { GRID } from '../gbt9704';
import { paginate, type LaidPage, type PlanSection } from './paginate';
import { contentBlocks } from './plan';
import { colophon } from './colophon';
import { tableHeight } from './measure';
import { blank } from './para';
import type { PlanBlock } from './types';
import type { ExportVariant } from '../export/variant';

export type { Align, PlanPara, PlanRow, PlanRun, PlanTable } from './types';
export { DRAFT_MARK } from './types';
export { cellWidth, cellColumns, paraLines, spanWidth } from './measure';
export type { LaidPage, PlacedLine, PlacedRow } from './paginate';

export interface Layout {
  variant: ExportVariant;
  sections: PlanSection[];
  pages: LaidPage[];
}

/** The bottom of the grid: 22 lines. The 版记's last rule sits here. */
const GRID_BOTTOM = GRID.linesPerPage * GRID.line;
/**
 * A paragraph must follow the 版记 table (Word requires one after a table); it is made tiny so
 * it fits in the 18 twips between the grid and the bottom margin.
 */
const TRAILER_LINE = 12;

export function layoutDocument(doc: ReportDocument, variant: ExportVariant): Layout {
  const content = contentBlocks(doc, variant);
  const table = variant === 'web' ? null : colophon(doc);
  if (!table) {
    const sections = [{ blocks: content, numbered: true }];
    return { variant, sections, pages: paginate(sections) };
  }
  // Where does the content end? The 版记 goes on the bottom of an even page: this one if it is
  // even and has room, else the next (an odd page gets its back side; a full even page gets a
  // blank page and then the 版记 page, both without page numbers).
  const pages = paginate([{ blocks: content, numbered: true }]);
  const last = pages[pages.length - 1]!;
  const height = tableHeight(table);
  const top = GRID_BOTTOM - height;
  const trailer = { ...blank(TRAILER_LINE), role: 'pad' as const };
  const pad = (h: number, pageBreakBefore = false): PlanBlock[] =>
    h > 0 || pageBreakBefore ? [{ ...blank(Math.max(h, 1)), role: 'pad' as const, ...(pageBreakBefore ? { pageBreakBefore } : {}) }] : [];
  const even = (last.index + 1) % 2 === 0;
  let sections: PlanSection[];
  if (even && last.used <= top) {
    sections = [{ blocks: [...content, ...pad(top - last.used), table, trailer], numbered: true }];
  } else if (!even) {
    sections = [{ blocks: [...content, ...pad(top, true), table, trailer], numbered: true }];
  } else {
    sections = [
      { blocks: content, numbered: true },
      { blocks: [blank(), ...pad(top, true), table, trailer], numbered: false },
    ];
  }
  return { variant, sections, pages: paginate(sections) };
}
