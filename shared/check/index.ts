/**
 * The style and completeness checker: pure, on the model. The completeness panel runs it live
 * in the renderer; `check.run`, `gongwen check` and the export gate (shared/export-gate.ts) run
 * it in the main process. Error-level findings are 必须修改; the gate decides which of them
 * refuse which exported file.
 */
import type { ReportDocument } from '../model/document';
import type { Template } from '../model/template';
import { getTemplate } from '../templates';
import { buildContext } from './context';
import { RULES } from './rules';
import { z } from 'zod';
import { Finding, type FindingLevel } from './types';

const LEVEL_ORDER: Record<FindingLevel, number> = { error: 0, warning: 1, info: 2 };

export function checkDocument(doc: ReportDocument, template: Template | undefined = getTemplate(doc.meta.templateId)): Finding[] {
  const ctx = buildContext(doc, template);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.kinds && !rule.kinds.includes(doc.meta.kind)) continue;
    for (const hit of rule.run(ctx)) {
      findings.push({
        rule: rule.id,
        level: rule.level,
        group: rule.group,
        message: hit.message,
        location: hit.location,
        ...(hit.excerpt ? { excerpt: hit.excerpt } : {}),
        ...(hit.range ? { range: hit.range } : {}),
        ...(hit.fix ? { fix: hit.fix } : {}),
        ...(hit.suggestion !== undefined ? { suggestion: hit.suggestion } : {}),
        ...(hit.class ? { class: hit.class } : {}),
      });
    }
  }
  // Stable: within a level, the rules table's order (structure, text, header fields).
  return findings.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** The findings that hold back an official export. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.level === 'error');
}

export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.level === 'error');
}

export function countByLevel(findings: readonly Finding[]): Record<FindingLevel, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

/** What `check.run` and `gongwen check --json` answer. */
export const CheckReport = z.object({
  findings: z.array(Finding),
  /** True when an error-level (必须修改) finding exists; shared/export-gate.ts picks which refuse which export. */
  blocking: z.boolean(),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
});
export type CheckReport = z.infer<typeof CheckReport>;

export function checkReport(doc: ReportDocument, template?: Template): CheckReport {
  const findings = template ? checkDocument(doc, template) : checkDocument(doc);
  return { findings, blocking: hasBlockingFindings(findings), counts: countByLevel(findings) };
}

export { RULES } from './rules';
export * from './types';
export { LEVEL_NAMES, GROUP_NAMES, FIELD } from './messages';
export { describeLocation } from './describe';
