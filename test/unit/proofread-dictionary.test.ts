/**
 * 自定义词典 and 附件 in 公文校对: an accepted term silences every rule inside it (and nothing
 * outside it), banned words are found and fixed, the entries' schema refuses what cannot be a
 * term; attachments are proofread, fixed, and placed, but never touched by find and replace.
 */
import { describe, expect, test } from 'vitest';
import { paragraph, type ReportDocument } from '../../shared/model/document';
import {
  compileDictionary,
  DICTIONARY_LIMITS,
  DictionaryEntryFields,
  fixAll,
  isAccepted,
  proofread,
  PROOF_RULES,
  type DictionaryEntryInput,
} from '../../shared/proofread/index';
import { proofUnits as proofUnitsOf } from '../../shared/proofread/units';
import { findOccurrences } from '../../shared/proofread/replace';
import { checkDocument, describeLocation } from '../../shared/check/index';
import { PROOF_CASES } from '../fixtures/proof-cases';
import { rng } from '../helpers/rng';
import { seedDocument } from '../helpers/seed-docs';
import { paragraphsReport } from '../helpers/reports';

const docWith = paragraphsReport;
const texts = (doc: ReportDocument) => doc.body.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));

describe('an accepted term (认可)', () => {
  // Every rule that fixes: accept the characters of each finding with a little text around them.
  for (const rule of PROOF_RULES) {
    const cases = PROOF_CASES[rule.id]!;
    const sample = cases.fixes?.[0]?.[0] ?? cases.finds?.[0]?.[0];
    if (!sample) continue;
    test(`silences ${rule.id} inside it, and only there`, () => {
      const base = compileDictionary(cases.dictionary ?? []);
      const found = proofread(docWith(sample), { only: [rule.id], dictionary: base });
      expect(found.length).toBeGreaterThan(0);
      const accepted = found.map((f) => sample.slice(Math.max(0, f.range.start - 2), f.range.end + 2));
      const dictionary = compileDictionary([...(cases.dictionary ?? []), ...accepted.map((term) => ({ term, kind: 'accept' as const }))]);
      const doc = docWith(sample, sample);
      expect(proofread(doc, { only: [rule.id], dictionary })).toEqual([]);
      expect(texts(fixAll(doc, [rule.id], undefined, dictionary).doc)).toEqual([sample, sample]);
      // Without the dictionary nothing is silenced: the same text is still found.
      expect(proofread(doc, { only: [rule.id], dictionary: base }).length).toBe(found.length * 2);
    });
  }

  test('a place name: 既使村 is not 即使, while 既使 elsewhere still is', () => {
    const dictionary = compileDictionary([{ term: '既使村', kind: 'accept' }]);
    const doc = docWith('在既使村开展法治宣传。既使任务再重，也要完成。');
    const found = proofread(doc, { dictionary });
    expect(found.map((f) => [f.rule, f.text, f.range.start])).toEqual([['word-misused', '既使', 11]]);
    expect(texts(fixAll(doc, undefined, undefined, dictionary).doc)).toEqual(['在既使村开展法治宣传。即使任务再重，也要完成。']);
  });

  test('a finding reaching past the term is not silenced', () => {
    const text = '推进法制政府建设';
    expect(isAccepted(compileDictionary([{ term: '推进法制', kind: 'accept' }]), text, 2, 6)).toBe(false);
    expect(isAccepted(compileDictionary([{ term: '法制政府建设', kind: 'accept' }]), text, 2, 6)).toBe(true);
    expect(isAccepted(compileDictionary([{ term: '制政', kind: 'accept' }]), text, 2, 6)).toBe(false);
    // Overlapping terms: the one that covers the finding counts, wherever the others start.
    const both = compileDictionary([
      { term: '推进法制', kind: 'accept' },
      { term: '进法制政府建', kind: 'accept' },
      { term: '进法', kind: 'accept' },
    ]);
    expect(isAccepted(both, text, 2, 6)).toBe(true);
    expect(isAccepted(both, text, 2, 8)).toBe(false);
  });

  test('the checker takes the dictionary: the finding leaves 检查', () => {
    const doc = docWith('推进法制政府建设。');
    const rules = (d?: ReturnType<typeof compileDictionary>) => checkDocument(doc, undefined, { dictionary: d }).map((f) => f.rule);
    expect(rules()).toContain('term-standard');
    expect(rules(compileDictionary([{ term: '法制政府', kind: 'accept' }]))).not.toContain('term-standard');
  });
});

