/**
 * THE one severity vocabulary: what a finding's level means, what it is called, how findings are
 * counted and what the verdict line says. The completeness panel, the export dialog and notice,
 * the export gate, `check.run` and `gongwen check` / `gongwen export` all word and count findings
 * through here, so they can never disagree (issue: “有 1 处问题须修改” beside “必须修改 2”).
 *
 * - `error`   导出前必须修改 — the official file would print something wrong (a bare “二、”, ××,
 *             a doubled number, an empty part, a malformed date) or would not be an official
 *             文件 of its organ. The official export is refused. Nothing else is ever called 必须.
 * - `gap`     定稿前应补齐 — something a clerk may legitimately fill in later (成文日期, 标题, 主送,
 *             署名, 印发机关 and 印发日期, a part the regulation requires that is not written yet). It
 *             leaves a line or a part out but prints nothing wrong: the official export goes ahead
 *             once the clerk confirms each gap, and the draft's history records that it did.
 * - `warning` 建议修改 — style and wording the clerk should look at.
 * - `info`    提示 — a hint.
 *
 * The level of each rule is data in the rules table (shared/check/rules.ts).
 */
import { trimEndChars } from '../trim';
import * as z from 'zod/mini';

import { LEVELS, LEVEL_NAMES } from './level-names';
import { LEVEL_WORDS as W } from './messages';

export { LEVELS, LEVEL_NAMES };
export const FindingLevel = z.enum(LEVELS);
export type FindingLevel = z.infer<typeof FindingLevel>;

/** One sentence per level, for tooltips and `gongwen check --rules`-style listings. */
export const LEVEL_MEANINGS: Record<FindingLevel, string> = W.meanings;

type LevelCounts = Record<FindingLevel, number>;

/** The one count every surface shows. */
export function countByLevel(findings: readonly { level: FindingLevel }[]): LevelCounts {
  const counts: LevelCounts = { error: 0, gap: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

/** Checker order: errors first, then gaps, warnings, hints. */
export const LEVEL_ORDER: Record<FindingLevel, number> = { error: 0, gap: 1, warning: 2, info: 3 };

/** “导出前必须修改 1 处，定稿前应补齐 3 处，建议修改 2 处，提示 0 处” (CLI first line, notices). */
export function countsLine(counts: LevelCounts): string {
  return LEVELS.map((l) => W.count(l, counts[l])).join('，');
}

/** What the counts mean for the official export, in one sentence (panel headline, CLI). */
export function verdict(counts: LevelCounts): string {
  if (counts.error) return W.verdict.errors(counts.error);
  if (counts.gap) return W.verdict.gaps(counts.gap);
  if (counts.warning || counts.info) return W.verdict.hints;
  return W.verdict.clean;
}

/** “1. 成文日期：未填写成文日期；2. …。” — reasons as one sentence. */
function numberedList(lines: readonly string[]): string {
  return `${lines.map((l, i) => `${i + 1}. ${trimEndChars(l, /[。；]/)}`).join('；')}。`;
}

/** The service's refusal of an official export with gaps the clerk has not confirmed. */
export function unconfirmedGapsMessage(lines: readonly string[]): string {
  return W.unconfirmedGaps(lines.length, numberedList(lines));
}

/** What the draft's history notes for an official export that went out with confirmed gaps. */
export function exportedWithGapsNote(lines: readonly string[]): string {
  return W.exportedWithGaps(lines.length, numberedList(lines));
}

/** Said after an export that went ahead with gaps (app notice, CLI stderr). */
export function gapsAfterExport(n: number): string {
  return W.gapsAfterExport(n);
}
