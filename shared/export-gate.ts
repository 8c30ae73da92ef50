/**
 * What holds back an export, per version. The checker (shared/check) says what is wrong with a
 * draft; this decides which of its error-level findings stop which exported file:
 *
 * - 草稿 (draft): nothing. It is marked 草稿（未定稿） on every page and may be exported any time.
 * - 正式文件 (official): error-level findings, except those in `FILLED_IN_LATER`: parts and fields
 *   whose absence leaves a line or a section out of the file but prints nothing wrong on it. They
 *   are still reported (`advisories`), and the completeness panel keeps them as 必须修改.
 * - 网站公开版 (web): as official, minus the rules about the 版头 (发文机关标志, 发文字号,
 *   签发人), which the web version does not print.
 *
 * So the official file is held back when it would carry something wrong (a placeholder, a doubled
 * heading number, an empty section, a malformed 发文字号 or date, 请示事项 in a 报告) or lacks what
 * makes it an official 文件 of its organ (发文机关标志, 发文字号, 签发人 of a 上行文). See
 * docs/export.md ("Export gating") for why the rest only warns.
 */
import { checkDocument, describeLocation, type Finding, type FindingLocation } from './check/index';
import { AppError } from './errors';
import type { ReportDocument } from './model/document';

export type GateVariant = 'official' | 'web' | 'draft';

/** One reason shown to the clerk: what is wrong, where (in words) and where (for jumping there). */
export interface ExportReason {
  rule: string;
  message: string;
  location: FindingLocation;
  /** The place in the clerk's words, e.g. “发文字号”, “二、存在的不足和原因”. */
  where: string;
}

export interface ExportGate {
  /** Reasons the export is refused; empty when it may go ahead. */
  blocking: ExportReason[];
  /** Error-level findings that do not hold this version back but must be fixed before filing. */
  advisories: ExportReason[];
}

/**
 * Absent, not wrong: a missing section of the template, a title, 主送机关 or 成文日期 not filled in
 * yet. Batch export (`gongwen export --set` of the 版头 and 版记 fields, on last year's imported
 * reports) and a layout proof for the leader's review must not be refused for these.
 */
const FILLED_IN_LATER: ReadonlySet<string> = new Set(['slot-missing', 'title-missing', 'addressee-missing', 'date-missing']);

/** Rules about what only the 版头 prints. */
const HEADER_ONLY: ReadonlySet<string> = new Set(['organ-missing', 'doc-number-missing', 'doc-number-format', 'signers-missing']);

const VARIANT_NAME: Record<GateVariant, string> = { official: '正式文件', web: '网站公开版', draft: '草稿' };

function blocks(f: Finding, doc: ReportDocument, variant: GateVariant): boolean {
  if (variant === 'draft' || f.level !== 'error' || FILLED_IN_LATER.has(f.rule)) return false;
  if (variant === 'web' && HEADER_ONLY.has(f.rule)) return false;
  // The 标志 prints the organ's full name when no 标志 text is given: only both missing leave the
  // 版头 without its organ.
  if (f.rule === 'organ-missing') return !doc.meta.organ.headerText.trim() && !doc.meta.organ.fullName.trim();
  return true;
}

export function exportGate(doc: ReportDocument, variant: GateVariant, findings: readonly Finding[] = checkDocument(doc)): ExportGate {
  const gate: ExportGate = { blocking: [], advisories: [] };
  for (const f of findings) {
    if (f.level !== 'error') continue;
    const reason: ExportReason = { rule: f.rule, message: f.message, location: f.location, where: describeLocation(doc, f.location) };
    (blocks(f, doc, variant) ? gate.blocking : gate.advisories).push(reason);
  }
  return gate;
}

/** Throw EXPORT_BLOCKED, its details the list of reasons, when this version may not be exported. */
export function assertExportAllowed(doc: ReportDocument, variant: GateVariant): ExportGate {
  const gate = exportGate(doc, variant);
  if (gate.blocking.length) {
    throw new AppError(
      'EXPORT_BLOCKED',
      `文稿仍有 ${gate.blocking.length} 处必须修改的问题，暂不能导出${VARIANT_NAME[variant]}。请先修改，或导出草稿。`,
      gate.blocking,
    );
  }
  return gate;
}

/** “发文字号：正式文件须有发文字号。” — one reason as a line of text (CLI, notices). */
export function reasonLine(r: ExportReason): string {
  return `${r.where}：${r.message}`;
}
