/**
 * The header and colophon fields as data: where each lives in doc.meta, how its text is read
 * and stored, and what is wrong with it while typing. The validators are the checker's own
 * (shared/check/fields.ts, shared/doc-number.ts), so the form and the completeness panel never
 * disagree.
 */
import type { Meta } from '../../../shared/model/document';
import type { MetaField } from '../../../shared/check/types';
import { M } from '../../../shared/check/messages';
import {
  addresseeCount,
  addresseeProblem,
  ccLineProblem,
  dateProblem,
  formatSigners,
  noteProblem,
  parseCcLine,
  parseSigners,
  printedDateProblem,
  signersProblem,
  titleProblem,
} from '../../../shared/check/fields';
import { codeProblem } from '../../../shared/doc-number';
import type { T } from './messages';

export type FieldKey = keyof typeof T.labels;
export type FieldGroup = keyof typeof T.groups;

/** A field typed as text. */
export interface FieldSpec {
  key: Exclude<FieldKey, (typeof PICKER_FIELDS)[number]['key']>;
  group: FieldGroup;
  read(meta: Meta): string;
  write(meta: Meta, text: string): Meta;
  problem(text: string, meta: Meta): string | null;
  multiline?: boolean;
}

const none = () => null;

/**
 * Fields that are not typed as text. The 发文字号 goes through the register (the picker in
 * renderer/src/register), so a number is never stored without being checked and registered; it
 * shows first in its group.
 */
export const PICKER_FIELDS = [{ key: 'docNumber', group: 'head' }] as const satisfies readonly { key: FieldKey; group: FieldGroup }[];

export const FIELDS: readonly FieldSpec[] = [
  {
    key: 'organFullName',
    group: 'organ',
    read: (m) => m.organ.fullName,
    // The 署名 follows the organ while it was the same (or empty).
    write: (m, t) => ({
      ...m,
      organ: { ...m.organ, fullName: t },
      signature: { ...m.signature, organ: !m.signature.organ || m.signature.organ === m.organ.fullName ? t : m.signature.organ },
    }),
    problem: none,
  },
  {
    key: 'organHeader',
    group: 'organ',
    read: (m) => m.organ.headerText,
    write: (m, t) => ({ ...m, organ: { ...m.organ, headerText: t } }),
    problem: none,
  },
  {
    key: 'organCode',
    group: 'organ',
    read: (m) => m.organ.code,
    write: (m, t) => ({ ...m, organ: { ...m.organ, code: t.trim() } }),
    problem: codeProblem,
  },
  {
    key: 'signers',
    group: 'head',
    read: (m) => formatSigners(m.signers),
    write: (m, t) => ({ ...m, signers: parseSigners(t) }),
    problem: (t) => signersProblem(parseSigners(t)),
  },
  {
    key: 'title',
    group: 'main',
    read: (m) => m.title,
    write: (m, t) => ({ ...m, title: t }),
    problem: (t, m) => titleProblem(t, m.kind),
    multiline: true,
  },
  {
    key: 'addressee',
    group: 'main',
    read: (m) => m.addressee,
    write: (m, t) => ({ ...m, addressee: t }),
    problem: (t, m) => addresseeProblem(t) ?? (m.kind === '请示' && addresseeCount(t) > 1 ? M.singleAddressee : null),
  },
  {
    key: 'signatureOrgan',
    group: 'end',
    read: (m) => m.signature.organ,
    write: (m, t) => ({ ...m, signature: { ...m.signature, organ: t } }),
    problem: none,
  },
  {
    key: 'date',
    group: 'end',
    read: (m) => m.signature.date,
    write: (m, t) => ({ ...m, signature: { ...m.signature, date: t.trim() } }),
    problem: dateProblem,
  },
  { key: 'note', group: 'end', read: (m) => m.note, write: (m, t) => ({ ...m, note: t }), problem: noteProblem },
  { key: 'cc', group: 'colophon', read: (m) => m.cc.join('，'), write: (m, t) => ({ ...m, cc: parseCcLine(t) }), problem: ccLineProblem },
  { key: 'printedBy', group: 'colophon', read: (m) => m.printedBy, write: (m, t) => ({ ...m, printedBy: t }), problem: none },
  {
    key: 'printedDate',
    group: 'colophon',
    read: (m) => m.printedDate,
    write: (m, t) => ({ ...m, printedDate: t.trim() }),
    problem: printedDateProblem,
  },
];

/** The input a checker finding about `field` should focus. */
export function fieldForFinding(field: MetaField): FieldKey {
  return field === 'organ' ? 'organFullName' : field;
}

export const fieldInputId = (key: FieldKey) => `gw-field-${key}`;
