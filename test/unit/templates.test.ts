import { expect, test } from 'vitest';
import { fillPattern, getTemplate, listTemplates, newDocument, suggestedTitle, withOrgan } from '../../shared/templates';
import { ReportDocument, runsText } from '../../shared/model/document';
import { checkDocument } from '../../shared/check/index';

test('every shipped template validates and has a unique id', () => {
  const ids = listTemplates().map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expect.arrayContaining(['fazhi-annual', 'work-report', 'request']));
});

test('the 法治政府建设 template holds the five slots of the regulation, in order, all required', () => {
  const t = getTemplate('fazhi-annual')!;
  expect(t.slots.map((s) => s.id)).toEqual(['measures', 'shortcomings', 'leaders', 'plans', 'other']);
  expect(t.slots.every((s) => s.required)).toBe(true);
  expect(t.direction).toBe('up');
});

test('a new document from a template is a valid ReportDocument with years filled in', () => {
  const doc = newDocument(getTemplate('fazhi-annual')!, 2024, {
    fullName: '互助县人民政府',
    headerText: '互助县人民政府文件',
    code: '互政',
  });
  expect(ReportDocument.safeParse(doc).success).toBe(true);
  expect(doc.meta.title).toBe('互助县人民政府关于2024年度法治政府建设情况的报告');
  const headings = doc.body.filter((b) => b.type === 'section').map((b) => (b.type === 'section' ? b.heading : ''));
  expect(headings[0]).toBe('2024年度推进法治政府建设的主要举措和成效');
  expect(headings[3]).toBe('2025年度推进法治政府建设的主要安排');
  expect(doc.meta.docNumber).toBeNull();
  expect(doc.meta.signature.date).toBe('');
  expect(JSON.stringify(doc)).not.toMatch(/[一二三四五]、/);
});

test('without a saved organ, the lead reads as a sentence with no “××”; only the title asks for the organ', () => {
  const t = getTemplate('fazhi-annual')!;
  const doc = newDocument(t, 2024, { fullName: '', headerText: '', code: '' });
  const lead = runsText(doc.lead[0]!.runs);
  expect(lead).toBe(
    '2024年，在上级党委、政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面推进法治政府建设。现将2024年度法治政府建设情况报告如下：',
  );
  expect(doc.meta.title).toBe('××关于2024年度法治政府建设情况的报告');
  expect(doc.meta.title).toBe(suggestedTitle(t, '', 2024));
  // The checker asks for the organ in the title (and the organ fields), not in the lead.
  const placeholders = checkDocument(doc, t).filter((f) => f.rule === 'placeholder');
  expect(placeholders.map((f) => f.location)).toEqual([{ type: 'meta', field: 'title' }]);

  const named = newDocument(t, 2024, { fullName: '互助县人民政府', headerText: '', code: '' });
  expect(runsText(named.lead[0]!.runs)).toContain('坚强领导下，互助县人民政府坚持以');
  expect(checkDocument(named, t).filter((f) => f.rule === 'placeholder')).toEqual([]);
});

test('an organ over a meta (套用机关信息, a new draft): names, code and 署名; the rest only where the organ has them', () => {
  const doc = newDocument(getTemplate('request')!, 2024, { fullName: '', headerText: '', code: '' });
  const meta = { ...doc.meta, addressee: '互助县人民政府：', signers: ['张三'], printedBy: '县政府办公室' };
  const out = withOrgan(meta, {
    fullName: '互助县司法局',
    headerText: '互助县司法局文件',
    code: '互司',
    addressee: '',
    signers: [],
    printedBy: '',
  });
  expect(out.organ).toEqual({ fullName: '互助县司法局', headerText: '互助县司法局文件', code: '互司' });
  expect(out.signature).toEqual({ ...meta.signature, organ: '互助县司法局' });
  expect([out.addressee, out.signers, out.printedBy]).toEqual(['互助县人民政府：', ['张三'], '县政府办公室']);
  const full = withOrgan(meta, { ...out.organ, addressee: '海东市司法局：', signers: ['李四'], printedBy: '县司法局办公室' });
  expect([full.addressee, full.signers, full.printedBy]).toEqual(['海东市司法局：', ['李四'], '县司法局办公室']);
  // A new draft is the template's meta with the organ over it.
  const made = newDocument(getTemplate('request')!, 2024, { fullName: '互助县司法局', headerText: '', code: '互司', signers: ['李四'] });
  expect(made.meta.addressee).toBe(getTemplate('request')!.addressee);
  expect(made.meta.signers).toEqual(['李四']);
  expect(made.meta.signature.organ).toBe('互助县司法局');
});

test('fillPattern', () => {
  expect(fillPattern('{organ}{year}{next}', '某县', 2023)).toBe('某县20232024');
});
