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
  // An explicit stack, not recursion: this also names places in input not yet checked against
  // the schema (shared/model/describe-issue.ts), whose nesting may be any depth.
  const stack: { blocks: readonly Block[]; next: number; counters: Record<number, number> }[] = [{ blocks: body, next: 0, counters: {} }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.blocks.length) {
      stack.pop();
      continue;
    }
    const block = top.blocks[top.next++];
    if (block?.type !== 'section') continue;
    top.counters[block.level] = (top.counters[block.level] ?? 0) + 1;
    labels.set(block.id, headingLabel(block.level, top.counters[block.level]!));
    if (Array.isArray(block.children)) stack.push({ blocks: block.children, next: 0, counters: {} });
  }
  return labels;
}

/** Depth-first list of sections, in document order. */
export function allSections(body: readonly Block[]): Section[] {
  const out: Section[] = [];
  const stack: { blocks: readonly Block[]; next: number }[] = [{ blocks: body, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.blocks.length) {
      stack.pop();
      continue;
    }
    const b = top.blocks[top.next++];
    if (b?.type !== 'section') continue;
    out.push(b);
    if (Array.isArray(b.children)) stack.push({ blocks: b.children, next: 0 });
  }
  return out;
}
