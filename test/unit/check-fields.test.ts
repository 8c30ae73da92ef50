/**
 * The header-field helpers the form and the checker share, the form's field table (pure data in
 * renderer/src/header-fields/fields.ts), the navigator's outline model and the 字数 rules.
 */
import { describe, expect, test } from 'vitest';
import {
  formatCcLine,
  parseCcLine,
  parseDate,
  parseSigners,
  formatSigners,
  todayDate,
  ccLineProblem,
  findPlaceholder,
} from '../../shared/check/fields';
import { outlineOf, progressOf } from '../../shared/check/progress';
import { checkDocument, describeLocation, MetaField } from '../../shared/check/index';
import { DOC_NUMBER_MESSAGES, parseDocNumber } from '../../shared/doc-number';
import { applyMetaFields } from '../../shared/header-fields/set';
import { documentChars, textChars } from '../../shared/text-stats';
import { getTemplate, newDocument } from '../../shared/templates';
import { paragraph, type ReportDocument } from '../../shared/model/document';
import { FIELDS, PICKER_FIELDS, fieldForFinding } from '../../renderer/src/header-fields/fields';

const ORGAN = { fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政' };

describe('field helpers', () => {
  test('抄送: typed line → organs → printed line', () => {
    expect(parseCcLine('抄送：市司法局，县人大常委会办公室。')).toEqual(['市司法局', '县人大常委会办公室']);
    expect(parseCcLine('市司法局、县政协办公室；县法院')).toEqual(['市司法局', '县政协办公室', '县法院']);
    expect(formatCcLine(['市司法局', '县人大常委会办公室'])).toBe('市司法局，县人大常委会办公室。');
    expect(formatCcLine([])).toBe('');
    expect(ccLineProblem('市司法局,县法院')).toBe('抄送机关之间应使用全角逗号“，”分隔。');
    expect(ccLineProblem('市司法局，县法院')).toBeNull();
  });

  test('签发人: names split on 、 ， and spaces, joined with 、', () => {
    expect(parseSigners('张三、李四 王五，赵六')).toEqual(['张三', '李四', '王五', '赵六']);
    expect(formatSigners(['张三', '李四'])).toBe('张三、李四');
  });

  test('dates: parse only well-formed, existing dates; today without padding', () => {
    expect(parseDate('2025年3月17日')).toEqual({ year: 2025, month: 3, day: 17 });
    expect(parseDate('2024年2月29日')).not.toBeNull();
    expect(parseDate('2025年2月29日')).toBeNull();
    expect(parseDate('2025年03月17日')).toBeNull();
    expect(todayDate(new Date(2025, 0, 5))).toBe('2025年1月5日');
  });

  test('placeholders: ×× and XX, but not 二〇〇八', () => {
    expect(findPlaceholder('××关于2024年度…')).toBe('××');
    expect(findPlaceholder('联系人：XXX')).toBe('XXX');
    expect(findPlaceholder('二〇〇八年')).toBeNull();
  });
});

describe('字数', () => {
  test('every character except whitespace, numbers never counted (they are not text)', () => {
    expect(textChars('依法 行政\u3000。\n')).toBe(5);
    const doc = newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN);
    doc.lead = [paragraph('现将情况报告如下：')];
    doc.body = [{ type: 'section', id: 'a', level: 1, heading: '主要举措', runIn: false, children: [paragraph('一二三')] }];
    expect(documentChars(doc)).toBe(9 + 4 + 3);
  });
});

describe('the outline the navigator shows', () => {
  function report(): ReportDocument {
    const doc = newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN);
    return doc;
  }

  test('a new report: five 空白 parts, labels 一、 to 五、', () => {
    const o = outlineOf(report());
    expect(o.entries.map((e) => `${e.label}${e.progress}`)).toEqual(['一、empty', '二、empty', '三、empty', '四、empty', '五、empty']);
    expect(o.entries.map((e) => e.minChars)).toEqual([1500, 200, 200, 200, 0]);
  });

  test('完成 at the guidance length, 偏少 below; sub-sections listed with their own counts', () => {
    const doc = report();
    const measures = doc.body[0]!;
    if (measures.type !== 'section') throw new Error('expected a section');
    measures.children = [
      { type: 'section', id: 'm1', level: 2, heading: '坚持党的领导', runIn: true, children: [paragraph('依'.repeat(1499))] },
    ];
    let o = outlineOf(doc);
    expect(o.entries.slice(0, 2).map((e) => [e.label, e.chars, e.progress])).toEqual([
      ['一、', 1499 + 6, 'done'],
      ['（一）', 1499, undefined],
    ]);
    measures.children = [paragraph('依'.repeat(100))];
    o = outlineOf(doc);
    expect(o.entries[0]!.progress).toBe('thin');
    // 其他需要报告的情况 asks for no length: one character ("无。") is done.
    const other = doc.body[4]!;
    if (other.type === 'section') other.children = [paragraph('无。')];
    expect(outlineOf(doc).entries[4]!.progress).toBe('done');
  });

  test('a merged heading needs the length of both parts', () => {
    const doc = report();
    const s = doc.body[1]!;
    if (s.type === 'section') s.alsoSlots = ['plans'];
    expect(outlineOf(doc).entries[1]!.minChars).toBe(400);
  });

  test('a 请示 has no headings: its text counts as loose body text', () => {
    const doc = newDocument(getTemplate('request')!, 2024, ORGAN);
    doc.body = [paragraph('一二三四五'), paragraph('妥否，请批示。')];
    const o = outlineOf(doc);
    expect(o.entries).toEqual([]);
    expect(o.looseChars).toBe(12);
    expect(o.total).toBe(12);
  });

  test('progress thresholds', () => {
    expect([progressOf(0, 10), progressOf(5, 10), progressOf(10, 10), progressOf(3, 0)]).toEqual(['empty', 'thin', 'done', 'done']);
  });

  test('a finding location in the clerk\u2019s words', () => {
    const doc = report();
    const id = (doc.body[1] as { id: string }).id;
    expect(describeLocation(doc, { type: 'section', sectionId: id })).toBe('二、存在的不足和原因');
    expect(describeLocation(doc, { type: 'slot', slotId: 'leaders' })).toBe('党政主要负责人履行推进法治建设第一责任人职责');
    expect(describeLocation(doc, { type: 'meta', field: 'docNumber' })).toBe('发文字号');
    expect(describeLocation(doc, { type: 'lead' })).toBe('开头段');
  });
});

