/**
 * Last year's 下一年度安排 as this year's checklist, and a suggestion of which items this year's
 * 主要举措和成效 already addresses.
 *
 * Items, in order of preference within each section filling the plans slot:
 * 1. its sub-section headings ("（一）持续推进……", "1.高度重视，加强整体谋划推进");
 * 2. paragraphs opening "一是……" (the first sentence after 一是);
 * 3. inline enumerations 一是……二是…… (in a merged 不足和下一步 section, only after "下一步");
 * 4. otherwise each paragraph's first sentence.
 */
import type { Block, Paragraph, PlanItem, ReportDocument, Section } from '../model/document';
import { runsText } from '../model/document';
import { sectionsForSlot } from '../slots';
import { firstSentenceEnd } from '../headings/index';
import { SimilarityIndex } from './similarity';
import { trimEndChars } from '../trim';

const ENUM = /([一二三四五六七八九十]{1,3})是/g;

function firstSentence(text: string): string {
  const end = firstSentenceEnd(text);
  const s = (end < 0 ? text : text.slice(0, end)).trim();
  return s.length > 80 ? s.slice(0, 80) + '……' : s;
}

/** Clauses introduced by 一是 二是 … in `text`. */
function enumerated(text: string): string[] {
  const marks = [...text.matchAll(ENUM)].filter((m, i, all) => i === 0 || m.index > all[i - 1]!.index);
  if (marks.length < 2 || !marks[0]![1]!.startsWith('一')) return [];
  const out: string[] = [];
  for (let i = 0; i < marks.length; i++) {
    const start = marks[i]!.index + marks[i]![0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    const clause = trimEndChars(text.slice(start, end), /[；;。，,\s]/);
    const item = firstSentence(clause).replace(/[；;]$/, '');
    if (item) out.push(item);
  }
  return out;
}

function itemsOf(section: Section): string[] {
  const subs = section.children.filter((b): b is Section => b.type === 'section');
  if (subs.length) return subs.map((s) => s.heading);
  const paras = section.children.filter((b): b is Paragraph => b.type === 'paragraph').map((b) => runsText(b.runs));
  const leading = paras
    .filter((p) => /^[一二三四五六七八九十]{1,3}是/.test(p))
    .map((p) => firstSentence(p.replace(/^[一二三四五六七八九十]{1,3}是/, '')));
  if (leading.length) return leading;
  const merged = (section.alsoSlots?.length ?? 0) > 0;
  for (const p of paras) {
    const from = merged ? p.lastIndexOf('下一步') : 0;
    if (from < 0) continue;
    const inline = enumerated(p.slice(from));
    if (inline.length) return inline;
  }
  if (merged) return [];
  return paras.map(firstSentence).filter((s) => s.length >= 6);
}

/** Last year's plan items, from every section filling `plansSlot`. */
export function planItems(doc: ReportDocument, plansSlot = 'plans'): PlanItem[] {
  const texts = sectionsForSlot(doc.body, plansSlot).flatMap(itemsOf);
  return texts.map((text, i) => ({ id: `plan-${i + 1}`, text, done: false }));
}

export interface PlanCoverage {
  id: string;
  /** Share of the item's two-character words found in this year's new text. */
  score: number;
  addressed: boolean;
}

const ADDRESSED = 0.6;

function bigrams(text: string): Set<string> {
  const t = text.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Headings, paragraphs and table rows under `blocks`, one string each. */
function pieces(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'paragraph'
      ? [runsText(b.runs)]
      : b.type === 'section'
        ? [b.heading, ...pieces(b.children)]
        : b.type === 'table'
          ? b.rows.map((r) => r.map((c) => runsText(c.runs)).join(' '))
          : [],
  );
}

/** A paragraph at least this much still last year's is last year's. */
const STILL_OLD = 0.8;

/**
 * For each checklist item, whether this year's `measuresSlot` text addresses it. Only paragraphs
 * that are not still last year's count, so an untouched rolled-forward draft addresses nothing.
 * A suggestion for the clerk's tick, which stays the clerk's.
 */
export function planCoverage(doc: ReportDocument, measuresSlot = 'measures', index = SimilarityIndex.fromDocument(doc)): PlanCoverage[] {
  const plans = doc.rollover?.plans ?? [];
  // New or rewritten paragraphs count whole (they may well reuse last year's plan wording);
  // paragraphs still mostly last year's do not count at all.
  const texts = sectionsForSlot(doc.body, measuresSlot)
    .filter((s, _, all) => !all.some((o) => o !== s && o.children.includes(s)))
    .flatMap((s) => [s.heading, ...pieces(s.children)])
    .filter((t) => !index || index.score(t).ratio < STILL_OLD);
  const have = new Set(texts.flatMap((t) => [...bigrams(t)]));
  return plans.map((p) => {
    const want = bigrams(p.text);
    let hit = 0;
    for (const b of want) if (have.has(b)) hit++;
    const score = want.size ? hit / want.size : 0;
    return { id: p.id, score, addressed: score >= ADDRESSED };
  });
}
