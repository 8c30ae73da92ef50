/** What holds back which export (shared/export/gate.ts), on the real checker and real reports. */
import { describe, expect, test } from 'vitest';
import { assertExportAllowed, exportGate, reasonLine } from '../../shared/export/gate';
import { checkDocument } from '../../shared/check/index';
import { AppError } from '../../shared/errors';
import { applyMetaFields } from '../../shared/header-fields/set';
import { importText } from '../../shared/import/text';
import { paragraph, type ReportDocument, type Section } from '../../shared/model/document';
import { SEED_INFO, seedReport, shortReport } from '../helpers/reports';
import { seedText } from '../helpers/paths';

/** The issue's example: only the 版头 and 版记 fields, on last year's report as imported. */
const ISSUE_EXAMPLE: [string, string][] = [
  ['header', '互助县人民政府文件'],
  ['docNumber', '互政〔2025〕12号'],
  ['signers', '张三'],
  ['printedBy', '互助县人民政府办公室'],
  ['printedDate', '2025年3月20日'],
];

const rules = (reasons: { rule: string }[]) => reasons.map((r) => r.rule);
const withMeta = (doc: ReportDocument, meta: Partial<ReportDocument['meta']>): ReportDocument => ({
  ...doc,
  meta: { ...doc.meta, ...meta },
});

