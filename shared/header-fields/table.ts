/**
 * THE table of header (版头), signature (落款) and colophon (版记) fields: one row per field, with
 * where it lives in `meta`, what the clerk calls it, which fieldset of the form shows it, how its
 * text is read and stored, and what is wrong with it (the checker's own validators). The form
 * (renderer/src/meta), `gongwen export --set` (./set.ts), the checker's field findings and the
 * words for a malformed document (shared/model/describe-issue.ts) all read this table, so a field
 * is named and checked the same way everywhere.
 *
 * Keys are the clear internal names. Two documented `--set` names read differently and stay as
 * they are (extend, never rename): `header` is the 发文机关标志 (`organHeader`) and `organ` the
 * 署名 (`signatureOrgan`). A checker finding's `organ` (its location on the wire, in `check.run`
 * and `gongwen check --json`) is the 发文机关 as a whole (全称 and 标志): `finding` says which name
 * the checker uses for each row.
 */
import { Year, type Meta } from '../model/document';
import type { MetaField } from '../check/types';
import { M } from '../check/messages';
import {
  addresseeCount,
  addresseeProblem,
  ccItemsProblem,
  ccLineProblem,
  dateProblem,
  formatSigners,
  noteProblem,
  parseCcLine,
  parseSigners,
  printedDateProblem,
  signersProblem,
  titleProblem,
} from '../check/fields';
import { codeProblem, formatDocNumber, parseDocNumber } from '../doc-number';
import type { ErrorCode } from '../errors';
import type { MetaFieldName } from './set-names';
import { SET_MESSAGES } from './messages';

/** The form's fieldsets, in order, by what the clerk calls them. */
export const HEADER_GROUPS = {
  organ: '发文机关',
  head: '版头',
  main: '标题和主送',
  end: '落款',
  colophon: '版记',
} as const;
export type HeaderGroup = keyof typeof HEADER_GROUPS;

export interface HeaderField {
  key: string;
  /** Where the field is stored in `meta`, dotted. */
  path: string;
  /** What the clerk calls it: the form's label, the checker's place, the `--set` refusal. */
  label: string;
  /** The form's fieldset; absent where the form does not show the field. */
  group?: HeaderGroup;
  /** How the form takes it: typed text (default), several lines, or the 发文字号 register's picker. */
  input?: 'text' | 'multiline' | 'picker';
  /** The documented `--set` names of this field. */
  setNames: readonly MetaFieldName[];
  /** The checker's name for this field in a finding's location; the finding focuses this field. */
  finding?: MetaField;
  /** What the checker calls the place, where it is more than this field. */
  findingLabel?: string;
  /** The stored value as text. */
  format(meta: Meta): string;
  /** The text stored as typed (the form calls this on every keystroke: nothing refused). */
  parse(meta: Meta, text: string): Meta;
  /** What is wrong with the text, in the checker's words; null when nothing. */
  problem(text: string, meta: Meta): string | null;
  /** `--set` refuses a value with a problem instead of storing it (it would print wrong). */
  strict?: boolean;
  /** What `--set` refuses, where it reads more leniently than the form warns. */
  setProblem?(text: string, meta: Meta): string | null;
  /** The error code of a refusal, where a caller tells it apart. */
  refusedAs?: ErrorCode;
  /** What `--set` stores, where it does more than `parse` (fills a field that follows this one). */
  set?(meta: Meta, text: string): Meta;
}

const none = () => null;
const YES = ['true', '1', 'yes', '是'];
const NO = ['false', '0', 'no', '否'];
const DIRECTIONS: Record<string, Meta['direction']> = { up: 'up', 上行文: 'up', down: 'down', 下行文: 'down' };

