/**
 * How far each part of the outline is written: what the outline navigator shows next to each
 * heading (完成 / 偏少 / 空白 and its 字数). Same counting and thresholds as the checker.
 */
import type { Block, ReportDocument, Section } from '../model/document';
import type { Template } from '../model/template';
import { numberSections } from '../headings/index';
import { sectionSlots } from '../slots';
import { getTemplate } from '../templates';
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
      }
      walk(b.children);
    }
  };
  walk(doc.body);
  const loose = doc.body.filter((b) => b.type !== 'section');
  return { entries, leadChars: blocksChars(doc.lead), looseChars: blocksChars(loose), total: documentChars(doc) };
}
