/**
 * The canonical form of runs: no empty runs, no `bold: false`, no empty or repeated marks, and
 * neighbouring runs with the same formatting joined. Two documents that differ only in these
 * ways print the same; the editor always hands back this form.
 */
import type { Block, ReportDocument, Run, RunMark } from '../../../shared/model/document';

function sameMarks(a: readonly RunMark[] | undefined, b: readonly RunMark[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((m, i) => m === y[i]);
}

export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const run: Run = { text: r.text };
    if (r.bold) run.bold = true;
    const marks = [...new Set(r.marks ?? [])];
    if (marks.length) run.marks = marks;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!run.bold && sameMarks(last.marks, run.marks)) last.text += run.text;
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