describe('the header form’s field table', () => {
  const base = () => newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN).meta;
  const spec = (key: string) => FIELDS.find((f) => f.key === key)!;

  test('every checker field has an input', () => {
    for (const f of MetaField.options) {
      expect([...FIELDS, ...PICKER_FIELDS].map((x) => x.key)).toContain(fieldForFinding(f));
    }
  });

  test('发文字号: the form, the checker, the CLI and the register say the same thing in the same words', () => {
    // The 发文字号 is the register picker's, never free text the form stores as typed.
    expect(FIELDS.map((x) => x.key)).not.toContain('docNumber');
    expect(PICKER_FIELDS.map((x) => x.key)).toEqual(['docNumber']);
    const meta = base();
    // A 机关代字 with a digit: the form's 机关代字 field, the picker (parse), the checker and `--set`.
    const typed = parseDocNumber('互政1〔2025〕12号');
    expect(typed).toMatchObject({ ok: false, message: DOC_NUMBER_MESSAGES.codeBad });
    expect(spec('organCode').problem('互政1', meta)).toBe(DOC_NUMBER_MESSAGES.codeBad);
    const doc = newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN);
    doc.meta.docNumber = { code: '互政1', year: 2025, seq: 12 };
    expect(
      checkDocument(doc)
        .filter((f) => f.rule === 'doc-number-format')
        .map((f) => f.message),
    ).toEqual([DOC_NUMBER_MESSAGES.codeBad]);
    expect(() => applyMetaFields(doc, [['docNumber', '互政1〔2025〕12号']])).toThrow(
      `发文字号“互政1〔2025〕12号”不正确：${DOC_NUMBER_MESSAGES.codeBad}`,
    );
    // The same for the brackets, as typed.
    expect(parseDocNumber('互政[2025]12号')).toMatchObject({ ok: false, message: DOC_NUMBER_MESSAGES.wrongBrackets });
    expect(() => applyMetaFields(doc, [['docNumber', '互政[2025]12号']])).toThrow(DOC_NUMBER_MESSAGES.wrongBrackets);
  });

  test('free-text fields are always stored, with the checker’s message while wrong', () => {
    const meta = base();
    const date = spec('date');
    expect(date.parse(meta, '2025.3.17').signature.date).toBe('2025.3.17');
    expect(date.problem('2025.3.17', meta)).toBe('日期应写作“2025年3月17日”，用“年月日”，不用“.”“-”“/”分隔。');
    expect(spec('title').problem('互助县人民政府关于2024年度法治政府建设情况的报告。', meta)).toBe('标题末尾不加标点，请删去“。”。');
    expect(spec('note').problem('此件公开发布', meta)).toBe('附注应加全角圆括号，如“（此件公开发布）”。');
    expect(spec('organCode').problem('互政[1]', meta)).not.toBeNull();
    expect(spec('printedDate').problem('2025年3月17日印发', meta)).toBeNull();
  });

  test('a 请示 goes to one organ', () => {
    const meta = { ...base(), kind: '请示' };
    expect(spec('addressee').problem('市人民政府、市司法局：', meta)).toBe('请示只主送一个上级机关，其他机关可抄送。');
    expect(spec('addressee').problem('市人民政府：', meta)).toBeNull();
  });

  test('the 署名 follows the organ while it was the same', () => {
    const meta = base();
    const renamed = spec('organFullName').parse(meta, '互助县司法局');
    expect(renamed.signature.organ).toBe('互助县司法局');
    const own = spec('signatureOrgan').parse(meta, '互助县人民政府办公室');
    expect(spec('organFullName').parse(own, '互助县司法局').signature.organ).toBe('互助县人民政府办公室');
  });

  test('抄送 and 签发人 round-trip through their text', () => {
    const meta = base();
    const cc = spec('cc');
    const withCc = cc.parse(meta, '市司法局，县人大常委会办公室。');
    expect(withCc.cc).toEqual(['市司法局', '县人大常委会办公室']);
    expect(cc.format(withCc)).toBe('市司法局，县人大常委会办公室');
    const signers = spec('signers');
    expect(signers.format(signers.parse(meta, '张三、李四'))).toBe('张三、李四');
    expect(signers.problem('张三、Li', meta)).toMatch(/不像姓名/);
  });
});
