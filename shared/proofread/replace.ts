/**
 * Find and replace on the model (Ctrl+H's 全部替换 and 替换): every occurrence of `query` in
 * the lead and body text, matched as the find bar matches (case-insensitive, never across two
 * paragraphs), replaced through `applyFixes`. The title is the header form's, not the editor's.
 */
import type { ReportDocument } from '../model/document';
import { applyFixes } from './apply';
import type { ProofFinding } from './types';
import { proofUnits } from './units';

export function findOccurrences(doc: ReportDocument, query: string): ProofFinding[] {
  if (!query) return [];
  const needle = query.toLocaleLowerCase();
  const out: ProofFinding[] = [];
  for (const u of proofUnits(doc)) {
    // The editor holds lead and body only: the title and the attachments are not its to replace.
    if (u.kind === 'title' || u.attachment !== undefined) continue;
    const hay = u.text.toLocaleLowerCase();
    // Lower-casing keeps lengths for the scripts a 公文 uses; where it would not, skip the unit.
    if (hay.length !== u.text.length) continue;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      const text = u.text.slice(at, at + needle.length);
      out.push({
        rule: 'replace',
        class: 'words',
        level: 'info',
        message: '',
        range: { path: u.path, start: at, end: at + needle.length },
        unitKind: u.kind,
        sectionId: u.sectionId,
        text,
        fix: { from: text, to: '' },
      });
    }
  }
  return out;
}

/** Replace every occurrence (or only the `index`-th, in document order); how many were replaced. */
export function replaceInDocument(
  doc: ReportDocument,
  query: string,
  replacement: string,
  index?: number,
): { doc: ReportDocument; count: number } {
  let found = findOccurrences(doc, query).map((f) => ({ ...f, fix: { from: f.text, to: replacement } }));
  if (index !== undefined) found = found.slice(index, index + 1);
  if (!found.length) return { doc, count: 0 };
  const r = applyFixes(doc, found);
  return { doc: r.doc, count: r.applied.length };
}
