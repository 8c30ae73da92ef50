/**
 * The roll-forward panel's pure side: ticking a plan item, resolving a year check, and the rows
 * of the "still word-for-word last year's" list. No DOM, no React (unit-tested).
 */
import type { ReportDocument, RolloverInfo } from '../../../shared/model/document';
import type { DocumentSimilarity, PlanCoverage } from '../../../shared/rollover/index';
import type { OutlineEntry } from '../../../shared/check/progress';

export function setPlanDone(info: RolloverInfo, id: string, done: boolean): RolloverInfo {
  return { ...info, plans: info.plans.map((p) => (p.id === id ? { ...p, done } : p)) };
}

/** The clerk has looked at the year: it leaves the list (and the checker's count). */
export function resolveYearCheck(info: RolloverInfo, index: number): RolloverInfo {
  return { ...info, yearChecks: info.yearChecks.filter((_, i) => i !== index) };
}

/**
 * A ratio as a whole percentage, rounded down: a section 99.6% last year's reads 99%, so 100%
 * always means not one character changed.
 */
export function percent(ratio: number): number {
  return Math.max(0, Math.min(100, Math.floor(ratio * 100 + 1e-9)));
}

export interface SimilarityRow {
  id: string;
  level: number;
  /** 一、 （一） … */
  label: string;
  heading: string;
  percent: number;
  /** Characters compared (white space not counted). */
  chars: number;
}

/** One row per outline entry (first and second level), in reading order. */
export function similarityRows(entries: readonly OutlineEntry[], similarity: DocumentSimilarity): SimilarityRow[] {
  return entries.flatMap((e) => {
    const s = similarity.sections[e.id];
    return s ? [{ id: e.id, level: e.level, label: e.label, heading: e.heading, percent: percent(s.ratio), chars: s.chars }] : [];
  });
}

export interface PlanRow {
  id: string;
  text: string;
  done: boolean;
  /** planCoverage thinks this year's new text addresses it. */
  suggested: boolean;
  /** Share of the item's words found, as a percentage. */
  score: number;
}

export function planRows(doc: ReportDocument, coverage: readonly PlanCoverage[]): PlanRow[] {
  const byId = new Map(coverage.map((c) => [c.id, c]));
  return (doc.rollover?.plans ?? []).map((p) => {
    const c = byId.get(p.id);
    return { id: p.id, text: p.text, done: p.done, suggested: c?.addressed ?? false, score: percent(c?.score ?? 0) };
  });
}
