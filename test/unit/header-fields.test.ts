/**
 * THE field table (shared/header-fields/table.ts) is the one home of each header and colophon
 * field: every row is checked for the whole class of disagreements the old copies had — a `--set`
 * name, a checker field or a place in `meta` that no row (or two rows) answers for, a path that
 * is not where the row stores, a label that differs between the form, `--set` and the words for
 * a malformed document.
 */
import { describe, expect, test } from 'vitest';
import { FINDING_FIELDS, HEADER_FIELDS, HEADER_GROUPS, fieldBySetName, type HeaderField } from '../../shared/header-fields/table';
import { META_FIELD_NAMES } from '../../shared/header-fields/set-names';
import { applyMetaFields } from '../../shared/header-fields/set';
import { MetaField, checkDocument, describeLocation } from '../../shared/check/index';
import { ReportDocument } from '../../shared/model/document';
import { describeIssue } from '../../shared/model/describe-issue';
import { FIELDS, PICKER_FIELDS, fieldForFinding } from '../../renderer/src/header-fields/fields';
import { SEED_INFO, seedReport } from '../helpers/reports';

const rows: readonly HeaderField[] = HEADER_FIELDS;
const doc = () => seedReport(SEED_INFO[0]!);

/** A valid value for each row, different from the seed's: a new row without one fails here. */
const SAMPLE: Record<string, string> = {
  organFullName: '互助土族自治县司法局',
  organHeader: '互助土族自治县司法局文件',
  organCode: '互司',
  docNumber: '互司〔2025〕3号',
  signers: '李四、王五',
  title: '互助土族自治县司法局关于2024年度法治政府建设情况的报告',
  addressee: '县人民政府',
  signatureOrgan: '互助土族自治县司法局',
  date: '2025年2月28日',
  note: '（此件公开发布）',
  cc: '市司法局，县人大常委会办公室',
  printedBy: '互助土族自治县司法局办公室',
  printedDate: '2025年3月1日',
  year: '2023',
  sealed: '否',
  direction: 'down',
  copyNo: '000123',
  secrecy: '秘密★1年',
  urgency: '特急',
};

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
}

describe('one row per field', () => {
  test('every documented --set name stands for exactly one row, and every row’s names are documented', () => {
    for (const name of META_FIELD_NAMES) expect(rows.filter((r) => (r.setNames as readonly string[]).includes(name)), name).toHaveLength(1);
    for (const r of rows) for (const n of r.setNames) expect(META_FIELD_NAMES).toContain(n);
    // The two names that read differently keep their documented meaning.
    expect(fieldBySetName('header')?.path).toBe('organ.headerText');
    expect(fieldBySetName('organ')?.path).toBe('signature.organ');
  });

  test('every checker field is one row’s, and the form has an input for it', () => {
    for (const f of MetaField.options) {
      expect(rows.filter((r) => r.finding === f), f).toHaveLength(1);
      expect([...FIELDS, ...PICKER_FIELDS].map((x) => x.key)).toContain(fieldForFinding(f));
    }
  });

  test('keys and paths are unique; every row has a sample here', () => {
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.path)).size).toBe(rows.length);
    expect(Object.keys(SAMPLE).sort()).toEqual(rows.map((r) => r.key).sort());
  });

  test('the form shows every row of a fieldset, in the table’s fieldsets', () => {
    const shown = rows.filter((r) => r.group);
    expect([...PICKER_FIELDS, ...FIELDS].map((f) => f.key).sort()).toEqual(shown.map((r) => r.key).sort());
    for (const r of shown) expect(Object.keys(HEADER_GROUPS)).toContain(r.group);
  });
});

describe('each row, read and written', () => {
  for (const r of rows) {
    test(`${r.key} (${r.label}): parse stores at its path, format reads it back, --set agrees with the form`, () => {
      const meta = doc().meta;
      const sample = SAMPLE[r.key]!;
      expect(r.problem(sample, meta), 'the sample is valid').toBeNull();
      const parsed = r.parse(meta, sample);
      expect(valueAt(parsed, r.path), 'parse stores at the row’s path').not.toEqual(valueAt(meta, r.path));
      expect(r.format(parsed)).toBe(r.key === 'sealed' ? '否' : sample);
      for (const name of r.setNames) {
        const set = applyMetaFields(doc(), [[name, `  ${sample}  `]]).meta;
        expect(valueAt(set, r.path), `--set ${name}`).toEqual(valueAt(parsed, r.path));
      }
    });
  }
});

