/**
 * THE one module that maps heading wordings to template slots. The wordings are data: each
 * slot's `heading` and `accepted` list in templates/*.json. Import, the outline command and the
 * editor's slot matching all go through here.
 *
 * Rules (docs/import-rollover.md):
 * - A heading matches the wordings it contains, after years, spaces and punctuation are
 *   dropped; longer wordings claim their characters first, so "存在的不足和下一步工作打算" is
 *   `shortcomings` + `plans` (a merged heading fills both slots).
 * - A long heading that merely contains a wording is a theme, not a slot heading: at most
 *   SLACK characters may be left unclaimed.
 * - First-level headings with no slot that come before the first slot-matched heading together
 *   make up the template's first slot (thematic "一、坚持党的全面领导…… 九、加强数字政府建设……"
 *   before "存在问题" are all 主要举措和成效).
 * - First-level headings with no slot after the next-to-last slot's heading (下一年度安排) make up
 *   the last slot (其他需要报告的情况): a trailing "拟提请审议事项" names none of the parts.
 * - A sub-section whose heading names a later slot (typically "坚持党的领导，推进法治建设第一
 *   责任人职责" as （一） of 主要举措和成效) fills that slot.
 */
import type { Block, Section } from './model/document';
import { runsText } from './model/document';
import type { Template, TemplateSlot } from './model/template';
import { allSections } from './headings/index';
import { IMPORT_MESSAGES } from './import/messages';

/** Characters a heading may have beyond the wordings it matched. */
const SLACK = 12;

/** A template heading's year placeholders, with the 年度 after them. */
const YEAR_PLACEHOLDERS = /\{year\}年度?|\{next\}年度?|\{year\}|\{next\}/g;

