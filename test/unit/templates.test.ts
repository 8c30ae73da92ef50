import { expect, test } from 'vitest';
import { fillPattern, getTemplate, listTemplates, newDocument } from '../../shared/templates';
import { ReportDocument } from '../../shared/model/document';

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

test('fillPattern', () => {
  expect(fillPattern('{organ}{year}{next}', '某县', 2023)).toBe('某县20232024');
});
