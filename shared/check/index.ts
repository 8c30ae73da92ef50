/**
 * The style and completeness checker: pure, on the model. The completeness panel runs it live
 * in the renderer; `check.run`, `gongwen check` and the export gate (shared/export/gate.ts) run
 * it in the main process. What each level means and is called: shared/check/levels.ts.
 */
import type { ReportDocument } from '../model/document';
import type { Template } from '../model/template';
import { getTemplate } from '../templates';
import { buildContext } from './context';
import { RULES } from './rules';
import * as z from 'zod/mini';
import { Finding, type CheckOptions, type FindingLevel } from './types';
import { countByLevel, LEVEL_NAMES, LEVEL_ORDER, verdict } from './levels';

export function checkDocument(
  doc: ReportDocument,
  template: Template | undefined = getTemplate(doc.meta.templateId),
  options: CheckOptions = {},
): Finding[] {
  const ctx = buildContext(doc, template, options);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.kinds && !rule.kinds.includes(doc.meta.kind)) continue;
    if (options.levels && !options.levels.includes(rule.level)) continue;
    for (const hit of rule.run(ctx)) {
      findings.push({
        rule: rule.id,
        level: lowerOnly(hit.level, rule.level),
        group: rule.group,
        message: hit.message,
        location: hit.location,
        ...(hit.excerpt ? { excerpt: hit.excerpt } : {}),
        ...(hit.range ? { range: hit.range } : {}),
        ...(hit.fix ? { fix: hit.fix } : {}),
        ...(hit.suggestion !== undefined ? { suggestion: hit.suggestion } : {}),
        ...(hit.class ? { class: hit.class } : {}),
        ...(hit.cell ? { cell: hit.cell } : {}),
      });
    }
  }
  // Stable: within a level, the rules table's order (structure, text, header fields).
  return findings.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** A hit may lower its rule's level (one of two missing is a gap), never raise it. */
function lowerOnly(hit: FindingLevel | undefined, rule: FindingLevel): FindingLevel {
  return hit !== undefined && LEVEL_ORDER[hit] > LEVEL_ORDER[rule] ? hit : rule;
}

/** The findings that hold back an official export (导出前必须修改). */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.level === 'error');
}

export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.level === 'error');
}

const Count = z.int();

/** What `check.run` and `gongwen check --json` answer. */
export const CheckReport = z.object({
  findings: z.array(Finding),
  /** True when a 导出前必须修改 (`error`) finding exists: the official export is refused. */
  blocking: z.boolean(),
  /** The one count (levels.ts `countByLevel`) the panel and the export dialog show too. */
  counts: z.object({ error: Count, gap: Count, warning: Count, info: Count }),
  /** What each level is called: 导出前必须修改, 定稿前应补齐, 建议修改, 提示. */
  levelNames: z.object({ error: z.string(), gap: z.string(), warning: z.string(), info: z.string() }),
  /** The panel's headline for these counts. */
  verdict: z.string(),
});
export type CheckReport = z.infer<typeof CheckReport>;

export function checkReport(doc: ReportDocument, template?: Template, options: CheckOptions = {}): CheckReport {
  const findings = checkDocument(doc, template ?? getTemplate(doc.meta.templateId), options);
  const counts = countByLevel(findings);
  return { findings, blocking: counts.error > 0, counts, levelNames: { ...LEVEL_NAMES }, verdict: verdict(counts) };
}

export { RULES } from './rules';
export * from './types';
export { GROUP_NAMES } from './messages';
export { LEVELS, LEVEL_NAMES, LEVEL_MEANINGS, countByLevel, countsLine, verdict, gapsAfterExport } from './levels';
export { describeLocation } from './describe';
