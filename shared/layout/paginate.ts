/**
 * Pagination of a plan on the exact grid: the same decisions LibreOffice and Word make for this
 * kind of document (exact line heights, no widow control, headings kept with the next line, table
 * rows never split, header rows repeated). The DOCX export uses it to place the 版记; the preview
 * draws its pages.
 */
import { PAGE } from '../gbt9704';
import type { LineBox } from './linebreak';
import { borderExtra, paraLines, rowHeight, ruleBelow } from './measure';
import type { PlanBlock, PlanPara, PlanTable } from './types';

export interface PlanSection {
  blocks: PlanBlock[];
  /** Pages of this section carry page numbers. */
  numbered: boolean;
}

export interface PlacedLine {
  kind: 'line';
  /** Twips from the top of the 版心. */
  y: number;
  para: PlanPara;
  box: LineBox;
  first: boolean;
  last: boolean;
}
export interface PlacedRow {
  kind: 'row';
  y: number;
  height: number;
  table: PlanTable;
  row: number;
}
type Placed = PlacedLine | PlacedRow;

export interface LaidPage {
  /** 0-based sheet side index; page n of the file is index n-1. */
  index: number;
  section: number;
  /** Printed page number, or null on unnumbered pages. */
  number: number | null;
  items: Placed[];
  /** Height used (twips from the top of the 版心). */
  used: number;
}

const LIMIT = PAGE.textHeight;

/** Height of the first line of a block (what a heading is kept with). */
function firstLineHeight(b: PlanBlock): number {
  if (b.kind === 'para') return b.before + b.line;
  const first = b.rows[0];
  return first ? rowHeight(b, first) : 0;
}

export function paginate(sections: readonly PlanSection[]): LaidPage[] {
  const pages: LaidPage[] = [];
  let page: LaidPage;
  let y = 0;
  const newPage = (section: number) => {
    page = { index: pages.length, section, number: null, items: [], used: 0 };
    pages.push(page);
    y = 0;
  };
  sections.forEach((sec, si) => {
    newPage(si);
    const blocks = sec.blocks;
    for (let bi = 0; bi < blocks.length; bi++) {
      const b = blocks[bi]!;
      if (b.kind === 'table') {
        placeTable(b);
        continue;
      }
      if (b.pageBreakBefore && page!.items.length > 0) newPage(si);
      if (b.keepNext && page!.items.length > 0) {
        // The heading (and any headings right after it) go with the first line of what follows.
        let h = 0;
        let k = bi;
        for (; k < blocks.length; k++) {
          const x = blocks[k]!;
          if (x.kind !== 'para' || !x.keepNext) break;
          h += x.before + paraLines(x).length * x.line;
        }
        if (k < blocks.length) h += firstLineHeight(blocks[k]!);
        if (y + h > LIMIT && h <= LIMIT) newPage(si);
      }
      const lines = paraLines(b);
      y += b.before;
      lines.forEach((box, li) => {
        if (y + b.line > LIMIT && page!.items.length > 0) newPage(si);
        page!.items.push({ kind: 'line', y, para: b, box, first: li === 0, last: li === lines.length - 1 });
        y += b.line;
        page!.used = y;
      });
      if (b.borderBottom) {
        y += borderExtra(b.borderBottom);
        page!.used = y;
      }
    }

    function placeTable(t: PlanTable) {
      const headers = t.rows.map((r, i) => (r.header ? i : -1)).filter((i) => i >= 0);
      t.rows.forEach((row, ri) => {
        const h = rowHeight(t, row) + (ri === t.rows.length - 1 ? ruleBelow(t) : 0);
        if (y + h > LIMIT && page!.items.length > 0) {
          newPage(si);
          if (!row.header) {
            for (const hi of headers) {
              const hh = rowHeight(t, t.rows[hi]!);
              page!.items.push({ kind: 'row', y, height: hh, table: t, row: hi });
              y += hh;
            }
          }
        }
        page!.items.push({ kind: 'row', y, height: h, table: t, row: ri });
        y += h;
        page!.used = y;
      });
    }
  });
  let n = 0;
  for (const p of pages) {
    n++;
    p.number = sections[p.section]!.numbered ? n : null;
  }
  return pages;
}
