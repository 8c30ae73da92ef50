/**
 * Structure and completeness: the template's slots are all there, filled, long enough and in
 * the regulation's order; a free outline has a body; a 请示 ends asking.
 */
import type { Block, Section } from '../../model/document';
import { runsText } from '../../model/document';
import type { TemplateSlot } from '../../model/template';
import { sectionSlots, sectionsForSlot, slotLabel } from '../../slots';
import { blocksChars, sectionBodyChars } from '../../text-stats';
import { M } from '../messages';
import type { CheckContext, Hit } from '../types';
import { holdsFixedTable } from './fixed-tables';

export { slotLabel };

interface SlotState {
  slot: TemplateSlot;
  sections: Section[];
  chars: number;
}

function slotStates(ctx: CheckContext): SlotState[] {
  return (ctx.template?.slots ?? []).map((slot) => {
    const sections = sectionsForSlot(ctx.doc.body, slot.id);
    // A sub-section of another section of the same slot is counted with its parent already.
    const outer = sections.filter((s) => !isInside(s, sections, ctx));
    return { slot, sections, chars: outer.reduce((n, s) => n + sectionBodyChars(s), 0) };
  });
}

function isInside(s: Section, others: Section[], ctx: CheckContext): boolean {
  for (let p = ctx.parents.get(s.id); p; p = ctx.parents.get(p.id)) if (others.includes(p)) return true;
  return false;
}

const at = (s: Section) => ({ type: 'section' as const, sectionId: s.id });

export function slotMissing(ctx: CheckContext): Hit[] {
  return slotStates(ctx)
    .filter((st) => st.slot.required && st.sections.length === 0)
    .map((st) => ({ message: M.slotMissing(slotLabel(st.slot)), location: { type: 'slot', slotId: st.slot.id } }));
}

export function slotEmpty(ctx: CheckContext): Hit[] {
  return slotStates(ctx)
    // A prescribed table left 待填 is said cell by cell (table-empty), not as an empty part.
    .filter((st) => st.slot.required && st.sections.length > 0 && st.chars === 0 && !st.sections.some(holdsFixedTable))
    .map((st) => ({ message: M.slotEmpty(slotLabel(st.slot)), location: at(st.sections[0]!) }));
}

export function slotEmptyOptional(ctx: CheckContext): Hit[] {
  return slotStates(ctx)
    .filter((st) => !st.slot.required && st.sections.length > 0 && st.chars === 0)
    .map((st) => ({ message: M.slotEmptyOptional(slotLabel(st.slot)), location: at(st.sections[0]!) }));
}

export function slotThin(ctx: CheckContext): Hit[] {
  return slotStates(ctx)
    .filter((st) => st.chars > 0 && st.chars < st.slot.minChars)
    .map((st) => ({ message: M.slotThin(slotLabel(st.slot), st.chars, st.slot.minChars), location: at(st.sections[0]!) }));
}

/** First-level sections must follow the template's slot order (merged headings count once). */
export function slotOrder(ctx: CheckContext): Hit[] {
  const slots = ctx.template?.slots ?? [];
  if (ctx.template?.outline !== 'fixed' || slots.length < 2) return [];
  const index = new Map(slots.map((s, i) => [s.id, i]));
  let last = -1;
  for (const b of ctx.doc.body) {
    if (b.type !== 'section') continue;
    const positions = sectionSlots(b)
      .map((id) => index.get(id))
      .filter((i): i is number => i !== undefined);
    if (!positions.length) continue;
    const first = Math.min(...positions);
    if (first < last) return [{ message: M.slotOrder(slots.map((s) => slotLabel(s)).join('、')), location: at(b) }];
    // A merged heading ("存在的不足和下一步工作打算") stands where its first slot does.
    last = first;
  }
  return [];
}

/** A slot written only as a sub-section of another (typically 第一责任人 under 主要举措). */
export function slotNested(ctx: CheckContext): Hit[] {
  if (ctx.template?.outline !== 'fixed') return [];
  const hits: Hit[] = [];
  for (const st of slotStates(ctx)) {
    if (!st.sections.length || st.sections.some((s) => !ctx.parents.get(s.id))) continue;
    let top = st.sections[0]!;
    for (let p = ctx.parents.get(top.id); p; p = ctx.parents.get(p.id)) top = p;
    const parentSlot = ctx.template.slots.find((s) => s.id === top.slot);
    hits.push({
      message: M.slotNested(slotLabel(st.slot), parentSlot ? slotLabel(parentSlot) : top.heading),
      location: at(st.sections[0]!),
    });
  }
  return hits;
}

/** The closing paragraph, when the body ends with one the template knows. */
function closingTexts(ctx: CheckContext): string[] {
  const t = ctx.template;
  return t ? [t.closing, ...t.closingAccepted].filter(Boolean) : [];
}

const norm = (s: string) => s.replace(/[\s\u3000]/g, '').replace(/[。.]$/, '');

function lastParagraphText(blocks: readonly Block[]): string | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === 'section') {
      const inner = lastParagraphText(b.children);
      if (inner !== null) return inner;
    } else if (b.type === 'paragraph') {
      const text = runsText(b.runs);
      if (text.trim()) return text;
    }
  }
  return null;
}

/** Body characters of a free outline, not counting the closing sentence. */
function freeBodyChars(ctx: CheckContext): number {
  const last = lastParagraphText(ctx.doc.body);
  const closing =
    last !== null && closingTexts(ctx).some((c) => norm(c) === norm(last))
      ? blocksChars([{ type: 'paragraph', runs: [{ text: last }] }])
      : 0;
  return blocksChars(ctx.doc.body) - closing;
}

export function bodyEmpty(ctx: CheckContext): Hit[] {
  if (!ctx.template || ctx.template.slots.length) return [];
  return freeBodyChars(ctx) === 0 ? [{ message: M.bodyEmpty, location: { type: 'body' } }] : [];
}

export function bodyThin(ctx: CheckContext): Hit[] {
  if (!ctx.template || ctx.template.slots.length) return [];
  const chars = freeBodyChars(ctx);
  const min = ctx.template.body.minChars;
  return chars > 0 && chars < min ? [{ message: M.bodyThin(chars, min), location: { type: 'body' } }] : [];
}

export function closingMissing(ctx: CheckContext): Hit[] {
  if (!ctx.template?.closingRequired) return [];
  const last = lastParagraphText(ctx.doc.body);
  const ok = last !== null && closingTexts(ctx).some((c) => norm(last).endsWith(norm(c)));
  return ok ? [] : [{ message: M.closingMissing(ctx.template.closing), location: { type: 'body' } }];
}
