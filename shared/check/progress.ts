/**
 * How far each part of the outline is written: what the outline navigator shows next to each
 * heading (完成 / 偏少 / 空白 and its 字数). Same counting and thresholds as the checker.
 */
import type { Block, ReportDocument, Section } from '../model/document';
import type { Template } from '../model/template';
import { numberSections } from '../headings/index';
import { sectionSlots } from '../slots';
import { fixedTableDef, getTemplate } from '../templates';
import { numberCells } from '../model/fixed-table-grid';
import { blocksChars, documentChars, sectionBodyChars } from '../text-stats';

type Progress = 'done' | 'thin' | 'empty';

export interface OutlineEntry {
  id: string;
  level: Section['level'];
  /** 一、 （一） … as printed. */
  label: string;
  heading: string;
  /** Characters under the heading (sub-sections included). */
  chars: number;
  /** Only on first-level entries. */
  progress?: Progress;
  /** The length the template suggests for this entry's slot (0: none). */
  minChars: number;
  /**
   * A part holding prescribed tables (政府信息公开 样表): how many of their number cells are still
   * 待填. Its progress is the tables' (done when none is left), not its 字数.
   */
  pendingCells?: number;
}

interface Outline {
  entries: OutlineEntry[];
  leadChars: number;
  /** Body characters outside any section (a free outline without headings). */
  looseChars: number;
  total: number;
}

export function progressOf(chars: number, minChars: number): Progress {
  return chars === 0 ? 'empty' : chars < minChars ? 'thin' : 'done';
}

/** The input cells of the prescribed tables under `blocks`: how many, and how many still 待填. */
function tableCells(blocks: readonly Block[]): { cells: number; pending: number } {
  let cells = 0;
  let pending = 0;
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'section') walk(b.children);
      if (b.type !== 'fixedTable') continue;
      const def = fixedTableDef(b.table);
      for (const c of def ? numberCells(def) : []) {
        if (c.def.sum) continue;
        cells++;
        if ((b.values[c.def.key] ?? null) === null) pending++;
      }
    }
  };
  walk(blocks);
  return { cells, pending };
}

/** Sections down to `maxLevel`, with counts and, on first-level sections, progress. */
export function outlineOf(doc: ReportDocument, template: Template | undefined = getTemplate(doc.meta.templateId), maxLevel = 2): Outline {
  const labels = numberSections(doc.body);
  const entries: OutlineEntry[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type !== 'section') continue;
      if (b.level <= maxLevel) {
        const chars = sectionBodyChars(b);
        const slots = sectionSlots(b);
        // A merged heading must be as long as its parts together suggest.
        const minChars = (template?.slots ?? []).filter((s) => slots.includes(s.id)).reduce((n, s) => n + s.minChars, 0);
        entries.push({
          id: b.id,
          level: b.level,
          label: labels.get(b.id) ?? '',
          heading: b.heading,
          chars,
          minChars,
          ...(b.level === 1 ? { progress: progressOf(chars, minChars) } : {}),
        });
        const tables = tableCells(b.children);
        if (tables.cells) {
          const entry = entries[entries.length - 1]!;
          entry.pendingCells = tables.pending;
          if (b.level === 1) entry.progress = tables.pending === 0 ? 'done' : tables.pending === tables.cells && chars === 0 ? 'empty' : 'thin';
        }
      }
      walk(b.children);
    }
  };
  walk(doc.body);
  const loose = doc.body.filter((b) => b.type !== 'section');
  return { entries, leadChars: blocksChars(doc.lead), looseChars: blocksChars(loose), total: documentChars(doc) };
}