/** Drop years, spaces and punctuation: what is left is the wording. */
function normalizeWording(text: string): string {
  return text
    .replace(YEAR_PLACEHOLDERS, '')
    .replace(/(?:19|20)\d{2}\s*年度?|[上下本]一?年度/g, '')
    .replace(/[\s\u3000，,。．.、；;：:“”"'‘’（）()《》〈〉【】[\]—–\-…!！?？]/g, '');
}

interface Wording {
  slot: string;
  text: string;
}

const wordingCache = new WeakMap<Template, Wording[]>();

function wordings(template: Template): Wording[] {
  let list = wordingCache.get(template);
  if (!list) {
    list = [];
    for (const slot of template.slots) {
      const seen = new Set<string>();
      for (const w of [slot.heading, ...slot.accepted]) {
        const text = normalizeWording(w);
        if (text.length >= 2 && !seen.has(text)) {
          seen.add(text);
          list.push({ slot: slot.id, text });
        }
      }
    }
    list.sort((a, b) => b.text.length - a.text.length);
    wordingCache.set(template, list);
  }
  return list;
}

/** Slot ids a heading's wording names, in template order; empty when none (or a theme). */
export function slotsForHeading(heading: string, template: Template): string[] {
  const norm = normalizeWording(heading);
  if (!norm) return [];
  const claimed = new Array<boolean>(norm.length).fill(false);
  const found = new Set<string>();
  let claimedCount = 0;
  for (const w of wordings(template)) {
    let from = 0;
    for (;;) {
      const at = norm.indexOf(w.text, from);
      if (at < 0) break;
      from = at + 1;
      let free = true;
      for (let i = at; i < at + w.text.length; i++) if (claimed[i]) free = false;
      if (!free) continue;
      for (let i = at; i < at + w.text.length; i++) claimed[i] = true;
      claimedCount += w.text.length;
      found.add(w.slot);
    }
  }
  if (!found.size || norm.length - claimedCount > SLACK) return [];
  return template.slots.filter((s) => found.has(s.id)).map((s) => s.id);
}

/** All slots a section fills. */
export function sectionSlots(section: Section): string[] {
  return section.slot ? [section.slot, ...(section.alsoSlots ?? [])] : [];
}

/** Sections filling `slotId`, in document order (also merged and sub-section ones). */
export function sectionsForSlot(body: readonly Block[], slotId: string): Section[] {
  return allSections(body).filter((s) => sectionSlots(s).includes(slotId));
}

export interface UnmappedSection {
  id: string;
  level: number;
  heading: string;
}

interface SlotAssignment {
  /** First-level sections that fill no slot; they stay in the document. */
  unmapped: UnmappedSection[];
  /** Chinese notes for the clerk (missing slots, 第一责任人 only in body text, …). */
  warnings: string[];
}

function setSlots(section: Section, slots: string[]): void {
  section.slot = slots[0];
  if (slots.length > 1) section.alsoSlots = slots.slice(1);
  else delete section.alsoSlots;
}

/**
 * The short name a clerk knows a slot by: the regulation's canonical wording, or else the
 * template's heading without its year. Import notes and checker findings both name slots so.
 */
export function slotLabel(slot: TemplateSlot): string {
  return slot.accepted[0] ?? slot.heading.replace(YEAR_PLACEHOLDERS, '');
}

/**
 * Fill `slot` / `alsoSlots` on a freshly built body (sections are changed in place: call it on a
 * tree you own, as the importers do). Returns what could not be mapped and notes for the clerk.
 */
export function assignSlots(body: Block[], template: Template): SlotAssignment {
  const warnings: string[] = [];
  const top = body.filter((b): b is Section => b.type === 'section');
  if (!template.slots.length) return { unmapped: [], warnings };

  const matched = top.map((s) => slotsForHeading(s.heading, template));
  top.forEach((s, i) => setSlots(s, matched[i]!));

  // Thematic first-level headings before the first slot heading make up the first slot.
  const first = template.slots[0]!;
  if (!matched.some((m) => m.includes(first.id))) {
    const firstMatched = matched.findIndex((m) => m.length > 0);
    const upTo = firstMatched < 0 ? top.length : firstMatched;
    for (let i = 0; i < upTo; i++) setSlots(top[i]!, [first.id]);
  }

  // First-level parts after the next-to-last slot's section that name no slot (items proposed
  // for a meeting, "拟提请区政府常务会议审议的事项"…) are the last slot, the template's
  // catch-all (其他需要报告的情况), when no heading names it.
  const last = template.slots[template.slots.length - 1]!;
  const beforeLast = template.slots[template.slots.length - 2];
  if (beforeLast && !matched.some((m) => m.includes(last.id))) {
    let after = -1;
    top.forEach((s, i) => {
      if (sectionSlots(s).includes(beforeLast.id)) after = i;
    });
    if (after >= 0) for (const s of top.slice(after + 1)) if (!s.slot) setSlots(s, [last.id]);
  }

  // A later slot found as a sub-section (e.g. 第一责任人职责 as （一） of 主要举措和成效).
  const filled = new Set(top.flatMap((s) => sectionSlots(s)));
  for (const slot of template.slots) {
    if (filled.has(slot.id)) continue;
    for (const s of top) {
      const sub = allSections(s.children).find((c) => !c.slot && slotsForHeading(c.heading, template).includes(slot.id));
      if (sub) {
        sub.slot = slot.id;
        filled.add(slot.id);
        break;
      }
    }
  }

  for (const slot of template.slots) {
    if (filled.has(slot.id) || !slot.required) continue;
    // Long wordings only: "第一责任人职责" in body text is telling, "工作情况" is not.
    const telling = slot.accepted.filter((w) => w.length >= 6);
    const mention = telling.length ? findMention(body, new RegExp(telling.map(escapeRe).join('|'))) : '';
    warnings.push(mention ? IMPORT_MESSAGES.slotOnlyMentioned(slotLabel(slot), mention) : IMPORT_MESSAGES.slotMissing(slotLabel(slot)));
  }

  const unmapped = top.filter((s) => !s.slot).map((s) => ({ id: s.id, level: s.level, heading: s.heading }));
  for (const u of unmapped) warnings.push(IMPORT_MESSAGES.unmappedHeading(u.heading));
  return { unmapped, warnings };
}

/** The first sentence fragment of body text matching `re`, for a warning. */
function findMention(blocks: readonly Block[], re: RegExp): string {
  for (const b of blocks) {
    if (b.type === 'section') {
      const inner = findMention(b.children, re);
      if (inner) return inner;
    } else if (b.type === 'paragraph') {
      const text = runsText(b.runs);
      const m = re.exec(text);
      if (m) {
        const start = Math.max(0, text.lastIndexOf('。', m.index) + 1);
        const end = text.indexOf('。', m.index);
        const sentence = text.slice(start, end < 0 ? undefined : end);
        return sentence.length > 60 ? sentence.slice(0, 60) + '……' : sentence;
      }
    }
  }
  return '';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
