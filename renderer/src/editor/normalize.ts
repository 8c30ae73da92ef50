/**
 * The canonical form of runs: no empty runs, no `bold: false`, no empty or repeated marks, and
 * neighbouring unmarked runs with the same formatting joined. Two documents that differ only in
 * these ways print the same; the editor always hands back this form.
 */
import type { Block, ReportDocument, Run } from '../../../shared/model/document';

export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const run: Run = { text: r.text };
    if (r.bold) run.bold = true;
    const marks = [...new Set(r.marks ?? [])];
    if (marks.length) run.marks = marks;
    const last = out[out.length - 1];
    // Marked runs stay apart: each carried-over figure is its own run ("10件11人" is two figures,
    // confirmed one at a time).
    if (last && !!last.bold === !!run.bold && !marks.length && !last.marks) last.text += run.text;
    else out.push(run);
  }
  return out;
}

export function normalizeBlocks(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => {
    switch (b.type) {
      case 'paragraph':
        return { type: 'paragraph', runs: normalizeRuns(b.runs) };
      case 'table':
        return { type: 'table', headerRows: b.headerRows, rows: b.rows.map((row) => row.map((c) => ({ runs: normalizeRuns(c.runs) }))) };
      case 'fixedTable':
        return { type: 'fixedTable', table: b.table, values: { ...b.values } };
      case 'section': {
        const s = { ...b, children: normalizeBlocks(b.children) };
        if (!s.slot) delete s.slot;
        if (!s.alsoSlots?.length) delete s.alsoSlots;
        return s;
      }
    }
  });
}

export function normalizeDocument(doc: ReportDocument): ReportDocument {
  return {
    ...doc,
    lead: doc.lead.map((p) => ({ type: 'paragraph', runs: normalizeRuns(p.runs) })),
    body: normalizeBlocks(doc.body),
  };
}
