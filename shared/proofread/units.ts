/**
 * The text units of a document with their paths: what the proofreader reads and what
 * `applyFixes` writes — the title, lead, body, and each attachment's title and text (附件 are
 * printed with the report, so they are proofread as it is; their units carry `attachment`).
 */
import type { Block, ReportDocument, Run } from '../model/document';
import { runsText } from '../model/document';
import type { ProofUnit } from './types';

export function proofUnits(doc: ReportDocument): ProofUnit[] {
  const units: ProofUnit[] = [];
  if (doc.meta.title) units.push({ path: ['meta', 'title'], text: doc.meta.title, kind: 'title' });
  doc.lead.forEach((p, i) => units.push({ path: ['lead', i], text: runsText(p.runs), kind: 'lead' }));
  // In an attachment, sections are the attachment's own: the place is the attachment.
  const walk = (blocks: readonly Block[], base: (string | number)[], sectionId: string | undefined, attachment?: number) => {
    const at = attachment === undefined ? {} : { attachment };
    blocks.forEach((b, i) => {
      const path = [...base, i];
      if (b.type === 'section') {
        const own = attachment === undefined ? b.id : undefined;
        units.push({ path: [...path, 'heading'], text: b.heading, kind: 'heading', sectionId: own, ...at });
        walk(b.children, [...path, 'children'], own, attachment);
      } else if (b.type === 'paragraph') {
        units.push({ path, text: runsText(b.runs), kind: 'paragraph', sectionId, ...at });
      } else if (b.type === 'table') {
        b.rows.forEach((row, r) =>
          row.forEach((cell, c) => units.push({ path: [...path, 'rows', r, c], text: runsText(cell.runs), kind: 'cell', sectionId, ...at })),
        );
      }
    });
  };
  walk(doc.body, ['body'], undefined);
  doc.meta.attachments.forEach((a, i) => {
    const base = ['meta', 'attachments', i];
    if (a.title) units.push({ path: [...base, 'title'], text: a.title, kind: 'title', attachment: i });
    walk(a.blocks, [...base, 'blocks'], undefined, i);
  });
  return units;
}

export const pathKey = (path: readonly (string | number)[]): string => path.join('.');

type Holder = { runs: Run[] };

/**
 * The place a unit's text lives in a (mutable) document: a string field (title, heading) or a
 * list of runs (paragraph, cell). Undefined when the path does not lead to text.
 */
export function unitTarget(
  doc: ReportDocument,
  path: readonly (string | number)[],
): { kind: 'string'; get(): string; set(text: string): void } | { kind: 'runs'; holder: Holder } | undefined {
  let node: unknown = doc;
  for (let i = 0; i < path.length - 1; i++) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[path[i]!];
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const parent = node as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const value = parent[last];
  if (typeof value === 'string') return { kind: 'string', get: () => parent[last] as string, set: (t) => void (parent[last] = t) };
  if (typeof value === 'object' && value !== null && Array.isArray((value as Holder).runs))
    return { kind: 'runs', holder: value as Holder };
  return undefined;
}
