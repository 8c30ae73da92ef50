/**
 * The 版头: 份号, 密级, 紧急程度, the red 发文机关标志, and the 发文字号 (with 签发人 for 上行文)
 * over the red rule.
 */
import type { ReportDocument } from '../model/document';
import { formatDocNumber } from '../doc-number';
import { COLOR, GRID, HEADER, INDENT, PAGE, RULE, SIZE } from '../gbt9704';
import { textWidth } from './linebreak';
import { blank, para, run } from './para';
import type { PlanBlock, PlanBorder, PlanPara, PlanRun, PlanTab } from './types';
import type { ExportVariant } from '../export/variant';

/** 发文机关标志: as large as fits one line of the 版心, squeezed horizontally below the minimum size. */
export function organMarkSize(text: string): { size: number; scale: number } {
  const n = [...text].length || 1;
  const fit = Math.floor((PAGE.textWidth / 20 / n) * 2) / 2; // pt, half-point steps
  if (fit >= SIZE.organMark.min) return { size: Math.min(SIZE.organMark.max, fit), scale: 100 };
  const size = SIZE.organMark.min;
  return { size, scale: Math.max(33, Math.floor((PAGE.textWidth / 20 / (n * size)) * 100)) };
}

/** Offset of a CJK glyph's ink top below the top of an exact-height line (LibreOffice, Noto CJK; twips). */
function inkTopInLine(line: number, sizePt: number): number {
  // An exact line keeps the font's descent at its bottom; ideographs' ink reaches this far above the baseline.
  return line - sizePt * 20 * (ORGAN_MARK_DESCENT + ORGAN_MARK_INK);
}
/**
 * Measured on the LibreOffice render with Noto Serif CJK (descent 0.288 em) standing in for
 * 方正小标宋; 方正小标宋's own descent is smaller, so Word puts the 标志 ~2 mm lower (docs/export.md).
 */
const ORGAN_MARK_DESCENT = 0.288;
const ORGAN_MARK_INK = 0.857;
/** The 标志's exact line height in ems: roomy, so no application clips the glyph tops. */
const ORGAN_MARK_LINE = 1.5;

export function headerBlock(doc: ReportDocument, variant: ExportVariant): PlanBlock[] {
  const m = doc.meta;
  const out: PlanBlock[] = [];
  let y = 0;
  for (const v of [m.copyNo, m.secrecy, m.urgency]) {
    if (!v?.trim()) continue;
    out.push(para('headerField', [run(v.trim(), 'headerFields', { spacing: 0 })], { align: 'left' }));
    y += GRID.line;
  }
  const markText = m.organ.headerText.trim() || m.organ.fullName.trim();
  if (markText) {
    const { size, scale } = organMarkSize(markText);
    const line = Math.ceil(size * 20 * ORGAN_MARK_LINE);
    const before = Math.max(0, Math.round(HEADER.organMarkTop - y - inkTopInLine(line, size)));
    out.push(
      para('organMark', [run(markText, 'organMark', { size, spacing: 0, color: COLOR.red, ...(scale < 100 ? { scale } : {}) })], {
        align: 'center',
        line,
        before,
      }),
    );
    out.push(blank(HEADER.blankLinesAfterMark * GRID.line));
  }
  out.push(...numberLines(doc, variant));
  return out;
}

/** What a 草稿 prints for a 发文字号 not yet given. */
export const NUMBER_PENDING = '（发文字号待定）';

/** 发文字号 (and 签发人 for 上行文) with the red rule under the last line. */
function numberLines(doc: ReportDocument, variant: ExportVariant): PlanPara[] {
  const m = doc.meta;
  // A 草稿 may go out before the number is given: it says so, beside the 签发人 too.
  const number = m.docNumber ? formatDocNumber(m.docNumber) : variant === 'draft' ? NUMBER_PENDING : '';
  const rule: PlanBorder = { sz: RULE.redSz, color: COLOR.red, space: RULE.redSpacePt };
  const signers = m.direction === 'up' ? m.signers.map((s) => s.trim()).filter(Boolean) : [];
  const style = { spacing: 0 };
  if (!signers.length) {
    return [para('docNumber', number ? [run(number, 'body', style)] : [], { align: 'center', borderBottom: rule })];
  }
  // Names two a line, the label once; the 发文字号 on the line of the last names. The paragraph
  // carries no indent (the rule would shrink with it): the 1字 insets are tab stops.
  const label = '签发人：';
  const pairs: string[][] = [];
  for (let i = 0; i < signers.length; i += 2) pairs.push(signers.slice(i, i + 2));
  const sep = '　';
  const w = (t: string) => textWidth([{ text: t, style: { size: SIZE.body, spacing: 0 } }]);
  const widest = Math.max(...pairs.map((p) => w(p.join(sep))));
  const labelStart = Math.round(PAGE.textWidth - INDENT.docNumberInset - w(label) - widest);
  const namesStart = Math.round(labelStart + w(label));
  // Tab stops, not indents, carry the insets. The label and the names follow each other without
  // a tab (text ending exactly on a stop would jump to the next default stop).
  const numberTab: PlanTab = { pos: INDENT.docNumberInset, align: 'left' };
  return pairs.map((pair, i) => {
    const last = i === pairs.length - 1;
    const lead = last && number ? `\t${number}\t` : '\t\t';
    const runs: PlanRun[] = [run(i === 0 ? `${lead}${label}` : lead, 'body', style), run(pair.join(sep), 'signer', style)];
    const tabs = [numberTab, { pos: i === 0 ? labelStart : namesStart, align: 'left' as const }];
    return para('signers', runs, { align: 'left', tabs, ...(last ? { borderBottom: rule } : {}) });
  });
}
