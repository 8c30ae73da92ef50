/**
 * 规范标点 on import: the safe punctuation fixes only — half-width marks in Chinese text made
 * full-width, doubled marks made one — and a note for the import notes saying what changed.
 */
import type { ReportDocument } from '../model/document';
import { fixAll } from './apply';
import { NORMALIZE_MESSAGES as M } from './messages';

const IMPORT_PUNCT_RULES = ['half-width-punct', 'punct-doubled'] as const;

export function normalizePunctuation(doc: ReportDocument): {
  doc: ReportDocument;
  halfWidth: number;
  doubled: number;
  note: string | null;
} {
  const r = fixAll(doc, IMPORT_PUNCT_RULES);
  const halfWidth = r.applied.filter((f) => f.rule === 'half-width-punct').length;
  const doubled = r.applied.length - halfWidth;
  if (!r.applied.length) return { doc, halfWidth: 0, doubled: 0, note: null };
  const parts = [halfWidth ? M.halfWidth(halfWidth) : '', doubled ? M.doubled(doubled) : ''].filter(Boolean);
  return { doc: r.doc, halfWidth, doubled, note: M.done(parts) };
}
