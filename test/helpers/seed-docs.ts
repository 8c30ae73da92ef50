/**
 * Real reports as documents, for editor screenshots and the editor bench: the seed fixtures
 * (../shared/fixtures/seeds, beside the repository) through the real text importer, and a long report made of them.
 */
import type { Block, ReportDocument, Section } from '../../shared/model/document';
import { runsText } from '../../shared/model/document';
import { importText } from '../../shared/import/text';
import { newSectionId } from '../../shared/templates';
import type { RunningBridge } from './bridge';
import { seedText } from './paths';

export const SEEDS = ['huzhu-2024.txt', 'fushun-2024.txt', 'furong-2019.txt'] as const;

export function seedDocument(name: string): ReportDocument {
  return importText(seedText(name), { templateId: 'fazhi-annual' }).doc;
}

/** Characters of text in a body (headings and paragraphs and cells), numbers not counted. */
export function bodyChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'paragraph') n += runsText(b.runs).length;
    else if (b.type === 'table') for (const row of b.rows) for (const c of row) n += runsText(c.runs).length;
    else if (b.type === 'section') n += b.heading.length + bodyChars(b.children);
  }
  return n;
}

function withFreshIds(blocks: readonly Block[]): Block[] {
  return blocks.map((b) =>
    b.type === 'section' ? ({ ...b, id: newSectionId(), children: withFreshIds(b.children) } satisfies Section) : b,
  );
}

/**
 * A report of at least `minChars` characters: the first seed's outline, each of its parts
 * extended with the sub-sections of the same part of the other seeds, round after round.
 */
export function longDocument(minChars: number): ReportDocument {
  const base = seedDocument(SEEDS[0]);
  const donors = SEEDS.map((s) => seedDocument(s));
  const parts = base.body.filter((b): b is Section => b.type === 'section' && !!b.slot);
  for (let round = 0; bodyChars(base.body) < minChars && round < 50; round++) {
    for (const donor of donors) {
      for (const part of parts) {
        const same = donor.body.find((b): b is Section => b.type === 'section' && b.slot === part.slot);
        if (same) part.children.push(...withFreshIds(same.children));
        if (bodyChars(base.body) >= minChars) return base;
      }
    }
  }
  return base;
}

/** A new draft in the bridge's store holding `doc`; its id. */
export async function storeDraft(bridge: RunningBridge, doc: ReportDocument): Promise<string> {
  const created = await bridge.call<{ id: string; revision: number; doc: ReportDocument }>('drafts.create', { templateId: 'fazhi-annual' });
  if (created.status !== 200) throw new Error('drafts.create: ' + JSON.stringify(created.body));
  const saved = await bridge.call('drafts.save', {
    id: created.body.id,
    baseRevision: created.body.revision,
    doc: { ...doc, meta: { ...created.body.doc.meta, ...doc.meta } },
  });
  if (saved.status !== 200) throw new Error('drafts.save: ' + JSON.stringify(saved.body));
  return created.body.id;
}