export const HEADER_FIELDS = [
  {
    key: 'organFullName',
    path: 'organ.fullName',
    label: '发文机关全称',
    group: 'organ',
    setNames: ['organFullName'],
    // The checker's 发文机关 rule looks at 全称 and 标志 together; each finding names its own field.
    finding: 'organ',
    findingLabel: '发文机关',
    format: (m) => m.organ.fullName,
    // The 署名 follows the organ while it was the same (or empty).
    parse: (m, t) => ({
      ...m,
      organ: { ...m.organ, fullName: t },
      signature: { ...m.signature, organ: !m.signature.organ || m.signature.organ === m.organ.fullName ? t : m.signature.organ },
    }),
    problem: none,
  },
  {
    key: 'organHeader',
    path: 'organ.headerText',
    label: '发文机关标志',
    group: 'organ',
    setNames: ['header'],
    finding: 'organHeader',
    format: (m) => m.organ.headerText,
    parse: (m, t) => ({ ...m, organ: { ...m.organ, headerText: t } }),
    problem: none,
  },
  {
    key: 'organCode',
    path: 'organ.code',
    label: '机关代字',
    group: 'organ',
    setNames: ['organCode'],
    strict: true,
    format: (m) => m.organ.code,
    parse: (m, t) => ({ ...m, organ: { ...m.organ, code: t.trim() } }),
    problem: (t) => codeProblem(t.trim()),
  },
  {
    // Never typed into the form: the picker takes a number from the register (renderer/src/numbers).
    key: 'docNumber',
    path: 'docNumber',
    label: '发文字号',
    group: 'head',
    input: 'picker',
    setNames: ['docNumber'],
    finding: 'docNumber',
    strict: true,
    refusedAs: 'BAD_DOC_NUMBER',
    format: (m) => (m.docNumber ? formatDocNumber(m.docNumber) : ''),
    parse: (m, t) => {
      const r = parseDocNumber(t);
      return { ...m, docNumber: r.ok ? r.value : null };
    },
    problem: (t) => {
      if (!t.trim()) return null;
      const r = parseDocNumber(t);
      return r.ok ? null : r.message;
    },
    // Empty clears it; the 机关代字 follows the first number given.
    set: (m, t) => {
      const r = parseDocNumber(t);
      if (!r.ok) return { ...m, docNumber: null };
      return { ...m, docNumber: r.value, organ: { ...m.organ, code: m.organ.code || r.value.code } };
    },
  },
  {
    key: 'signers',
    path: 'signers',
    label: '签发人',
    group: 'head',
    setNames: ['signers'],
    finding: 'signers',
    strict: true,
    format: (m) => formatSigners(m.signers),
    parse: (m, t) => ({ ...m, signers: parseSigners(t) }),
    problem: (t) => signersProblem(parseSigners(t)),
  },
  {
    key: 'title',
    path: 'title',
    label: '标题',
    group: 'main',
    input: 'multiline',
    setNames: ['title'],
    finding: 'title',
    format: (m) => m.title,
    parse: (m, t) => ({ ...m, title: t }),
    problem: (t, m) => titleProblem(t, m.kind),
  },
  {
    key: 'addressee',
    path: 'addressee',
    label: '主送机关',
    group: 'main',
    setNames: ['addressee'],
    finding: 'addressee',
    format: (m) => m.addressee,
    parse: (m, t) => ({ ...m, addressee: t }),
    problem: (t, m) => addresseeProblem(t) ?? (m.kind === '请示' && addresseeCount(t) > 1 ? M.singleAddressee : null),
  },
  {
    key: 'signatureOrgan',
    path: 'signature.organ',
    label: '署名',
    group: 'end',
    setNames: ['organ'],
    finding: 'signatureOrgan',
    format: (m) => m.signature.organ,
    parse: (m, t) => ({ ...m, signature: { ...m.signature, organ: t } }),
    problem: none,
    // Batch work names the organ once: an empty 发文机关全称 takes the 署名.
    set: (m, t) => ({ ...m, signature: { ...m.signature, organ: t }, organ: { ...m.organ, fullName: m.organ.fullName || t } }),
  },
  {
    key: 'date',
    path: 'signature.date',
    label: '成文日期',
    group: 'end',
    setNames: ['date'],
    finding: 'date',
    strict: true,
    format: (m) => m.signature.date,
    parse: (m, t) => ({ ...m, signature: { ...m.signature, date: t.trim() } }),
    problem: dateProblem,
  },
  {
    key: 'note',
    path: 'note',
    label: '附注',
    group: 'end',
    setNames: ['note'],
    finding: 'note',
    format: (m) => m.note,
    parse: (m, t) => ({ ...m, note: t }),
    problem: noteProblem,
  },
  {
    key: 'cc',
    path: 'cc',
    label: '抄送',
    group: 'colophon',
    setNames: ['cc'],
    finding: 'cc',
    strict: true,
    format: (m) => m.cc.join('，'),
    parse: (m, t) => ({ ...m, cc: parseCcLine(t) }),
    problem: ccLineProblem,
    // Batch input may split with half-width commas; what matters is that no item holds a mark.
    setProblem: (t) => ccItemsProblem(parseCcLine(t)),
  },
  {
    key: 'printedBy',
    path: 'printedBy',
    label: '印发机关',
    group: 'colophon',
    setNames: ['printedBy'],
    finding: 'printedBy',
    format: (m) => m.printedBy,
    parse: (m, t) => ({ ...m, printedBy: t }),
    problem: none,
  },
  {
    key: 'printedDate',
    path: 'printedDate',
    label: '印发日期',
    group: 'colophon',
    setNames: ['printedDate'],
    finding: 'printedDate',
    strict: true,
    format: (m) => m.printedDate,
    parse: (m, t) => ({ ...m, printedDate: t.trim() }),
    problem: printedDateProblem,
    // The colophon prints “印发” itself.
    set: (m, t) => ({ ...m, printedDate: t.replace(/印发$/, '') }),
  },
  // Not in the form (set when the draft is made, or by the 文种 and profile), settable by `--set`.
  {
    key: 'year',
    path: 'year',
    label: '报告年度',
    setNames: ['year'],
    strict: true,
    format: (m) => String(m.year),
    parse: (m, t) => ({ ...m, year: Number(t) }),
    problem: (t) => (/^\d{4}$/.test(t.trim()) && Year.safeParse(Number(t)).success ? null : SET_MESSAGES.yearForm),
  },
  {
    key: 'sealed',
    path: 'signature.sealed',
    label: '是否加盖印章',
    setNames: ['sealed'],
    strict: true,
    format: (m) => (m.signature.sealed ? '是' : '否'),
    parse: (m, t) => ({ ...m, signature: { ...m.signature, sealed: YES.includes(t.trim().toLowerCase()) } }),
    problem: (t) => (YES.includes(t.trim().toLowerCase()) || NO.includes(t.trim().toLowerCase()) ? null : SET_MESSAGES.sealedForm),
  },
  {
    key: 'direction',
    path: 'direction',
    label: '行文方向',
    setNames: ['direction'],
    strict: true,
    format: (m) => m.direction,
    parse: (m, t) => ({ ...m, direction: DIRECTIONS[t.trim()] ?? m.direction }),
    problem: (t) => (Object.hasOwn(DIRECTIONS, t.trim()) ? null : SET_MESSAGES.directionForm),
  },
  {
    key: 'copyNo',
    path: 'copyNo',
    label: '份号',
    setNames: ['copyNo'],
    format: (m) => m.copyNo ?? '',
    parse: (m, t) => ({ ...m, copyNo: t.trim() || undefined }),
    problem: none,
  },
  {
    key: 'secrecy',
    path: 'secrecy',
    label: '密级和保密期限',
    setNames: ['secrecy'],
    format: (m) => m.secrecy ?? '',
    parse: (m, t) => ({ ...m, secrecy: t.trim() || undefined }),
    problem: none,
  },
  {
    key: 'urgency',
    path: 'urgency',
    label: '紧急程度',
    setNames: ['urgency'],
    format: (m) => m.urgency ?? '',
    parse: (m, t) => ({ ...m, urgency: t.trim() || undefined }),
    problem: none,
  },
] as const satisfies readonly HeaderField[];

export type HeaderFieldKey = (typeof HEADER_FIELDS)[number]['key'];

const rows: readonly HeaderField[] = HEADER_FIELDS;

/** The row a `--set` name stands for, or undefined for a name nobody documented. */
export function fieldBySetName(name: string): HeaderField | undefined {
  return rows.find((f) => (f.setNames as readonly string[]).includes(name));
}

/** What the checker's field names are called and which field a finding about each focuses. */
export const FINDING_FIELDS = Object.fromEntries(
  rows.filter((f) => f.finding).map((f) => [f.finding, { key: f.key as HeaderFieldKey, label: f.findingLabel ?? f.label }]),
) as Record<MetaField, { key: HeaderFieldKey; label: string }>;

/** The label of the field stored at `path` (dotted, inside meta), the longest path that matches winning. */
export function labelAtPath(path: string): string | undefined {
  let best: HeaderField | undefined;
  for (const f of rows) if ((path === f.path || path.startsWith(f.path + '.')) && (!best || f.path.length > best.path.length)) best = f;
  return best?.label;
}
