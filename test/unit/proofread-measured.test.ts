/**
 * 公文校对 on the labelled set (test/helpers/proof-labelled.ts — the same set `npm run bench`
 * reports): at least 95% of the injected errors of every class fixed (or, where no fix is
 * certain, found at the place), and no look-alike correct usage touched. Plus the property that
 * fixing is idempotent and changes nothing outside the fixed spans, on generated text.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { paragraph, runsText, type ReportDocument } from '../../shared/model/document';
import { applyFixes, fixAll, proofread, ProofClass } from '../../shared/proofread/index';
import { labelledSet, scoreLabelled } from '../helpers/proof-labelled';
import { seedDocument, SEEDS } from '../helpers/seed-docs';

describe('the labelled set', () => {
  const score = scoreLabelled(labelledSet());
  for (const cls of ProofClass.options) {
    test(`${cls}: ≥ 95% of injected errors recovered, no look-alike changed`, () => {
      const s = score[cls];
      expect(s.injected).toBeGreaterThanOrEqual(40);
      expect(s.lookAlikes).toBeGreaterThanOrEqual(15);
      expect(s.recovered / s.injected).toBeGreaterThanOrEqual(0.95);
      expect(s.missed.filter((c) => c.lookAlike)).toEqual([]);
    });
  }
});

/** Pieces the generated paragraphs are made of: correct text, mistakes of every class, look-alikes. */
const PIECES = [
  '我县坚持依法行政',
  '，',
  '。',
  ',',
  ';',
  ':',
  '.',
  '(',
  ')',
  '"',
  '“',
  '”',
  '《',
  '》',
  '（',
  '）',
  '。。',
  '，，',
  ' ',
  '截止目前',
  '截止日期',
  '布署',
  '做为',
  '做好',
  '法制政府',
  '法制审核',
  '习近平法制思想',
  '党的20大',
  '１２３',
  '2023.12.31',
  '2021-2025年',
  '20212025年',
  "'23年",
  '22,685',
  '9:30',
  '1.5',
  'www.gov.cn',
  '的的',
  '了了',
  '为了了解',
  '精神精神',
  '一项一项',
  '规范规范性文件',
  '今年',
  '去年',
  '县公安局',
  '县司法局',
  '等部门',
  'Windows 10',
  'a',
  '1',
  '2024年',
];

const docOf = (base: ReportDocument, texts: string[]): ReportDocument => ({
  ...base,
  lead: [],
  body: texts.map((t) => paragraph(t)),
});
const texts = (doc: ReportDocument) => doc.body.map((b) => (b.type === 'paragraph' ? runsText(b.runs) : ''));

describe('fixing, as a property', () => {
  const base = seedDocument(SEEDS[0]);
  const para = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((xs) => xs.join(''));

  test('applying all fixes twice changes nothing the second time; nothing outside the fixed spans changes', () => {
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 4 }), (ps) => {
        const doc = docOf(base, ps);
        const found = proofread(doc);
        const once = applyFixes(doc, found);
        // Each paragraph is the original with exactly the applied spans replaced.
        ps.forEach((text, i) => {
          const spans = once.applied.filter((f) => f.range.path[1] === i).sort((a, b) => b.range.start - a.range.start);
          let expected = text;
          for (const f of spans) expected = expected.slice(0, f.range.start) + f.fix!.to + expected.slice(f.range.end);
          expect(texts(once.doc)[i]).toBe(expected);
        });
        // Fixing all (gongwen fix, 全部修正: until no certain fix is left — one fix can reveal
        // another, 截止目前截止目前 → 截至目前截至目前 → 截至目前), then again: nothing changes.
        const all = fixAll(doc).doc;
        expect(fixAll(all).doc).toEqual(all);
        expect(proofread(all).filter((f) => f.fix)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
