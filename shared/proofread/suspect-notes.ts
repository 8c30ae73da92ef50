/**
 * The suspect phrases of a document (./suspect.ts) as the import's notes list them: where, which
 * phrase, and the text around it. The same findings stay in the 检查 panel until removed or
 * 忽略; the notes tell the clerk at once, before she reads a line.
 */
import type { ReportDocument } from '../model/document';
import { allSections } from '../headings/index';
import { proofread } from './proofread';
import { SUSPECT_PLACES } from './messages';

interface SuspectPlace {
  /** 标题, 开头段, or the heading of the section it is in. */
  where: string;
  phrase: string;
  excerpt: string;
}

const PAD = 10;
const MAX_LISTED = 50;

export function suspectPlaces(doc: ReportDocument): SuspectPlace[] {
  const found = proofread(doc, { only: ['suspect-text'] });
  if (!found.length) return [];
  const headings = new Map(allSections(doc.body).map((s) => [s.id, s.heading]));
  return found.slice(0, MAX_LISTED).map((f) => {
    const unit = unitText(doc, f.range.path);
    const where =
      f.range.path[0] === 'meta'
        ? SUSPECT_PLACES.title
        : f.range.path[0] === 'lead'
          ? SUSPECT_PLACES.lead
          : f.sectionId
            ? SUSPECT_PLACES.section(headings.get(f.sectionId) ?? '')
            : SUSPECT_PLACES.body;
    return { where, phrase: f.text, excerpt: unit.slice(Math.max(0, f.range.start - PAD), f.range.end + PAD) };
  });
}

function unitText(doc: ReportDocument, path: readonly (string | number)[]): string {
  let node: unknown = doc;
  for (const k of path) node = (node as Record<string | number, unknown> | undefined)?.[k];
  if (typeof node === 'string') return node;
  return ((node as { runs?: { text: string }[] } | undefined)?.runs ?? []).map((r) => r.text).join('');
}
