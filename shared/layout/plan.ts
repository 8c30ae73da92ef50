/**
 * ReportDocument → the typeset plan: every paragraph and table of the exported file with its
 * font roles, sizes, indents and exact line heights, decided once from the GB/T 9704 numbers.
 * The DOCX writer (shared/docx) and the paged preview both draw this plan, and the paginator
 * (./paginate) counts its lines, so the file, the preview and the 版记 placement agree.
 *
 * This file only puts the parts in order; each part is made in its own module (./masthead,
 * ./body, ./end-matter; the 版记 in ./colophon) and measured in ./measure.
 */
import type { ReportDocument } from '../model/document';
import { numberSections } from '../headings/index';
import { GRID, HEADER } from '../gbt9704';
import { paraHeight } from './measure';
import { blank, bodyPara, modelRuns, para, run } from './para';
import { headerBlock } from './masthead';
import { blocks, titleParas } from './body';
import { attachmentNote, attachmentPages, notePara, signatureBlock } from './end-matter';
import type { PlanBlock } from './types';
import type { ExportVariant } from '../export/variant';

/** Everything before the 版记, in order. */
export function contentBlocks(doc: ReportDocument, variant: ExportVariant): PlanBlock[] {
  const out: PlanBlock[] = [];
  const m = doc.meta;
  if (variant !== 'web') {
    out.push(...headerBlock(doc, variant));
    // Two blank lines under the red rule, rounded so the title sits on the page grid.
    const above = out.reduce((h, b) => h + (b.kind === 'para' ? paraHeight(b) : 0), 0);
    const titleTop = Math.round((above + HEADER.blankLinesBeforeTitle * GRID.line) / GRID.line) * GRID.line;
    out.push(blank(Math.max(Math.round(1.5 * GRID.line), titleTop - above)));
  }
  if (m.title.trim()) out.push(titleParas(m.title, 'title'));
  if (m.addressee.trim()) {
    for (let i = 0; i < HEADER.blankLinesAfterTitle; i++) out.push(blank());
    let a = m.addressee.trim();
    if (!/[：:]$/.test(a)) a += '：';
    out.push(para('addressee', [run(a, 'body')], { align: 'justify' }));
  } else if (m.title.trim()) out.push(blank());
  for (const p of doc.lead) out.push(bodyPara(modelRuns(p.runs, 'body', variant)));
  out.push(...blocks(doc.body, numberSections(doc.body), variant));
  out.push(...attachmentNote(doc));
  out.push(...signatureBlock(doc));
  out.push(...notePara(doc));
  out.push(...attachmentPages(doc, variant));
  return out;
}
