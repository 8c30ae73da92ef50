/**
 * What is still open on a rolled-forward draft: figures marked 待核实 the clerk has not confirmed
 * or edited, and years the rollover could not classify. The checker warns while either remains;
 * the editor workspace shows the same counts.
 *
 * Only the lead and the body count: they are what the editor shows, so every figure counted here
 * is one the clerk can reach and confirm.
 */
import type { Block, ReportDocument, Run, YearCheck } from '../model/document';
import { runsText } from '../model/document';

/** Where an open item is: the lead, a section (the innermost one), or the body outside sections. */
type OpenPlace = { type: 'lead' } | { type: 'section'; sectionId: string } | { type: 'body' };

interface OpenFigures {
  count: number;
  /** The first one in reading order, with its paragraph's text around it. */
  first?: { place: OpenPlace; text: string; context: string } | undefined;
}

const PAD = 8;
const marked = (r: Run) => r.marks?.includes('unconfirmed') ?? false;

/** Figures still marked unconfirmed in the lead and body. */
export function openFigures(doc: ReportDocument): OpenFigures {
  const out: OpenFigures = { count: 0 };
  const visit = (runs: readonly Run[], place: OpenPlace) => {
    let at = 0;
    for (const r of runs) {
      if (marked(r)) {
        out.count++;
        if (!out.first) {
          const all = runsText(runs);
          out.first = { place, text: r.text, context: all.slice(Math.max(0, at - PAD), at + r.text.length + PAD) };
        }
      }
      at += r.text.length;
    }
  };
  for (const p of doc.lead) visit(p.runs, { type: 'lead' });
  const walk = (blocks: readonly Block[], place: OpenPlace) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') visit(b.runs, place);
      else if (b.type === 'table') for (const row of b.rows) for (const cell of row) visit(cell.runs, place);
      else if (b.type === 'section') walk(b.children, { type: 'section', sectionId: b.id });
    }
  };
  walk(doc.body, { type: 'body' });
  return out;
}

/**
 * Where a year check points: its section when it still exists, the lead, the title (`meta`), or
 * the body as a whole (an attachment, or a section since deleted).
 */
export function yearCheckPlace(check: YearCheck, sectionIds: ReadonlySet<string>): OpenPlace | { type: 'title' } {
  if (check.where === '#lead') return { type: 'lead' };
  if (check.where === '#title') return { type: 'title' };
  return sectionIds.has(check.where) ? { type: 'section', sectionId: check.where } : { type: 'body' };
}