describe('export gate', () => {
  test('the three seed reports with their fields set may be exported in every version', () => {
    for (const info of SEED_INFO) {
      const doc = seedReport(info);
      for (const v of ['official', 'web', 'draft'] as const) expect(exportGate(doc, v).blocking, `${info.file} ${v}`).toEqual([]);
    }
  });

  test('the issue example (--set of 版头 and 版记 only) on an imported seed is not refused; what is still missing is a gap to confirm', () => {
    const imported = importText(seedText('huzhu-2024.txt')).doc;
    const doc = applyMetaFields(imported, ISSUE_EXAMPLE);
    const gate = exportGate(doc, 'official');
    expect(gate.blocking).toEqual([]);
    // 定稿前应补齐, never called 必须: the checker's level and the gate's list are one.
    expect(rules(gate.gaps)).toEqual(expect.arrayContaining(['title-missing', 'addressee-missing', 'date-missing', 'slot-missing']));
    expect(checkDocument(doc).filter((f) => f.level === 'gap').length).toBe(gate.gaps.length);
    expect(checkDocument(doc).filter((f) => f.level === 'error')).toEqual([]);
    // The official export asks for each of them; confirming all lets it through, a partial confirmation does not.
    const lines = gate.gaps.map(reasonLine);
    expect(() => assertExportAllowed(doc, 'official')).toThrow(expect.objectContaining({ code: 'EXPORT_UNCONFIRMED' }));
    expect(() => assertExportAllowed(doc, 'official', lines.slice(1))).toThrow(
      expect.objectContaining({ code: 'EXPORT_UNCONFIRMED', details: [gate.gaps[0]] }),
    );
    expect(assertExportAllowed(doc, 'official', lines).gaps).toEqual(gate.gaps);
    // The web version and the draft do not ask.
    expect(() => assertExportAllowed(doc, 'web')).not.toThrow();
    expect(() => assertExportAllowed(doc, 'draft')).not.toThrow();
  });

  test('the refusal of unconfirmed gaps lists each gap in Chinese', () => {
    const base = seedReport(SEED_INFO[0]!);
    const doc = withMeta(base, { signature: { ...base.meta.signature, date: '' } });
    expect(rules(exportGate(doc, 'official').gaps)).toEqual(['slot-missing', 'slot-missing', 'date-missing']);
    let thrown: unknown;
    try {
      assertExportAllowed(doc, 'official', []);
    } catch (e) {
      thrown = e;
    }
    const err = thrown as AppError;
    expect(err.code).toBe('EXPORT_UNCONFIRMED');
    expect(err.message).toMatch(/^导出正式文件前须逐项确认以下 3 处定稿前应补齐的内容：1\. 缺少“党政主要负责人履行推进法治建设第一责任人职责”部分/);
    expect(err.message).toContain('；2. 缺少“其他需要报告的情况”部分。按规定，年度报告应包括这一部分；3. ');
    expect(err.message).toMatch(/3\. 成文日期：未填写成文日期。确认后再导出，或先补齐。$/);
  });

  test('no 发文字号 holds back the official file, with the reason and its place; the web version and the draft are allowed', () => {
    const doc = withMeta(shortReport(), { docNumber: null });
    const gate = exportGate(doc, 'official');
    expect(gate.blocking).toEqual([
      { rule: 'doc-number-missing', message: '正式文件须有发文字号。', location: { type: 'meta', field: 'docNumber' }, where: '发文字号' },
    ]);
    expect(exportGate(doc, 'web').blocking).toEqual([]);
    expect(exportGate(doc, 'draft').blocking).toEqual([]);
    let thrown: unknown;
    try {
      assertExportAllowed(doc, 'official');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const err = thrown as AppError;
    expect(err.code).toBe('EXPORT_BLOCKED');
    expect(err.message).toBe('文稿仍有 1 处导出前必须修改的问题，暂不能导出正式文件。请先修改，或导出草稿。');
    expect(err.details).toEqual(gate.blocking);
    expect(() => assertExportAllowed(doc, 'draft')).not.toThrow();
  });

  test('a 上行文 without 签发人, and a 版头 with no organ at all, hold back only the official file', () => {
    const base = shortReport();
    const noSigners = withMeta(base, { direction: 'up', signers: [] });
    expect(rules(exportGate(noSigners, 'official').blocking)).toEqual(['signers-missing']);
    expect(exportGate(noSigners, 'web').blocking).toEqual([]);

    // The 标志 prints the full name when no 标志 text is given: that alone does not block.
    const nameOnly = withMeta(base, { organ: { ...base.meta.organ, headerText: '' } });
    expect(exportGate(nameOnly, 'official').blocking).toEqual([]);
    expect(rules(exportGate(nameOnly, 'official').gaps)).toContain('organ-missing');
    const noOrgan = withMeta(base, { organ: { ...base.meta.organ, headerText: '', fullName: '' } });
    expect(rules(exportGate(noOrgan, 'official').blocking)).toEqual(['organ-missing', 'organ-missing']);
    expect(exportGate(noOrgan, 'web').blocking).toEqual([]);
  });

  test('what would print wrong holds back the web version too: a placeholder, a typed heading number, a malformed date', () => {
    const base = shortReport();
    const placeholder = { ...base, lead: [paragraph('2024年，××县依法全面履行政府职能。')] };
    expect(rules(exportGate(placeholder, 'web').blocking)).toEqual(['placeholder']);
    expect(rules(exportGate(placeholder, 'official').blocking)).toEqual(['placeholder']);

    const heading: Section = {
      type: 'section',
      id: 's1',
      level: 1,
      heading: '一、主要工作',
      runIn: false,
      children: [paragraph('全年办理行政复议案件一百二十件。')],
    };
    const typed = { ...base, body: [heading, ...base.body] };
    const gate = exportGate(typed, 'web');
    expect(rules(gate.blocking)).toEqual(['typed-number']);
    expect(gate.blocking[0]!.where).toContain('主要工作');

    const badDate = withMeta(base, { signature: { ...base.meta.signature, date: '2025.3.17' } });
    expect(rules(exportGate(badDate, 'official').blocking)).toContain('date-format');
    expect(exportGate(badDate, 'draft').blocking).toEqual([]);
  });

  test('warnings never hold back an export', () => {
    const doc = { ...shortReport(), lead: [paragraph('2024年,我县依法全面履行政府职能,法治政府建设取得新成效。')] };
    expect(checkDocument(doc).some((f) => f.rule === 'half-width-punct' && f.level === 'warning')).toBe(true);
    expect(exportGate(doc, 'official').blocking).toEqual([]);
  });
});
