/**
 * Header and colophon fields by name, for `gongwen export --set field=value` and anything else
 * that fills a draft's meta from text (batch export, forms). Each field knows its meta path, how
 * to parse the text, and says what is wrong in Chinese.
 */
import { AppError, type ErrorCode } from './errors';
import { ReportDocument, Year, type DocNumber } from './model/document';
import { parseDocNumber } from './doc-number';
import { META_FIELD_NAMES, type MetaFieldName } from './meta-field-names';
import { ccItemsProblem, dateProblem, parseCcLine, parseSigners, printedDateProblem, signersProblem } from './check/fields';
import { stripNonXmlChars } from './model/xml-chars';

type Meta = ReportDocument['meta'];

interface FieldDef {
  label: string;
  apply(meta: Meta, value: string): Meta;
}

/** A value refused in the words of the rule it breaks, naming the field and the value. */
function refusal(label: string, value: string, problem: string, code: ErrorCode = 'BAD_INPUT'): AppError {
  return new AppError(code, `${label}“${value.trim()}”不正确：${problem}`);
}

/** Refuse a value whose problem the field rules (shared/check/fields) describe. */
function refuse(problem: string | null, label: string, value: string): void {
  if (problem) throw refusal(label, value, problem);
}

/** Read a 发文字号 through the one rule in shared/doc-number, or refuse it in its words. */
export function docNumberFromText(text: string): DocNumber {
  const r = parseDocNumber(text);
  if (!r.ok) throw refusal('发文字号', text, r.message, 'BAD_DOC_NUMBER');
  return r.value;
}

const FIELDS: Record<MetaFieldName, FieldDef> = {
  header: { label: '发文机关标志', apply: (m, v) => ({ ...m, organ: { ...m.organ, headerText: v.trim() } }) },
  docNumber: {
    label: '发文字号',
    apply: (m, v) => {
      if (!v.trim()) return { ...m, docNumber: null };
      const n = docNumberFromText(v);
      return { ...m, docNumber: n, organ: { ...m.organ, code: m.organ.code || n.code } };
    },
  },
  signers: {
    label: '签发人',
    apply: (m, v) => {
      const names = parseSigners(v);
      refuse(signersProblem(names), '签发人', v);
      return { ...m, signers: names };
    },
  },
  addressee: { label: '主送机关', apply: (m, v) => ({ ...m, addressee: v.trim() }) },
  organ: {
    label: '署名',
    apply: (m, v) => ({
      ...m,
      signature: { ...m.signature, organ: v.trim() },
      organ: { ...m.organ, fullName: m.organ.fullName || v.trim() },
    }),
  },
  date: {
    label: '成文日期',
    apply: (m, v) => {
      refuse(dateProblem(v), '成文日期', v);
      return { ...m, signature: { ...m.signature, date: v.trim() } };
    },
  },
  cc: {
    label: '抄送',
    apply: (m, v) => {
      const items = parseCcLine(v);
      refuse(ccItemsProblem(items), '抄送', v);
      return { ...m, cc: items };
    },
  },
  printedBy: { label: '印发机关', apply: (m, v) => ({ ...m, printedBy: v.trim() }) },
  printedDate: {
    label: '印发日期',
    apply: (m, v) => {
      refuse(printedDateProblem(v), '印发日期', v);
      return { ...m, printedDate: v.trim().replace(/印发$/, '') };
    },
  },
  title: { label: '标题', apply: (m, v) => ({ ...m, title: v.trim() }) },
  year: {
    label: '报告年度',
    apply: (m, v) => {
      const t = v.trim();
      if (!/^\d{4}$/.test(t) || !Year.safeParse(Number(t)).success) throw refusal('报告年度', t, '应为四位年份，如 2024。');
      return { ...m, year: Number(t) };
    },
  },
  note: { label: '附注', apply: (m, v) => ({ ...m, note: v.trim() }) },
  sealed: {
    label: '是否加盖印章',
    apply: (m, v) => {
      const t = v.trim().toLowerCase();
      const yes = ['true', '1', 'yes', '是'].includes(t);
      if (!yes && !['false', '0', 'no', '否'].includes(t))
        throw new AppError('BAD_INPUT', `sealed 的取值应为“是”或“否”（true/false），收到“${v}”。`);
      return { ...m, signature: { ...m.signature, sealed: yes } };
    },
  },
  direction: {
    label: '行文方向',
    apply: (m, v) => {
      const t = v.trim();
      const dir = t === 'up' || t === '上行文' ? 'up' : t === 'down' || t === '下行文' ? 'down' : null;
      if (!dir) throw new AppError('BAD_INPUT', `direction 的取值应为 up（上行文）或 down（下行文），收到“${v}”。`);
      return { ...m, direction: dir };
    },
  },
  copyNo: { label: '份号', apply: (m, v) => ({ ...m, copyNo: v.trim() || undefined }) },
  secrecy: { label: '密级和保密期限', apply: (m, v) => ({ ...m, secrecy: v.trim() || undefined }) },
  urgency: { label: '紧急程度', apply: (m, v) => ({ ...m, urgency: v.trim() || undefined }) },
};

export { META_FIELD_NAMES };

const isFieldName = (name: string): name is MetaFieldName => Object.hasOwn(FIELDS, name);

export function metaFieldLabel(name: string): string | undefined {
  return isFieldName(name) ? FIELDS[name].label : undefined;
}

/** "name=value" → [name, value]; the value may itself contain "=". */
export function parseAssignment(text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new AppError('BAD_INPUT', `“${text}”应写作 字段=取值，如 docNumber=互政〔2025〕12号。`);
  return [text.slice(0, eq).trim(), text.slice(eq + 1)];
}

/**
 * Apply `name=value` settings to a document's meta, in order. Unknown names, malformed values and
 * values too long for the model are refused with a Chinese message; the input is not modified.
 */
export function applyMetaFields(doc: ReportDocument, settings: readonly (readonly [string, string])[]): ReportDocument {
  // Nothing to set: the document is already valid, and validating 50,000 characters again is
  // most of what `gongwen export` without --set would spend here.
  if (settings.length === 0) return doc;
  let meta = doc.meta;
  for (const [name, value] of settings) {
    if (!isFieldName(name)) throw new AppError('BAD_INPUT', `未知字段“${name}”。可用字段：${META_FIELD_NAMES.join('、')}。`);
    // Stripped before the field's own rules read it: a control character is never part of a name or a date.
    meta = FIELDS[name].apply(meta, stripNonXmlChars(value));
  }
  const next = { ...doc, meta };
  const parsed = ReportDocument.safeParse(next);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    const field = Object.entries(FIELDS).find(([n]) => path.toLowerCase().includes(n.toLowerCase()))?.[1]?.label;
    throw new AppError('BAD_INPUT', `${field ?? '设置的字段'}取值不符合要求（可能过长）。`);
  }
  return parsed.data;
}
