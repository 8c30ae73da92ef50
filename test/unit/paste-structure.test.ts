/** Pasted lines → model blocks: typed numbers become structure at the right level. */
import { describe, expect, it } from 'vitest';
import { structurePasted, textToLines } from '../../shared/paste-structure';
import type { Block, Section } from '../../shared/model/document';

const outline = (blocks: Block[], depth = 0): string[] =>
  blocks.flatMap((b) =>
    b.type === 'section'
      ? [`${'  '.repeat(depth)}${b.level}:${b.heading}${b.runIn ? '（段首）' : ''}`, ...outline(b.children, depth + 1)]
      : b.type === 'paragraph'
        ? [`${'  '.repeat(depth)}p:${b.runs.map((r) => r.text).join('')}`]
        : [`${'  '.repeat(depth)}table`],
  );

const TEXT = [
  '一、工作开展情况',
  '（一）坚持党的领导。一是落实第一责任人职责。',
  '1.加强学习',
  '(2)开展述法',
  '二、存在问题',
  '个别单位重视不够。',
  '',
].join('\n');

describe('structurePasted', () => {
  it('keeps typed levels where the outline is free', () => {
    const { blocks, headings } = structurePasted(textToLines(TEXT), { minLevel: 1 });
    expect(headings).toBe(5);
    expect(outline(blocks)).toEqual([
      '1:工作开展情况',
      '  2:坚持党的领导（段首）',
      '    p:一是落实第一责任人职责。',
      '    3:加强学习',
      '      4:开展述法',
      '1:存在问题',
      '  p:个别单位重视不够。',
    ]);
  });

  it('shifts the pasted outline below a fixed template part (一、 → （一）), capped at （1）', () => {
    const { blocks } = structurePasted(textToLines(TEXT), { minLevel: 2 });
    expect(outline(blocks)).toEqual([
      '2:工作开展情况',
      '  3:坚持党的领导（段首）',
      '    p:一是落实第一责任人职责。',
      '    4:加强学习',
      '    4:开展述法',
      '2:存在问题',
      '  p:个别单位重视不够。',
    ]);
  });

  it('takes no number into the text, and leaves plain paragraphs and decimals alone', () => {
    const { blocks, headings } = structurePasted(textToLines('1.5个工作日内办结。\n　　全年受理案件35件。'), { minLevel: 2 });
    expect(headings).toBe(0);
    expect(outline(blocks)).toEqual(['p:1.5个工作日内办结。', 'p:全年受理案件35件。']);
  });

  it('keeps bold in paragraphs and in a run-in body, drops it from headings', () => {
    const { blocks } = structurePasted(
      [
        {
          kind: 'line',
          runs: [{ text: '（一）依法决策。', bold: true }, { text: '全年' }, { text: '审查', bold: true }, { text: '文件。' }],
        },
        { kind: 'line', runs: [{ text: '重点', bold: true }, { text: '工作' }] },
      ],
      { minLevel: 2 },
    );
    const s = blocks[0] as Section;
    expect(s).toMatchObject({ level: 2, heading: '依法决策', runIn: true });
    expect(s.children[0]).toEqual({ type: 'paragraph', runs: [{ text: '全年' }, { text: '审查', bold: true }, { text: '文件。' }] });
    expect(s.children[1]).toEqual({ type: 'paragraph', runs: [{ text: '重点', bold: true }, { text: '工作' }] });
  });

  it('a heading mark from the editor itself (styleLevel) wins over the typed prefix', () => {
    const { blocks } = structurePasted([{ kind: 'line', runs: [{ text: '严格规范执法' }], styleLevel: 3 }], { minLevel: 2 });
    expect(outline(blocks)).toEqual(['3:严格规范执法']);
  });
});