describe('one label per field', () => {
  test('the checker names a field as the table does', () => {
    const d = doc();
    for (const f of MetaField.options) expect(describeLocation(d, { type: 'meta', field: f })).toBe(FINDING_FIELDS[f].label);
    const empty = { ...d, meta: { ...d.meta, organ: { ...d.meta.organ, fullName: '', headerText: '' }, title: '' } };
    const messages = checkDocument(empty).filter((f) => f.location.type === 'meta').map((f) => f.message);
    expect(messages.join('')).toContain(FINDING_FIELDS.organ.label);
    expect(messages.join('')).toContain(FINDING_FIELDS.title.label);
  });

  test('a finding about a field points at that field: its label is in the finding’s words', () => {
    // Every header field emptied and every field given a value of another organ: each finding's
    // place (the panel's label, the input a click focuses) names what its message is about.
    const d = doc();
    const empty = { ...d, meta: { ...d.meta, organ: { ...d.meta.organ, fullName: '', headerText: '' } } };
    const other = { ...d, meta: { ...d.meta, organ: { ...d.meta.organ, headerText: '互助县司法局文件' }, signature: { ...d.meta.signature, organ: '互助县司法局' } } };
    const findings = [...checkDocument(empty), ...checkDocument(other)].filter((f) => f.location.type === 'meta');
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings) {
      const field = (f.location as { field: MetaField }).field;
      const label = FINDING_FIELDS[field].label;
      // The field a message speaks of first (“署名……与发文机关……不一致” is about the 署名); where
      // two names start at one place (发文机关, 发文机关标志) the longer is meant.
      const named = Object.values(FINDING_FIELDS)
        .map((x) => x.label)
        .filter((l) => f.message.includes(l))
        .sort((a, b) => f.message.indexOf(a) - f.message.indexOf(b) || b.length - a.length)[0];
      if (named) expect({ message: f.message, at: label }).toEqual({ message: f.message, at: named });
    }
  });

  // The free-text fields (an enum such as 行文方向 never stores what it does not know).
  const LONG = '长'.repeat(5_000);
  for (const r of rows.filter((x) => valueAt(x.parse(doc().meta, LONG), x.path) === LONG)) {
    test(`${r.key}: a value too long is named ${r.label} by --set and by the words for a malformed draft`, () => {
      const long = LONG;
      const d = doc();
      const name = r.setNames[0]!;
      if (!r.strict) expect(() => applyMetaFields(d, [[name, long]])).toThrow(`${r.label}取值不符合要求（可能过长）。`);
      const bad = { ...d, meta: r.parse(d.meta, long) };
      const parsed = ReportDocument.safeParse(bad);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(describeIssue(parsed.error.issues[0]!, bad).where).toBe(r.label);
    });
  }
});

test('--set refuses what would print wrong, in the rule’s words, naming the field and the value', () => {
  for (const [name, value] of [
    ['date', '2025.3.1'],
    ['signers', '张三、Li'],
    ['printedDate', '3月1日'],
    ['organCode', '互政1'],
    ['year', '24'],
    ['sealed', '也许'],
    ['direction', 'sideways'],
  ] as const) {
    const r = fieldBySetName(name)!;
    expect(() => applyMetaFields(doc(), [[name, value]]), name).toThrow(`${r.label}“${value}”不正确：${r.problem(value, doc().meta)!}`);
  }
  // 抄送 by --set may split on half-width commas (the form warns about them).
  expect(applyMetaFields(doc(), [['cc', '市司法局,县人大']]).meta.cc).toEqual(['市司法局', '县人大']);
  expect(() => applyMetaFields(doc(), [['unknown', 'x']])).toThrow(/未知字段“unknown”/);
});
