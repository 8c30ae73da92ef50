/**
 * Heading punctuation (GB/T 9704 7.3.3): a heading on its own line has no closing punctuation;
 * a run-in heading's sentence ends with 。, which the editor and exporter print after the
 * heading text (like the number), so the text itself ends bare either way.
 */
import { M } from '../messages';
import type { CheckContext, Hit } from '../types';
import { runsText } from '../../model/document';
import { numberSections } from '../../headings/index';
import { slotLabel } from '../../slots';

/** Spaces (ASCII, 全角), zero-width and BOM characters: a heading of only these prints nothing. */
const INVISIBLE = /[\s\u3000\u200b-\u200d\u2060\ufeff]/g;

export function isEmptyHeading(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/**
 * Every heading, required or not, run-in or not, must have text: an empty one would print a
 * bare “二、” (the number is generated). The editor keeps the slot, so the message can name the
 * wording the regulation asks for.
 */
export function headingEmpty(ctx: CheckContext): Hit[] {
  const empty = ctx.sections.filter((s) => isEmptyHeading(s.heading));
  if (!empty.length) return [];
  const labels = numberSections(ctx.doc.body);
  return empty.map((s) => {
    const label = labels.get(s.id) ?? '';
    const slot = s.slot ? ctx.template?.slots.find((t) => t.id === s.slot) : undefined;
    return {
      message: slot ? M.headingEmptySlot(label, slotLabel(slot)) : M.headingEmpty(label),
      location: { type: 'section' as const, sectionId: s.id },
    };
  });
}

const CLOSING = /[。，、；：！？.,;:!?．]$/;

export function headingPunctuation(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const s of ctx.sections) {
    const text = s.heading.trim();
    const end = CLOSING.exec(text);
    if (!end) continue;
    hits.push({
      message: s.runIn ? M.runInEndsWithPunct(end[0]) : M.headingEndsWithPunct(end[0]),
      location: { type: 'section', sectionId: s.id },
      excerpt: text.slice(-8),
    });
  }
  return hits;
}

/** A standalone heading holding a full sentence and more: body text written into the heading. */
export function headingSentence(ctx: CheckContext): Hit[] {
  return ctx.sections
    .filter((s) => !s.runIn && /。./.test(s.heading.trim()))
    .map((s) => ({
      message: M.headingHasSentence,
      location: { type: 'section' as const, sectionId: s.id },
      excerpt: s.heading.slice(0, 16),
    }));
}

export function runInWithoutBody(ctx: CheckContext): Hit[] {
  return ctx.sections
    .filter((s) => {
      if (!s.runIn) return false;
      const first = s.children[0];
      return !first || first.type !== 'paragraph' || !runsText(first.runs).trim();
    })
    .map((s) => ({ message: M.runInWithoutBody, location: { type: 'section' as const, sectionId: s.id } }));
}
