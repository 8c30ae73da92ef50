import { expect, test } from 'vitest';
import { chineseNumeral, headingLabel, matchHeadingPrefix, numberSections, parseChineseNumeral } from '../../shared/headings/index';
import type { Block, Section } from '../../shared/model/document';

test('Chinese numerals as clerks write them', () => {
  expect([1, 2, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
  expect(chineseNumeral(100)).toBe('一百');
  expect(chineseNumeral(101)).toBe('一百零一');
  expect(chineseNumeral(110)).toBe('一百一十');
  expect(() => chineseNumeral(-1)).toThrow();
});

test('labels per level: 一、 （一） 1. （1）', () => {
  expect(headingLabel(1, 3)).toBe('三、');
  expect(headingLabel(2, 12)).toBe('（十二）');
  expect(headingLabel(3, 4)).toBe('4.');
  expect(headingLabel(4, 2)).toBe('（2）');
});

const s = (id: string, level: 1 | 2 | 3 | 4, children: Block[] = []): Section => ({ type: 'section', id, level, heading: id, runIn: false, children });

test('numbers restart under each parent and follow position', () => {
  const body: Block[] = [
    s('a', 1, [s('a1', 2, [s('a1x', 3), s('a1y', 3, [s('a1y1', 4)])]), s('a2', 2)]),
    { type: 'paragraph', runs: [{ text: '段落不占序号' }] },
    s('b', 1, [s('b1', 2)]),
  ];
  const labels = numberSections(body);
  expect(Object.fromEntries(labels)).toEqual({
    a: '一、',
    a1: '（一）',
    a1x: '1.',
    a1y: '2.',
    a1y1: '（1）',
    a2: '（二）',
    b: '二、',
    b1: '（一）',
  });
});

test('every number the app prints reads back as the same level and number', () => {
  // Producing and reading are one grammar: a label the exporter prints, pasted or imported again,
  // must land at the same level with the same number (1–99: what parsing accepts).
  for (const level of [1, 2, 3, 4] as const) {
    for (let n = 1; n <= 99; n++) {
      const label = headingLabel(level, n);
      expect(matchHeadingPrefix(`${label}坚持依法行政`), label).toEqual({ level, number: n, label, rest: '坚持依法行政' });
    }
  }
  for (let n = 0; n <= 99; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
});
