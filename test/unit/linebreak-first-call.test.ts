/**
 * The line breaker keeps its per-character arrays between calls (shared/layout/linebreak.ts). This
 * file's first call into it measures nothing at all, as a fresh process (a CLI export, a preview
 * page) may: an empty first paragraph once found no arrays to measure with and threw.
 */
import { expect, test } from 'vitest';
import { breakLines, textWidth } from '../../shared/layout/linebreak';

const style = { size: 16, spacing: 0 };

test('an empty paragraph measured first is one empty line; an empty text is zero wide', () => {
  expect(breakLines([{ text: '', style }], 8840, 8840)).toEqual([{ start: 0, end: 0, width: 0 }]);
  expect(textWidth([])).toBe(0);
});

test('a paragraph longer than the arrays kept so far grows them and breaks as a short one does', () => {
  const long = '法'.repeat(5000);
  const lines = breakLines([{ text: long, style }], 8960, 8960);
  expect(lines.length).toBe(Math.ceil(5000 / 28));
  expect(lines.every((l, i) => l.end - l.start === (i < lines.length - 1 ? 28 : 5000 - 28 * (lines.length - 1)))).toBe(true);
  expect(breakLines([{ text: '法治', style }], 8960, 8960)).toEqual([{ start: 0, end: 2, width: 640 }]);
});