describe('generated dictionaries on a real report', () => {
  // Terms cut from the report (so they occur), around findings, and made of characters a regex
  // or a surrogate pair would trip on: the dictionary only ever removes findings that lie inside
  // an accepted term, and adds the banned words' own.
  const doc = seedDocument('furong-2019.txt');
  const plain = proofread(doc);
  const units = new Map(proofUnitsOf(doc).map((u) => [u.path.join('.'), u.text]));
  const all = [...units.values()].filter((t) => t.length > 12);
  for (const seed of [1, 2, 3, 4, 5]) {
    test(`seed ${seed}`, () => {
      const random = rng(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
      const terms = new Set<string>();
      const entries: DictionaryEntryInput[] = [];
      for (let i = 0; i < 60; i++) {
        const t = pick(all);
        const at = Math.floor(random() * (t.length - 8));
        const term =
          random() < 0.15
            ? pick(['.*', '(?:', '\\', '𠀀𠀁', '[', '$1']) + t.slice(at, at + 2)
            : t.slice(at, at + 2 + Math.floor(random() * 6));
        if (terms.has(term.trim()) || !term.trim()) continue;
        terms.add(term.trim());
        entries.push(random() < 0.75 ? { term, kind: 'accept' } : { term, kind: 'ban', replacement: random() < 0.5 ? '' : '替换' });
      }
      for (const e of entries) expect(DictionaryEntryFields.safeParse(e).success).toBe(true);
      const dictionary = compileDictionary(entries);
      const withDict = proofread(doc, { dictionary });
      const accepted = entries.filter((e) => e.kind === 'accept').map((e) => e.term.trim());
      const inside = (text: string, s: number, e: number) =>
        accepted.some((t) => {
          for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) if (i <= s && i + t.length >= e) return true;
          return false;
        });
      const key = (f: (typeof plain)[number]) => `${f.rule}|${f.range.path.join('.')}|${f.range.start}|${f.range.end}`;
      const kept = new Set(withDict.map(key));
      for (const f of plain) {
        const text = units.get(f.range.path.join('.'))!;
        // Gone only where an accepted term covers it (or a banned word took its place first).
        if (!kept.has(key(f)) && !withDict.some((g) => g.rule === 'word-banned' && g.range.path.join('.') === f.range.path.join('.')))
          expect([f.text, inside(text, f.range.start, f.range.end)]).toEqual([f.text, true]);
      }
      for (const f of withDict) {
        const text = units.get(f.range.path.join('.'))!;
        expect(inside(text, f.range.start, f.range.end)).toBe(false);
        if (f.rule !== 'word-banned') expect(plain.some((g) => key(g) === key(f))).toBe(true);
      }
      // The case is live: the dictionary both silenced findings and found banned words.
      expect(plain.filter((f) => !kept.has(key(f))).length).toBeGreaterThan(0);
      expect(withDict.filter((f) => f.rule === 'word-banned').length).toBeGreaterThan(0);
      // And fixing with it settles like fixing without it.
      const once = fixAll(doc, undefined, undefined, dictionary).doc;
      expect(fixAll(once, undefined, undefined, dictionary).applied).toEqual([]);
    });
  }
});

describe('entries (schema)', () => {
  const ok = (x: unknown) => DictionaryEntryFields.safeParse(x).success;
  test('a term is trimmed, one line, not empty, not too long', () => {
    expect(DictionaryEntryFields.parse({ term: '  既使村 ', kind: 'accept' })).toEqual({
      term: '既使村',
      kind: 'accept',
      replacement: '',
      note: '',
    });
    expect(ok({ term: '   ', kind: 'accept' })).toBe(false);
    expect(ok({ term: '既使\n村', kind: 'accept' })).toBe(false);
    expect(ok({ term: '村'.repeat(DICTIONARY_LIMITS.termChars + 1), kind: 'accept' })).toBe(false);
    expect(ok({ term: '县法制办', kind: 'forbid' })).toBe(false);
  });
  test('a banned word is not replaced by itself; an accepted one has no replacement', () => {
    expect(ok({ term: '县法制办', kind: 'ban', replacement: '县法制办' })).toBe(false);
    expect(ok({ term: '县法制办', kind: 'ban', replacement: '县司法局' })).toBe(true);
    expect(ok({ term: '既使村', kind: 'accept', replacement: '即使村' })).toBe(false);
  });
  test('the first message says why, in Chinese', () => {
    const r = DictionaryEntryFields.safeParse({ term: '', kind: 'accept' });
    expect(r.success ? '' : r.error.issues[0]!.message).toBe('请填写词语');
  });
});

describe('附件', () => {
  function withAttachment(): ReportDocument {
    const doc = docWith('全县法治建设取得成效。');
    doc.meta.attachments = [
      { title: '2024年度法治政府建设工作台帐', blocks: [] },
      { title: '重点工作清单', blocks: [paragraph('推进法制政府建设,落实布署要求。')] },
    ];
    return doc;
  }

  test('titles and text are proofread, with their paths', () => {
    const found = proofread(withAttachment());
    expect(found.map((f) => [f.range.path.join('.'), f.text, f.fix?.to])).toEqual([
      ['meta.attachments.0.title', '台帐', '台账'],
      ['meta.attachments.1.blocks.0', '法制政府', '法治政府'],
      ['meta.attachments.1.blocks.0', ',', '，'],
      ['meta.attachments.1.blocks.0', '布署', '部署'],
    ]);
    const dictionary = compileDictionary([{ term: '工作清单', kind: 'ban', replacement: '任务清单' }]);
    expect(proofread(withAttachment(), { dictionary, only: ['word-banned'] })).toMatchObject([
      { range: { path: ['meta', 'attachments', 1, 'title'], start: 2, end: 6 }, fix: { from: '工作清单', to: '任务清单' } },
    ]);
  });

  test('全部修正 fixes them; the checker places them in the attachment', () => {
    const doc = withAttachment();
    const fixed = fixAll(doc).doc;
    expect(fixed.meta.attachments[1]!.blocks).toEqual([paragraph('推进法治政府建设，落实部署要求。')]);
    expect(doc.meta.attachments[1]!.blocks).toEqual([paragraph('推进法制政府建设,落实布署要求。')]);
    expect(fixed.meta.attachments[0]!.title).toBe('2024年度法治政府建设工作台账');
    const f = checkDocument(doc).filter((x) => x.range?.path[1] === 'attachments');
    expect(f.length).toBe(4);
    for (const x of f) expect(x.location).toEqual({ type: 'attachment', index: x.range!.path[2] });
    expect(describeLocation(doc, { type: 'attachment', index: 1 })).toBe('附件2《重点工作清单》');
  });

  test('find and replace (the editor’s) leaves attachments alone', () => {
    const doc = withAttachment();
    expect(findOccurrences(doc, '法制政府')).toEqual([]);
    expect(findOccurrences(doc, '法治').map((f) => f.range.path[0])).toEqual(['body']);
  });
});
