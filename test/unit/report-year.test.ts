import { describe, expect, test } from 'vitest';
import { changeReportYear, defaultReportYear, yearChoices } from '../../shared/report-year';
import { getTemplate, newDocument } from '../../shared/templates';
import { ReportDocument, runsText, type Block, type Section } from '../../shared/model/document';

describe('defaultReportYear: the year just ended in January–March, the current one otherwise', () => {
  // Month by month, on the first and the last day, so a boundary off by one day fails.
  const expected: Record<number, number> = {
    1: 2026,
    2: 2026,
    3: 2026,
    4: 2027,
    5: 2027,
    6: 2027,
    7: 2027,
    8: 2027,
    9: 2027,
    10: 2027,
    11: 2027,
    12: 2027,
  };
  for (let month = 1; month <= 12; month++) {
    test(`2027-${month}`, () => {
      const first = new Date(2027, month - 1, 1, 0, 0, 1);
      const last = new Date(2027, month, 0, 23, 59, 59);
      expect(defaultReportYear(first)).toBe(expected[month]);
      expect(defaultReportYear(last)).toBe(expected[month]);
    });
  }
  test('the day the issue was filed: 2026-12-02 is a 2026 report, 2027-01-05 still is', () => {
    expect(defaultReportYear(new Date(2026, 11, 2))).toBe(2026);
    expect(defaultReportYear(new Date(2027, 0, 5))).toBe(2026);
  });
});

test('yearChoices: the next year, the default and two before it, plus the draft’s own, newest first', () => {
  expect(yearChoices(2026)).toEqual([2027, 2026, 2025, 2024]);
  expect(yearChoices(2026, [2019])).toEqual([2027, 2026, 2025, 2024, 2019]);
  expect(yearChoices(2026, [2025])).toEqual([2027, 2026, 2025, 2024]);
});

const organ = { fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政' };
const headings = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.type === 'section' ? [b.heading, ...headings(b.children)] : []));

describe('changeReportYear', () => {
  const template = getTemplate('fazhi-annual')!;

  test('title, the lead’s reported year and the year-bearing part headings follow; a move by one never moves a year twice', () => {
    const doc = newDocument(template, 2025, organ);
    const { doc: moved, changed } = changeReportYear(doc, 2026, template);
    expect(ReportDocument.safeParse(moved).success).toBe(true);
    expect(moved.meta.year).toBe(2026);
    expect(moved.meta.title).toBe('互助县人民政府关于2026年度法治政府建设情况的报告');
    expect(runsText(moved.lead[0]!.runs)).toBe(runsText(doc.lead[0]!.runs).replaceAll('2025年', '2026年'));
    expect(headings(moved.body)[0]).toBe('2026年度推进法治政府建设的主要举措和成效');
    // {next}: 2026 → 2027, not 2026 → 2027 → 2028.
    expect(headings(moved.body)[3]).toBe('2027年度推进法治政府建设的主要安排');
    expect(changed).toEqual(['标题', '开头段', '2026年度推进法治政府建设的主要举措和成效', '2027年度推进法治政府建设的主要安排']);
    // The same as a new document made for 2026, apart from section ids.
    const fresh = newDocument(template, 2026, organ);
    expect(moved.meta).toEqual(fresh.meta);
    expect(headings(moved.body)).toEqual(headings(fresh.body));
    expect(moved.lead).toEqual(fresh.lead);
  });

  test('and back again, by several years, is the original', () => {
    const doc = newDocument(template, 2025, organ);
    const there = changeReportYear(doc, 2022, template).doc;
    expect(changeReportYear(there, 2025, template).doc).toEqual(doc);
  });

  test('the clerk’s own text, other years, the 发文字号 and the 成文日期 stay', () => {
    const doc = newDocument(template, 2025, organ);
    doc.meta.docNumber = { code: '互政', year: 2026, seq: 3 };
    doc.meta.signature.date = '2026年1月20日';
    const measures = doc.body[0] as Section;
    measures.children = [{ type: 'paragraph', runs: [{ text: '2025年共办理复议案件12件，较2024年增长20%。' }] }];
    // A second lead paragraph and a heading the clerk wrote are theirs.
    doc.lead.push({ type: 'paragraph', runs: [{ text: '2025年的数据截至12月。' }] });
    measures.children.push({ type: 'section', id: 'x', level: 2, heading: '2025年新增事项', runIn: false, children: [] });
    const moved = changeReportYear(doc, 2026, template).doc;
    expect(moved.meta.docNumber).toEqual({ code: '互政', year: 2026, seq: 3 });
    expect(moved.meta.signature.date).toBe('2026年1月20日');
    expect((moved.body[0] as Section).children).toEqual(measures.children);
    expect(moved.lead[1]).toEqual(doc.lead[1]);
  });

  test('a year inside a longer number is no year; the same year is no change', () => {
    const doc = newDocument(template, 2025, organ);
    doc.meta.title = '关于12025年和2025年度工作的报告';
    expect(changeReportYear(doc, 2026, template).doc.meta.title).toBe('关于12025年和2026年度工作的报告');
    expect(changeReportYear(doc, 2025, template)).toEqual({ doc, changed: [] });
  });

  test('a template without year-bearing parts (请示) changes only the year and the title', () => {
    const request = getTemplate('request')!;
    const doc = newDocument(request, 2025, organ);
    doc.meta.title = '关于2025年度法治经费的请示';
    const moved = changeReportYear(doc, 2026, request).doc;
    expect(moved.meta.title).toBe('关于2026年度法治经费的请示');
    expect(moved.body).toBe(doc.body);
  });
});
