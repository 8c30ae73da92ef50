/**
 * What holds back an export, per version. The checker (shared/check) says what is wrong with a
 * draft and at which level (shared/check/levels.ts); this applies the levels to each file:
 *
 * - 草稿 (draft): nothing. It is marked 草稿（未定稿） on every page and may be exported any time.
 * - 正式文件 (official): refused while a 导出前必须修改 (`error`) finding remains. 定稿前应补齐
 *   (`gap`) findings — a part, 标题, 主送, 成文日期, 署名, 印发日期 not filled in yet — leave a line
 *   or a part out but print nothing wrong: the export goes ahead once the clerk has confirmed each
 *   of them (`confirmedGaps`), and the draft's history records it.
 * - 网站公开版 (web): as official, minus the rules about the 版头 (发文机关标志, 发文字号,
 *   签发人), which the web version does not print; its gaps are reported, not asked about.
 *
 * See docs/export.md ("Export gating").
 */
import { checkDocument, describeLocation, type Finding, type FindingLocation } from '../check/index';
import { unconfirmedGapsMessage } from '../check/levels';
import { AppError } from '../errors';
import type { ReportDocument } from '../model/document';
import { blockedSentence } from './messages';
import type { ExportVariant } from './variant';

/** The gaps the clerk confirmed (as `reasonLine`s), or `'all'` where nobody is asked (the CLI). */
export type ConfirmedGaps = readonly string[] | 'all';

/** One reason shown to the clerk: what is wrong, where (in words) and where (for jumping there). */
export interface ExportReason {
  rule: string;
  message: string;
  location: FindingLocation;
  /** The place in the clerk's words, e.g. “发文字号”, “二、存在的不足和原因”. */
  where: string;
}

export interface ExportGate {
  /** 导出前必须修改: reasons the export is refused; empty when it may go ahead. */
  blocking: ExportReason[];
  /** 定稿前应补齐: what this version leaves out; the official export asks the clerk to confirm each. */
  gaps: ExportReason[];
}

/** Rules about what only the 版头 prints. */
const HEADER_ONLY: ReadonlySet<string> = new Set(['organ-missing', 'doc-number-missing', 'doc-number-format', 'signers-missing']);

function blocks(f: Finding, variant: ExportVariant): boolean {
  if (variant === 'draft' || f.level !== 'error') return false;
  return !(variant === 'web' && HEADER_ONLY.has(f.rule));
}

/** Only these levels hold back or are asked about: the gate runs only their rules. */
const GATE_LEVELS = ['error', 'gap'] as const;

export function exportGate(
  doc: ReportDocument,
  variant: ExportVariant,
  findings: readonly Finding[] = checkDocument(doc, undefined, { levels: GATE_LEVELS }),
): ExportGate {
  const gate: ExportGate = { blocking: [], gaps: [] };
  const reason = (f: Finding): ExportReason => ({
    rule: f.rule,
    message: f.message,
    location: f.location,
    where: describeLocation(doc, f.location),
  });
  for (const f of findings) {
    if (blocks(f, variant)) gate.blocking.push(reason(f));
    else if (f.level === 'gap') gate.gaps.push(reason(f));
  }
  return gate;
}

/** Whether this version asks the clerk to confirm its gaps before it is written. */
export function needsConfirmation(gate: ExportGate, variant: ExportVariant): boolean {
  return variant === 'official' && gate.gaps.length > 0;
}

/** The gaps not among those the clerk confirmed (compared as `reasonLine`s: what the dialog listed). */
function unconfirmedGaps(gate: ExportGate, confirmed: readonly string[] | undefined): ExportReason[] {
  const seen = new Set(confirmed ?? []);
  return gate.gaps.filter((r) => !seen.has(reasonLine(r)));
}

/**
 * Throw EXPORT_BLOCKED (details: the reasons) when this version may not be exported, and
 * EXPORT_UNCONFIRMED (details: the gaps) when an official export has gaps the clerk did not confirm.
 */
export function assertExportAllowed(doc: ReportDocument, variant: ExportVariant, confirmedGaps?: ConfirmedGaps): ExportGate {
  const gate = exportGate(doc, variant);
  if (gate.blocking.length) throw new AppError('EXPORT_BLOCKED', blockedSentence(gate.blocking.length, variant), gate.blocking);
  if (confirmedGaps !== 'all' && needsConfirmation(gate, variant)) {
    const open = unconfirmedGaps(gate, confirmedGaps);
    if (open.length) throw new AppError('EXPORT_UNCONFIRMED', unconfirmedGapsMessage(open.map(reasonLine)), open);
  }
  return gate;
}

/**
 * “发文字号：正式文件须有发文字号。” — one reason as a line of text (CLI, notices, confirmation, the
 * history note). A missing part's message names the part already: “缺少“其他需要报告的情况”部分。…”.
 */
export function reasonLine(r: ExportReason): string {
  return r.location.type === 'slot' ? r.message : `${r.where}：${r.message}`;
}
