import { describe, expect, test } from 'vitest';
import suspectJson from '../../shared/proofread/lists/suspect.json';
import { SUSPECTS, compileSuspects, findSuspects } from '../../shared/proofread/suspect';
import { SuspectList } from '../../shared/proofread/list-schemas';

describe('the suspect-phrase list (data, validated)', () => {
  test('the shipped list passes its schema; the schema refuses a broken one', () => {
    expect(SuspectList.safeParse(suspectJson).success).toBe(true);
    const entry = { phrase: '新葡京', kind: '赌博', examples: { hit: ['新葡京'], clean: [] } };
    expect(SuspectList.safeParse({ enforcement: '(', entries: [entry] }).success).toBe(false);
    expect(SuspectList.safeParse({ enforcement: 'x', entries: [{ ...entry, kind: '其他' }] }).success).toBe(false);
    expect(SuspectList.safeParse({ enforcement: 'x', entries: [{ ...entry, examples: { hit: [], clean: [] } }] }).success).toBe(false);
    expect(SuspectList.safeParse({ enforcement: 'x', entries: [] }).success).toBe(false);
  });

  // Every entry's own examples: found where it says, nothing found where it says clean.
  for (const e of SUSPECTS.entries) {
    test(e.phrase, () => {
      for (const text of e.examples.hit)
        expect([text, findSuspects(text).map((f) => f.entry.phrase)]).toContainEqual(expect.arrayContaining([e.phrase]));
      for (const text of e.examples.clean) expect([text, findSuspects(text)]).toEqual([text, []]);
    });
  }

  test('the enforcement context is one sentence: after a full stop the phrase is suspect again', () => {
    expect(findSuspects('查处赌博网站。澳门新葡京').map((f) => f.entry.phrase)).toEqual(['澳门新葡京']);
    expect(findSuspects('查处“澳门新葡京”').map((f) => f.entry.phrase)).toEqual([]);
    // An `always` slogan stays suspect even there.
    expect(findSuspects('查处注册送彩金').map((f) => f.entry.phrase)).toEqual(['注册送彩金']);
  });

  test('the longest phrase at a place wins; offsets are the characters', () => {
    const text = '首页澳门新葡京';
    const [hit] = findSuspects(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('澳门新葡京');
  });

  test('a generated text of 200,000 characters is scanned, and only its planted phrases found', () => {
    const filler = '坚持依法行政，推进法治政府建设，强化行政执法监督。';
    const parts: string[] = [];
    for (let i = 0; i < 8_000; i++) parts.push(i % 1_000 === 7 ? '时时彩' : filler);
    const found = findSuspects(parts.join(''));
    expect(found.map((f) => f.entry.phrase)).toEqual(Array(8).fill('时时彩'));
  });

  test('compileSuspects takes another list (the data decides, not the code)', () => {
    const list = SuspectList.parse({
      enforcement: '查处$',
      entries: [{ phrase: '某某平台', kind: '广告', examples: { hit: ['某某平台'], clean: [] } }],
    });
    expect(findSuspects('欢迎来到某某平台', compileSuspects(list)).length).toBe(1);
    expect(findSuspects('查处某某平台', compileSuspects(list)).length).toBe(0);
  });
});
