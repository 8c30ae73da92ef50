/**
 * Making plan paragraphs and runs: the defaults every part of the page starts from (justified,
 * no indent, one grid line, the body size on the character grid).
 */
import type { Run } from '../model/document';
import type { FontRole } from '../fonts';
import { GRID, INDENT, SIZE } from '../gbt9704';
import type { ParaRole, PlanPara, PlanRun } from './types';
import type { ExportVariant } from '../export/variant';

const NO_INDENT = { left: 0, right: 0, firstLine: 0 };

export function para(role: ParaRole, runs: PlanRun[], opts: Partial<Omit<PlanPara, 'kind' | 'role' | 'runs'>> = {}): PlanPara {
  return { kind: 'para', role, runs, align: 'justify', indent: NO_INDENT, line: GRID.line, before: 0, ...opts };
}

export function blank(height: number = GRID.line): PlanPara {
  return para('blank', [], { line: height, align: 'left' });
}

export function run(text: string, font: FontRole, extra: Partial<PlanRun> = {}): PlanRun {
  return { text, font, size: SIZE.body, spacing: GRID.charSpacing, ...extra };
}

export function modelRuns(runs: readonly Run[], font: FontRole, variant: ExportVariant, size: number = SIZE.body, spacing: number = GRID.charSpacing): PlanRun[] {
  return runs
    .filter((r) => r.text)
    .map((r) => ({
      text: r.text.replace(/[\r\n\t]+/g, ' '),
      font,
      size,
      spacing,
      ...(r.bold ? { bold: true } : {}),
      ...(variant === 'draft' && r.marks?.includes('unconfirmed') ? { highlight: true } : {}),
    }));
}

export function bodyPara(runs: PlanRun[]): PlanPara {
  return para('body', runs, { indent: { left: 0, right: 0, firstLine: INDENT.firstLine } });
}
