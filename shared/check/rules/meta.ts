/**
 * The header (版头) and colophon (版记) fields: present when an official document needs them,
 * and well formed (through the same validators the header form uses while typing).
 */
import { checkDocNumber } from '../../doc-number';
import { M } from '../messages';
import { FINDING_FIELDS } from '../../header-fields/table';
import {
  addresseeCount,
  addresseeProblem,
  ccItemsProblem,
  dateProblem,
  noteProblem,
  parseDate,
  printedDateProblem,
  signersProblem,
  titleProblem,
} from '../fields';
import type { CheckContext, Hit, MetaField } from '../types';
import type { Template } from '../../model/template';

const at = (field: MetaField) => ({ type: 'meta' as const, field });
const hit = (field: MetaField, message: string | null | undefined): Hit[] => (message ? [{ message, location: at(field) }] : []);

/**
 * The 标志 prints the organ's full name when no 标志 text is given: only both missing leave the
 * 版头 without its organ (导出前必须修改); one of them missing is a gap to fill before 定稿.
 */
export function organMissing({ doc }: CheckContext): Hit[] {
  const o = doc.meta.organ;
  const hits = [
    ...hit('organ', o.fullName.trim() ? null : M.fieldMissing(FINDING_FIELDS.organ.label)),
    ...hit('organHeader', o.headerText.trim() ? null : M.organHeaderMissing),
  ];
  return hits.length === 1 ? hits.map((h) => ({ ...h, level: 'gap' as const })) : hits;
}

/** Whether the draft's template wants this field (a draft of an unknown template: as a 公文 does). */
const wanted = (template: Template | undefined, field: keyof Template['header']) => template?.header[field] ?? true;

export function docNumberMissing({ doc, template }: CheckContext): Hit[] {
  if (!wanted(template, 'docNumber')) return [];
  return hit('docNumber', doc.meta.docNumber ? null : M.docNumberMissing);
}

export function docNumberFormat({ doc }: CheckContext): Hit[] {
  const n = doc.meta.docNumber;
  const r = n ? checkDocNumber(n) : null;
  return hit('docNumber', r && !r.ok ? r.message : null);
}

export function docNumberCode({ doc }: CheckContext): Hit[] {
  const n = doc.meta.docNumber;
  const code = doc.meta.organ.code.trim();
  return hit('docNumber', n && code && n.code !== code ? M.docNumberCode(n.code, code) : null);
}

export function docNumberYear({ doc }: CheckContext): Hit[] {
  const n = doc.meta.docNumber;
  const date = parseDate(doc.meta.signature.date);
  return hit('docNumber', n && date && n.year !== date.year ? M.docNumberYear(n.year, date.year) : null);
}

export function signersMissing({ doc, template }: CheckContext): Hit[] {
  if (!wanted(template, 'signers')) return [];
  return hit('signers', doc.meta.direction === 'up' && doc.meta.signers.length === 0 ? M.signersMissing : null);
}

export function signerName({ doc }: CheckContext): Hit[] {
  return hit('signers', signersProblem(doc.meta.signers));
}

export function titleMissing({ doc }: CheckContext): Hit[] {
  return hit('title', doc.meta.title.trim() ? null : M.fieldMissing(FINDING_FIELDS.title.label));
}

export function titleFormat({ doc }: CheckContext): Hit[] {
  return hit('title', titleProblem(doc.meta.title, doc.meta.kind));
}

export function addresseeMissing({ doc, template }: CheckContext): Hit[] {
  if (!wanted(template, 'addressee')) return [];
  return hit('addressee', doc.meta.addressee.trim() ? null : M.fieldMissing(FINDING_FIELDS.addressee.label));
}

export function addresseeFormat({ doc }: CheckContext): Hit[] {
  return hit('addressee', addresseeProblem(doc.meta.addressee));
}

export function singleAddressee({ doc }: CheckContext): Hit[] {
  return hit('addressee', addresseeCount(doc.meta.addressee) > 1 ? M.singleAddressee : null);
}

export function dateMissing({ doc }: CheckContext): Hit[] {
  return hit('date', doc.meta.signature.date.trim() ? null : M.fieldMissing(FINDING_FIELDS.date.label));
}

export function dateFormat({ doc }: CheckContext): Hit[] {
  return hit('date', dateProblem(doc.meta.signature.date));
}

/** Reports are dated in the reported year or early the next; anything else is worth a look. */
export function dateYear({ doc }: CheckContext): Hit[] {
  const d = parseDate(doc.meta.signature.date);
  return hit('date', d && d.year !== doc.meta.year && d.year !== doc.meta.year + 1 ? M.dateYear(d.year, doc.meta.year) : null);
}

export function signatureMissing({ doc }: CheckContext): Hit[] {
  return hit('signatureOrgan', doc.meta.signature.organ.trim() ? null : M.fieldMissing(FINDING_FIELDS.signatureOrgan.label));
}

export function noteFormat({ doc }: CheckContext): Hit[] {
  return hit('note', noteProblem(doc.meta.note));
}

export function ccFormat({ doc }: CheckContext): Hit[] {
  return hit('cc', ccItemsProblem(doc.meta.cc));
}

export function colophonMissing({ doc, template }: CheckContext): Hit[] {
  if (!wanted(template, 'colophon')) return [];
  return [
    ...hit('printedBy', doc.meta.printedBy.trim() ? null : M.fieldMissing(FINDING_FIELDS.printedBy.label)),
    ...hit('printedDate', doc.meta.printedDate.trim() ? null : M.fieldMissing(FINDING_FIELDS.printedDate.label)),
  ];
}

export function printedDateFormat({ doc }: CheckContext): Hit[] {
  return hit('printedDate', printedDateProblem(doc.meta.printedDate));
}
