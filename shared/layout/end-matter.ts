/**
 * After the body: the 附件说明, 署名 and 成文日期 (sealed or not), the 附注, and the attachments,
 * each on a new page.
 */
import type { ReportDocument } from '../model/document';
import { numberSections } from '../headings/index';
import { CHAR, GRID, INDENT, PAGE, SIGNATURE, SIZE } from '../gbt9704';
import { textWidth } from './linebreak';
import { blank, bodyPara, para, run } from './para';
import { blocks, titleParas } from './body';
import type { PlanBlock, PlanPara } from './types';
import type { ExportVariant } from '../export/variant';

const BODY_STYLE = { size: SIZE.body, spacing: GRID.charSpacing };

export function attachmentNote(doc: ReportDocument): PlanPara[] {
  const list = doc.meta.attachments.map((a) => a.title.trim()).filter(Boolean);
  if (!list.length) return [];
  const lead = '附件：';
  const leadW = 3 * CHAR.san;
  if (list.length === 1) {
    return [blank(), para('attachNote', [run(lead + list[0], 'body')], { indent: { left: INDENT.firstLine + leadW, right: 0, firstLine: -leadW } })];
  }
  return [
    blank(),
    ...list.map((t, i) =>
      para('attachNote', [run(`${i === 0 ? lead : ''}${i + 1}.${t}`, 'body')], {
        indent: { left: INDENT.firstLine + leadW, right: 0, firstLine: i === 0 ? -leadW : 0 },
      }),
    ),
  ];
}

export function signatureBlock(doc: ReportDocument): PlanPara[] {
  const s = doc.meta.signature;
  const organ = s.organ.trim();
  const date = s.date.trim();
  if (!organ && !date) return [];
  const w = (t: string) => textWidth([{ text: t, style: BODY_STYLE }]) - GRID.charSpacing;
  const out: PlanPara[] = [];
  if (s.sealed) {
    for (let i = 0; i < SIGNATURE.sealedBlankLines; i++) out.push(blank());
    // 成文日期 right indent 4字; 署名 centred over the date.
    const dateRight = INDENT.sealedDateRight;
    if (organ) {
      const right = date ? Math.max(0, Math.round(dateRight + (w(date) - w(organ)) / 2)) : dateRight;
      out.push(para('signature', [run(organ, 'body')], { align: 'right', indent: { left: 0, right, firstLine: 0 } }));
    }
    if (date) out.push(para('date', [run(date, 'body')], { align: 'right', indent: { left: 0, right: dateRight, firstLine: 0 } }));
  } else {
    for (let i = 0; i < SIGNATURE.unsealedBlankLines; i++) out.push(blank());
    // 署名 right indent 2字; the date starts 2字 right of the 署名's first character. A longer
    // date keeps 2字 from the right and pushes the 署名 left.
    let organRight = INDENT.unsealedSignatureRight;
    let dateLeft = PAGE.textWidth - organRight - w(organ) + INDENT.unsealedDateShift;
    if (dateLeft + w(date) > PAGE.textWidth - INDENT.unsealedSignatureRight) {
      dateLeft = PAGE.textWidth - INDENT.unsealedSignatureRight - w(date);
      organRight = Math.max(0, PAGE.textWidth - (dateLeft - INDENT.unsealedDateShift) - w(organ));
    }
    if (organ) out.push(para('signature', [run(organ, 'body')], { align: 'right', indent: { left: 0, right: Math.round(organRight), firstLine: 0 } }));
    if (date) out.push(para('date', [run(date, 'body')], { align: 'left', indent: { left: Math.max(0, Math.round(dateLeft)), right: 0, firstLine: 0 } }));
  }
  return out;
}

export function notePara(doc: ReportDocument): PlanPara[] {
  const note = doc.meta.note.trim();
  if (!note) return [];
  const text = /^[（(].*[)）]$/.test(note) ? note.replace(/^\(/, '（').replace(/\)$/, '）') : `（${note}）`;
  return [bodyPara([run(text, 'body')])].map((p) => ({ ...p, role: 'note' as const }));
}

export function attachmentPages(doc: ReportDocument, variant: ExportVariant): PlanBlock[] {
  const list = doc.meta.attachments;
  const out: PlanBlock[] = [];
  list.forEach((a, i) => {
    const label = list.length > 1 ? `附件${i + 1}` : '附件';
    out.push(para('attachLabel', [run(label, 'attachmentLabel', { spacing: 0 })], { align: 'left', pageBreakBefore: true }));
    out.push(blank());
    if (a.title.trim()) out.push(titleParas(a.title, 'attachTitle'), blank());
    out.push(...blocks(a.blocks, numberSections(a.blocks), variant));
  });
  return out;
}
