/** Everything the rules look at, computed once per check. */
import type { Block, ReportDocument, Section } from '../model/document';
import { runsText } from '../model/document';
import type { Template } from '../model/template';
import { allSections } from '../headings/index';
import type { CheckContext, CheckOptions, FindingLocation, TextUnit } from './types';
import { EMPTY_DICTIONARY } from '../proofread/dictionary';

const NOTHING_IGNORED: ReadonlySet<string> = new Set();

export function buildContext(doc: ReportDocument, template: Template | undefined, options: CheckOptions = {}): CheckContext {
  const units: TextUnit[] = [];
  const parents = new Map<string, Section | undefined>();
  const meta = doc.meta;
  const metaUnit = (text: string, field: 'title' | 'addressee' | 'note' | 'signatureOrgan') => {
    if (text) units.push({ text, kind: 'meta', location: { type: 'meta', field } });
  };
  metaUnit(meta.title, 'title');
  metaUnit(meta.addressee, 'addressee');
  metaUnit(meta.signature.organ, 'signatureOrgan');
  metaUnit(meta.note, 'note');
  for (const p of doc.lead) units.push({ text: runsText(p.runs), kind: 'lead', location: { type: 'lead' } });

  const walk = (blocks: readonly Block[], parent: Section | undefined) => {
    const location: FindingLocation = parent ? { type: 'section', sectionId: parent.id } : { type: 'body' };
    const section = parent ? { section: parent } : {};
    for (const b of blocks) {
      if (b.type === 'section') {
        parents.set(b.id, parent);
        units.push({ text: b.heading, kind: 'heading', location: { type: 'section', sectionId: b.id }, section: b });
        walk(b.children, b);
      } else if (b.type === 'paragraph') {
        units.push({ text: runsText(b.runs), kind: 'paragraph', location, ...section });
      } else if (b.type === 'table') {
        for (const row of b.rows) for (const cell of row) units.push({ text: runsText(cell.runs), kind: 'cell', location, ...section });
      }
    }
  };
  walk(doc.body, undefined);
  return {
    doc,
    template,
    sections: allSections(doc.body),
    parents,
    units,
    dictionary: options.dictionary ?? EMPTY_DICTIONARY,
    ignored: options.ignored ?? NOTHING_IGNORED,
  };
}

/**
 * A little text around a match, for the message and the find bar. A window that would leave only
 * a few characters of the text outside it takes them in: a title cut by one character
 * (“助县人民政府关于××事项的请示”) reads as a misspelling, not as a cut.
 */
export function excerpt(text: string, index: number, length: number, pad = 8): string {
  const slack = Math.ceil(pad / 2);
  const start = Math.max(0, index - pad);
  const end = Math.min(text.length, index + length + pad);
  return text.slice(start <= slack ? 0 : start, text.length - end <= slack ? text.length : end);
}

/** Paragraph texts grouped by the scope their numbering restarts in: the lead, the body outside sections, each section's own paragraphs. */
export function paragraphScopes(ctx: CheckContext): { location: FindingLocation; texts: string[] }[] {
  const scopes = new Map<string, { location: FindingLocation; texts: string[] }>();
  for (const u of ctx.units) {
    if (u.kind !== 'lead' && u.kind !== 'paragraph') continue;
    const key = u.location.type === 'section' ? u.location.sectionId : u.location.type;
    let scope = scopes.get(key);
    if (!scope) scopes.set(key, (scope = { location: u.location, texts: [] }));
    scope.texts.push(u.text);
  }
  return [...scopes.values()];
}
