/**
 * Figures carried over from last year (件, 人次, 万元, %, 个, …): each becomes its own run with
 * the mark `unconfirmed` (待核实) until the clerk confirms or edits it. A figure is Arabic digits
 * (with thousands separators, decimals, 余/多, 万/亿) followed by a unit of count, money, share,
 * time or size. Years (年), months and days are not figures; neither are bare numbers such as
 * the 12345 hotline.
 */
import type { Run } from '../model/document';

const UNITS = [
  '个百分点',
  '个工作日',
  '平方公里',
  '平方米',
  '个月',
  '人次',
  '件次',
  '户次',
  '批次',
  '场次',
  '条次',
  '课时',
  '学时',
  '小时',
  '公里',
  '千米',
  '公顷',
  '元',
  '个',
  '件',
  '人',
  '名',
  '家',
  '次',
  '项',
  '条',
  '份',
  '场',
  '期',
  '起',
  '户',
  '所',
  '座',
  '处',
  '类',
  '本',
  '册',
  '篇',
  '部',
  '套',
  '台',
  '辆',
  '批',
  '宗',
  '吨',
  '亩',
  '米',
  '天',
  '周',
  '倍',
  '支',
  '队',
  '村',
  '张',
  '封',
  '节',
  '分钟',
  '万',
  '亿',
].sort((a, b) => b.length - a.length);

const NUMBER = '\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?';
const FIGURE = new RegExp(
  `(?<![\\d.])${NUMBER}\\s?(?:余|多)?(?:万|亿|千|百)?(?:余|多)?\\s?(?:[%％‰]|${UNITS.join('|')})|(?<![\\d.])${NUMBER}(?=\\s*[%％])`,
  'g',
);
/** A table cell holding only a number is a figure, unit or not. */
/** Tested on the trimmed text: leading and trailing \s* around optional parts backtrack quadratically. */
const NUMERIC_CELL = /^[-+]?\d+(?:[,，]\d{3})*(?:\.\d+)?\s*[%％‰]?$/;

/** [start, end) of each figure in `text`. */
export function findFigures(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(FIGURE)) {
    // "2024年" is a year, "3月17日" a date: not figures (the units list leaves them out, but a
    // number directly before 年/月/日 must not be cut into a figure either).
    if (/^[年月日号]/.test(text.slice(m.index + m[0].length))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Runs with every figure split into its own run marked `unconfirmed`. */
export function markFigures(runs: readonly Run[], options: { wholeNumbers?: boolean } = {}): { runs: Run[]; count: number } {
  const text = runs.map((r) => r.text).join('');
  const spans = options.wholeNumbers && NUMERIC_CELL.test(text.trim()) ? ([[0, text.length]] as [number, number][]) : findFigures(text);
  if (!spans.length) return { runs: runs.map((r) => ({ ...r })), count: 0 };
  const cuts = new Set<number>();
  for (const [s, e] of spans) cuts.add(s).add(e);
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    let from = 0;
    const points = [...cuts]
      .filter((c) => c > pos && c < pos + r.text.length)
      .sort((a, b) => a - b)
      .map((c) => c - pos);
    for (const to of [...points, r.text.length]) {
      if (to > from) {
        const piece: Run = { ...r, text: r.text.slice(from, to) };
        const at = pos + from;
        if (spans.some(([s, e]) => at >= s && at < e)) piece.marks = [...new Set([...(r.marks ?? []), 'unconfirmed' as const])];
        out.push(piece);
      }
      from = to;
    }
    pos += r.text.length;
  }
  return { runs: out, count: spans.length };
}
