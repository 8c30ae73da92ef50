/**
 * The one place where heading numbers come from. Editor, preview, checker and exporter all call
 * this; numbers are never stored in text.
 */
import type { Block, Section, SectionLevel } from '../model/document';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九, 100 → 一百 (rare, but never wrong). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`不支持的序号：${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)]! + '十' + (n % 10 ? DIGITS[n % 10] : '');
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return DIGITS[hundreds] + '百';
  return DIGITS[hundreds] + '百' + (rest < 10 ? '零' : '') + (rest < 20 && rest >= 10 ? '一' : '') + chineseNumeral(rest);
}

/** The label of the `index`-th (1-based) heading at `level`: 一、 （一） 1. （1） */
export function headingLabel(level: SectionLevel, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(index)}、`;
    case 2:
      return `（${chineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
    case 4:
      return `（${index}）`;
  }
}

/**
 * Labels for every section in a body, keyed by section id. A level restarts under each parent
 * heading; siblings are counted per level, so a skipped level still numbers from 1.
 */
export function numberSections(body: readonly Block[]): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (blocks: readonly Block[]) => {
    const counters: Record<number, number> = {};
    for (const block of blocks) {
      if (block.type !== 'section') continue;
      counters[block.level] = (counters[block.level] ?? 0) + 1;
      labels.set(block.id, headingLabel(block.level, counters[block.level]!));
      walk(block.children);
    }
  };
  walk(body);
  return labels;
}

/** Depth-first list of sections, in document order. */
export function allSections(body: readonly Block[]): Section[] {
  const out: Section[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'section') {
        out.push(b);
        walk(b.children);
      }
    }
  };
  walk(body);
  return out;
}
