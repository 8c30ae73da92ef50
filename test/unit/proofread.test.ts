/** 公文校对: each rule on its own, positives and look-alikes; the word lists and their examples; applyFixes. */
import { describe, expect, test } from 'vitest';
import { paragraph, type ReportDocument } from '../../shared/model/document';
import { applyFixes, compileDictionary, fixAll, proofread, PROOF_RULES } from '../../shared/proofread/index';
import { spliceRuns } from '../../shared/proofread/apply';
import { replaceInDocument } from '../../shared/proofread/replace';
import { TERMS, WORDS } from '../../shared/proofread/lists';
import { TermList, WordList } from '../../shared/proofread/list-schemas';
import wordsJson from '../../shared/proofread/lists/words.json';
import termsJson from '../../shared/proofread/lists/terms.json';
import { PROOF_CASES } from '../fixtures/proof-cases';
import { paragraphsReport } from '../helpers/reports';

const docWith = paragraphsReport;
const bodyText = (doc: ReportDocument) => (doc.body[0]!.type === 'paragraph' ? doc.body[0]!.runs.map((r) => r.text).join('') : '');

describe('every rule: positives and look-alikes', () => {
  test('every rule has cases, and every case names a rule', () => {
    expect(Object.keys(PROOF_CASES).sort()).toEqual(PROOF_RULES.map((r) => r.id).sort());
  });

  for (const rule of PROOF_RULES) {
    const cases = PROOF_CASES[rule.id]!;
    const dictionary = compileDictionary(cases.dictionary ?? []);
    describe(rule.id, () => {
      for (const [text, fixed] of cases.fixes ?? []) {
        test(`fixes ${text}`, () => {
          const doc = docWith(text);
          const found = proofread(doc, { only: [rule.id], dictionary });
          expect(found.length).toBeGreaterThan(0);
          for (const f of found) {
            expect(f.rule).toBe(rule.id);
            expect(text.slice(f.range.start, f.range.end)).toBe(f.text);
          }
          expect(bodyText(fixAll(doc, [rule.id], undefined, dictionary).doc)).toBe(fixed);
        });
      }
      for (const [text, at] of cases.finds ?? []) {
        test(`finds ${text}`, () => {
          const found = proofread(docWith(text), { only: [rule.id], dictionary });
          expect(found.map((f) => text.slice(f.range.start, f.range.end))).toEqual(at);
          expect(found.every((f) => !f.fix)).toBe(true);
        });
      }
      test('leaves the look-alikes alone', () => {
        for (const text of cases.lookAlikes) expect([text, proofread(docWith(text), { only: [rule.id], dictionary })]).toEqual([text, []]);
      });
    });
  }

  test('今年 offers the report year, 去年 the year before, never as a certain fix', () => {
    const f = proofread(docWith('今年以来，较去年增长，明年继续。'), { only: ['year-relative'] });
    expect(f.map((x) => x.suggestion)).toEqual(['2024年', '2023年', '2025年']);
    expect(f[0]!.message).toBe('年度报告中“今年”所指不明，建议写明年份，如“2024年”。');
  });
});

describe('word lists (data, validated)', () => {
  test('the shipped lists pass their schema', () => {
    expect(WordList.safeParse(wordsJson).success).toBe(true);
    expect(TermList.safeParse(termsJson).success).toBe(true);
  });

  test('the schema refuses a broken entry', () => {
    const entry = { wrong: '布署', right: '部署', examples: { wrong: [], right: [] } };
    expect(WordList.safeParse({ entries: [{ ...entry, before: '(' }] }).success).toBe(false);
    expect(WordList.safeParse({ entries: [{ ...entry, right: '布署' }] }).success).toBe(false);
    expect(WordList.safeParse({ entries: [{ ...entry, except: ['部署工作'] }] }).success).toBe(false);
    expect(TermList.safeParse({ entries: [{ right: '法治政府', wrong: ['法治'], examples: { wrong: [], right: [] } }] }).success).toBe(
      false,
    );
  });

  const lists = [
    ['word-misused', WORDS.entries.map((e) => ({ right: [e.right], examples: e.examples }))],
    ['term-standard', TERMS.entries.map((e) => ({ right: [e.right], examples: e.examples }))],
  ] as const;
  for (const [rule, entries] of lists) {
    test(`${rule}: every example mistake is fixed to the right form, every example look-alike untouched`, () => {
      for (const e of entries) {
        for (const text of e.examples.wrong) {
          const fixed = bodyText(fixAll(docWith(text), [rule]).doc);
          expect([text, fixed.includes(e.right[0]!)]).toEqual([text, true]);
          expect(proofread(docWith(fixed), { only: [rule] })).toEqual([]);
        }
        for (const text of [...e.examples.right, ...e.right])
          expect([text, proofread(docWith(text), { only: [rule] })]).toEqual([text, []]);
      }
    });
  }
});

