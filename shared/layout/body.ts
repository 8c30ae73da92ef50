/**
 * The 主体: the title, and the body's paragraphs, numbered headings (一、（一）1.（1）, run-in or
 * on their own line) and tables.
 */
import type { Block } from '../model/document';
import type { FontRole } from '../fonts';
import { INDENT, PAGE, SIZE } from '../gbt9704';
import { balanceTitle } from './title';
import { bodyPara, modelRuns, para, run } from './para';
import { table } from './table';
import { fixedTable } from './fixed-table';
import { EMPTY_HEADING_MARK, type PlanBlock, type PlanPara } from './types';
import type { ExportVariant } from '../export/variant';
import { isEmptyHeading } from '../check/rules/headings';

export function titleParas(title: string, role: 'title' | 'attachTitle'): PlanPara {
  const style = { size: SIZE.title, spacing: 0 };
  const lines = balanceTitle(title, style, PAGE.textWidth);
  return para(role, [{ text: lines.join('\n'), font: 'title', ...style }], { align: 'center' });
}

const HEADING_FONT: Record<number, FontRole> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' };
const SENTENCE_END = /[。！？；：…]$/;

export function blocks(blocksIn: readonly Block[], labels: Map<string, string>, variant: ExportVariant): PlanBlock[] {
  const out: PlanBlock[] = [];
  let prev: Block | undefined;
  for (const b of blocksIn) {
    const afterTable = prev?.type === 'table';
    prev = b;
    if (b.type === 'paragraph') {
      // An empty paragraph after a table is where the editor's caret went on below it, not a
      // blank line the report asks for: the file and the preview leave it out.
      if (afterTable && !b.runs.some((r) => r.text.trim())) continue;
      out.push(bodyPara(modelRuns(b.runs, 'body', variant)));
    } else if (b.type === 'table') {
      out.push(table(b, variant));
    } else if (b.type === 'fixedTable') {
      // A table this build has no shape for says so in print rather than vanishing.
      out.push(fixedTable(b, variant) ?? bodyPara([run(`（表格“${b.table}”无法识别）`, 'body')]));
    } else {
      const font = HEADING_FONT[b.level]!;
      const label = labels.get(b.id) ?? '';
      const heading = b.heading.trim();
      const problem = isEmptyHeading(b.heading) ? { problem: EMPTY_HEADING_MARK } : {};
      const first = b.children[0];
      if (b.runIn && first?.type === 'paragraph') {
        // Run-in: the heading sentence, closed by 。, then the first paragraph in the body font.
        const sentence = SENTENCE_END.test(heading) ? heading : `${heading}。`;
        out.push({ ...bodyPara([run(label + sentence, font), ...modelRuns(first.runs, 'body', variant)]), ...problem });
        out.push(...blocks(b.children.slice(1), labels, variant));
      } else {
        out.push(
          para('heading', [run(label + heading, font)], {
            indent: { left: 0, right: 0, firstLine: INDENT.firstLine },
            keepNext: true,
            level: b.level,
            ...problem,
          }),
        );
        out.push(...blocks(b.children, labels, variant));
      }
    }
  }
  return out;
}
