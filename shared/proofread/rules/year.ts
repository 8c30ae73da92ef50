/**
 * 年度用语: 今年, 去年, 明年 in an annual report. Which year 今年 means depends on when the
 * report is read, so the year is offered (the report's year from meta.year), never applied by
 * 全部修正 or `gongwen fix`.
 */
import { PM } from '../messages';
import type { ProofContext, ProofHit, ProofUnit } from '../types';

const OFFSET: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2, 后年: 2 };
const RELATIVE_RE = /今年|去年|明年|前年|后年/g;

export function relativeYear(unit: ProofUnit, ctx: ProofContext): ProofHit[] {
  const hits: ProofHit[] = [];
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(unit.text); m; m = RELATIVE_RE.exec(unit.text)) {
    const year = `${ctx.year + OFFSET[m[0]]!}年`;
    hits.push({ start: m.index, end: m.index + 2, suggestion: year, message: PM.relativeYear(m[0], year) });
  }
  return hits;
}