describe('applyFixes', () => {
  test('keeps bold runs, puts the replacement in the run it starts in, drops emptied runs', () => {
    const runs = [{ text: '我县' }, { text: ',', bold: true }, { text: '坚持' }];
    expect(spliceRuns(runs, 2, 3, '，')).toEqual([{ text: '我县' }, { text: '，', bold: true }, { text: '坚持' }]);
    expect(spliceRuns([{ text: '的' }, { text: '的工作', bold: true }], 0, 2, '的')).toEqual([
      { text: '的' },
      { text: '工作', bold: true },
    ]);
    expect(spliceRuns([{ text: 'ab' }], 2, 2, 'c')).toEqual([{ text: 'abc' }]);
  });

  test('a stale finding changes nothing; applying the same findings twice changes nothing the second time', () => {
    const doc = docWith('我县,坚持依法行政;推进法制政府建设。。');
    const found = proofread(doc);
    const once = applyFixes(doc, found);
    expect(bodyText(once.doc)).toBe('我县，坚持依法行政；推进法治政府建设。');
    const twice = applyFixes(once.doc, found);
    expect(twice.doc).toEqual(once.doc);
    // The input is never changed.
    expect(bodyText(doc)).toBe('我县,坚持依法行政;推进法制政府建设。。');
  });

  test('headings, the title, the lead and table cells are fixed in place', () => {
    const doc = docWith('正文');
    doc.meta.title = '关于2024年度法制政府建设情况的报告';
    doc.lead = [paragraph('2024年,我县坚持依法行政.')];
    doc.body.push({ type: 'section', id: 's1', level: 1, heading: '推进法制政府建设', runIn: false, children: [] });
    doc.body.push({ type: 'table', headerRows: 1, rows: [[{ runs: [{ text: '案件１２件' }] }]] });
    const out = fixAll(doc).doc;
    expect(out.meta.title).toBe('关于2024年度法治政府建设情况的报告');
    expect(out.lead[0]!.runs[0]!.text).toBe('2024年，我县坚持依法行政。');
    expect(out.body[1]).toMatchObject({ heading: '推进法治政府建设' });
    expect(out.body[2]).toMatchObject({ rows: [[{ runs: [{ text: '案件12件' }] }]] });
  });
});

describe('find and replace on the model', () => {
  test('every occurrence across sections, case-insensitive, never across paragraphs; one by index', () => {
    const doc = docWith('执法检查，执法人员。');
    doc.body.push({
      type: 'section',
      id: 's1',
      level: 1,
      heading: '规范执法行为',
      runIn: false,
      children: [paragraph('严格执法。Word 与 word')],
    });
    doc.meta.title = '执法';
    const all = replaceInDocument(doc, '执法', '办案');
    expect(all.count).toBe(4);
    expect(bodyText(all.doc)).toBe('办案检查，办案人员。');
    expect(all.doc.body[1]).toMatchObject({ heading: '规范办案行为', children: [{ runs: [{ text: '严格办案。Word 与 word' }] }] });
    expect(all.doc.meta.title).toBe('执法');
    expect(replaceInDocument(doc, 'word', 'Excel').doc.body[1]).toMatchObject({
      children: [{ runs: [{ text: '严格执法。Excel 与 Excel' }] }],
    });
    expect(bodyText(replaceInDocument(doc, '执法', '办案', 1).doc)).toBe('执法检查，办案人员。');
    expect(replaceInDocument(doc, '。执法', 'x').count).toBe(0);
  });
});
