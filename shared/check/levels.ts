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
import { z } from 'zod';

import { LEVELS, LEVEL_NAMES } from './level-names';

export { LEVELS, LEVEL_NAMES };
export const FindingLevel = z.enum(LEVELS);
export type FindingLevel = z.infer<typeof FindingLevel>;

/** One sentence per level, for tooltips and `gongwen check --rules`-style listings. */
export const LEVEL_MEANINGS: Record<FindingLevel, string> = {
  error: '会印错或不成为正式文件，修改后才能导出正式文件。',
  gap: '可在定稿前补齐；导出正式文件时须逐项确认。',
  warning: '建议修改，不影响导出。',
  info: '仅供参考。',
};

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
  return LEVELS.map((l) => `${LEVEL_NAMES[l]} ${counts[l]} 处`).join('，');
}

/** What the counts mean for the official export, in one sentence (panel headline, CLI). */
export function verdict(counts: LevelCounts): string {
  if (counts.error) return `有 ${counts.error} 处${LEVEL_NAMES.error}的问题，修改后才能导出正式文件。`;
  if (counts.gap) return `可以导出正式文件，但有 ${counts.gap} 处${LEVEL_NAMES.gap}：导出时须逐项确认。`;
  if (counts.warning || counts.info) return `没有${LEVEL_NAMES.error}的问题，可以导出正式文件；建议再看看下面的提示。`;
  return '未发现问题，可以导出正式文件。';
}

/** “1. 成文日期：未填写成文日期；2. …。” — reasons as one sentence. */
function numberedList(lines: readonly string[]): string {
  return `${lines.map((l, i) => `${i + 1}. ${trimEndChars(l, /[。；]/)}`).join('；')}。`;
}

/** The service's refusal of an official export with gaps the clerk has not confirmed. */
export function unconfirmedGapsMessage(lines: readonly string[]): string {
  return `导出正式文件前须逐项确认以下 ${lines.length} 处${LEVEL_NAMES.gap}的内容：${numberedList(lines)}确认后再导出，或先补齐。`;
}

/** What the draft's history notes for an official export that went out with confirmed gaps. */
export function exportedWithGapsNote(lines: readonly string[]): string {
  return `导出正式文件时确认了 ${lines.length} 处${LEVEL_NAMES.gap}的内容：${numberedList(lines)}`;
}

/** Said after an export that went ahead with gaps (app notice, CLI stderr). */
export function gapsAfterExport(n: number): string {
  return `另有 ${n} 处${LEVEL_NAMES.gap}`;
}
