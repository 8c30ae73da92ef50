/**
 * The outline rules of the editor, headless (plain Lexical editor with the app's nodes, transforms
 * and guard): the structural guard puts back what commands never saw; the outline operations
 * (add, level, move, delete, run-in, paste) give the model the clerk expects.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { $getRoot, $isElementNode, DELETE_CHARACTER_COMMAND, createEditor, type LexicalEditor, type LexicalNode } from 'lexical';
import { registerTablePlugin } from '@lexical/table';
import type { Block, ReportDocument, Section } from '../../shared/model/document';
import { paragraph } from '../../shared/model/document';
import { getTemplate, newDocument } from '../../shared/templates';
import { numberSections } from '../../shared/headings/index';
import { textToLines } from '../../shared/paste-structure';
import { $isSectionHeadingNode, EDITOR_NODES, type SectionHeadingNode } from '../../renderer/src/editor/nodes';
import { $loadDocument, $readDocument } from '../../renderer/src/editor/mapping';
import { registerEditorTransforms } from '../../renderer/src/editor/transforms';
import { registerOutlineGuard } from '../../renderer/src/editor/guard';
import { outlinePolicy, type OutlinePolicy } from '../../renderer/src/editor/structure';
import { $addSection, $changeLevel, $deleteSection, $moveSection, $toggleRunIn } from '../../renderer/src/editor/sections';
import { $insertPasted } from '../../renderer/src/editor/paste';
import { MSG } from '../../renderer/src/editor/messages';

const template = getTemplate('fazhi-annual')!;
let editor: LexicalEditor;
let policy: OutlinePolicy;
let doc: ReportDocument;
let said: string[];

function setup(d: ReportDocument): void {
  doc = d;
  said = [];
  policy = outlinePolicy(doc, template);
  editor = createEditor({
    namespace: 'outline',
    nodes: EDITOR_NODES,
    onError(e) {
      throw e;
    },
  });
  registerTablePlugin(editor);
  registerEditorTransforms(editor);
  registerOutlineGuard(
    editor,
    () => policy,
    (m) => said.push(m),
  );
  editor.update(() => $loadDocument(doc), { discrete: true });
}

const read = () => editor.getEditorState().read(() => $readDocument(doc));
const update = (fn: () => void) => editor.update(fn, { discrete: true });
/** Run an operation with the caret at the end of the heading whose text starts with `heading`. */
function at(heading: string, op: () => string | null, where: 'start' | 'end' = 'end'): string | null {
  let message: string | null = null;
  update(() => {
    const h = $getRoot()
      .getChildren()
      .find((n) => $isSectionHeadingNode(n) && n.getTextContent().startsWith(heading)) as SectionHeadingNode | undefined;
    if (!h) throw new Error('no heading ' + heading);
    if (where === 'end') h.selectEnd();
    else h.selectStart();
  });
  update(() => {
    message = op();
  });
  return message;
}

/** "label heading" of every section, indented by depth. */
function outline(blocks: readonly Block[] = read().body, depth = 0, labels = numberSections(read().body)): string[] {
  return blocks.flatMap((b) =>
    b.type === 'section'
      ? [
          `${'  '.repeat(depth)}${labels.get(b.id)}${b.heading}${b.runIn ? '｜' + (b.children[0]?.type === 'paragraph' ? b.children[0].runs.map((r) => r.text).join('') : '') : ''}`,
          ...outline(b.runIn ? b.children.slice(1) : b.children, depth + 1, labels),
        ]
      : b.type === 'paragraph'
        ? [`${'  '.repeat(depth)}p:${b.runs.map((r) => r.text).join('')}`]
        : [`${'  '.repeat(depth)}table`],
  );
}

function sub(id: string, heading: string, level: 2 | 3, children: Block[] = [paragraph(heading + '的正文。')]): Section {
  return { type: 'section', id, level, heading, runIn: false, children };
}

function report(): ReportDocument {
  const d = newDocument(template, 2024, { fullName: '互助县人民政府', headerText: '', code: '互政' });
  const measures = d.body[0] as Section;
  measures.children = [
    paragraph('总体情况。'),
    sub('a', '坚持党的领导', 2),
    sub('b', '严格规范执法', 2, [paragraph('执法。'), sub('b1', '案卷评查', 3)]),
  ];
  return d;
}

const requiredHeadings = () =>
  read()
    .body.filter((b): b is Section => b.type === 'section' && !!b.slot)
    .map((s) => s.slot);
const SLOTS = ['measures', 'shortcomings', 'leaders', 'plans', 'other'];

beforeEach(() => setup(report()));

describe('the structural guard', () => {
  it('puts back a required heading removed behind the commands’ back, content and all', async () => {
    const before = read();
    update(() => {
      $getRoot()
        .getChildren()
        .find((n) => $isSectionHeadingNode(n) && n.getSlot() === 'plans')!
        .remove();
    });
    expect(read()).toEqual(before);
    await Promise.resolve();
    expect(said).toContain(MSG.restored);
  });

  it('puts back required headings moved out of order or merged into a paragraph', () => {
    const before = read();
    update(() => {
      const hs = $getRoot().getChildren().filter($isSectionHeadingNode);
      const other = hs.find((h) => h.getSlot() === 'other')!;
      hs.find((h) => h.getSlot() === 'measures')!.insertBefore(other);
    });
    expect(read()).toEqual(before);
    update(() => {
      const h = $getRoot()
        .getChildren()
        .find((n) => $isSectionHeadingNode(n) && n.getSlot() === 'leaders')! as SectionHeadingNode;
      const prev = h.getPreviousSibling()!;
      if ($isElementNode(prev)) prev.append(...h.getChildren());
      h.remove();
    });
    expect(read()).toEqual(before);
  });

  it('keeps a required heading at its level', () => {
    update(() =>
      (
        $getRoot()
          .getChildren()
          .find((n) => $isSectionHeadingNode(n) && n.getSlot() === 'leaders') as SectionHeadingNode
      ).setLevel(2),
    );
    expect(requiredHeadings()).toEqual(SLOTS);
    expect(read().body.every((b) => b.type !== 'section' || b.level === 1)).toBe(true);
  });

  it('lets free sections go', () => {
    update(() => {
      $getRoot()
        .getChildren()
        .find((n) => $isSectionHeadingNode(n) && n.getSectionId() === 'a')!
        .remove();
    });
    // Its text stays as body text of the part; the next section is now （一）.
    expect(outline().slice(0, 4)).toEqual([
      '一、2024年度推进法治政府建设的主要举措和成效',
      '  p:总体情况。',
      '  p:坚持党的领导的正文。',
      '  （一）严格规范执法',
    ]);
    expect(said).toEqual([]);
  });

  it('Backspace at the start of a required heading is refused; at the start of a free one it becomes body text', async () => {
    const before = read();
    at('存在的不足', () => (editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true), null), 'start');
    expect(read()).toEqual(before);
    await Promise.resolve();
    expect(said.some((m) => m.includes('必备部分的标题'))).toBe(true);
    at('坚持党的领导', () => (editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true), null), 'start');
    expect(outline().slice(0, 4)).toEqual([
      '一、2024年度推进法治政府建设的主要举措和成效',
      '  p:总体情况。',
      '  p:坚持党的领导',
      '  p:坚持党的领导的正文。',
    ]);
  });
});

describe('outline operations', () => {
  it('add: a first sub-section under a required part, a sibling after a free one; numbers follow', () => {
    expect(at('存在的不足', () => $addSection(policy))).toBeNull();
    update(() =>
      $getRoot()
        .getChildren()
        .find((n) => $isSectionHeadingNode(n) && n.getTextContentSize() === 0)!
        .selectEnd(),
    );
    at('严格规范执法', () => $addSection(policy));
    const lines = outline();
    expect(lines).toContain('  （三）');
    expect(lines[lines.indexOf('二、存在的不足和原因') + 2]).toBe('  （一）');
  });

  it('move: a section moves with everything under it, only among its siblings', () => {
    expect(at('严格规范执法', () => $moveSection(policy, -1))).toBeNull();
    expect(outline().slice(0, 8)).toEqual([
      '一、2024年度推进法治政府建设的主要举措和成效',
      '  p:总体情况。',
      '  （一）严格规范执法',
      '    p:执法。',
      '    1.案卷评查',
      '      p:案卷评查的正文。',
      '  （二）坚持党的领导',
      '    p:坚持党的领导的正文。',
    ]);
    expect(at('严格规范执法', () => $moveSection(policy, -1))).toBe(MSG.firstSibling);
    expect(at('坚持党的领导', () => $moveSection(policy, 1))).toBe(MSG.lastSibling);
    expect(at('存在的不足', () => $moveSection(policy, 1))).toBe(MSG.requiredMove);
    expect(requiredHeadings()).toEqual(SLOTS);
  });

  it('level: Tab demotes, Shift+Tab promotes, within 2 to 4 under a fixed outline; required ones stay', () => {
    at('坚持党的领导', () => $changeLevel(policy, 1));
    expect(outline()[2]).toBe('  1.坚持党的领导');
    expect(at('坚持党的领导', () => $changeLevel(policy, -1))).toBeNull();
    expect(at('坚持党的领导', () => $changeLevel(policy, -1))).toBe(MSG.topLevel);
    expect(at('存在的不足', () => $changeLevel(policy, 1))).toBe(MSG.requiredLevel);
  });

  it('Tab on a paragraph makes it a sub-heading; a first sentence with more text after it makes it run-in', () => {
    update(() => {
      const p = $getRoot()
        .getChildren()
        .find((n) => n.getTextContent() === '总体情况。')!;
      (p as LexicalNode & { selectEnd(): void }).selectEnd();
    });
    update(() => void $changeLevel(policy, 1));
    expect(outline()[1]).toBe('  （一）总体情况');
    setup(report());
    update(() => {
      const p = $getRoot()
        .getChildren()
        .find((n) => n.getTextContent() === '执法。')!;
      (p as LexicalNode & { selectEnd(): void; getFirstChild(): LexicalNode & { setTextContent(t: string): void } })
        .getFirstChild()
        .setTextContent('健全执法制度。一是完善清单。');
    });
    update(() => {
      (
        $getRoot()
          .getChildren()
          .find((n) => n.getTextContent().startsWith('健全')) as LexicalNode & { selectEnd(): void }
      ).selectEnd();
    });
    update(() => void $changeLevel(policy, 1));
    expect(outline()).toContain('    1.健全执法制度｜一是完善清单。');
  });

  it('run-in on and off gives back the same document', () => {
    const before = read();
    expect(at('坚持党的领导', () => $toggleRunIn())).toBe(MSG.runInOn);
    expect(outline()).toContain('  （一）坚持党的领导｜坚持党的领导的正文。');
    expect(at('坚持党的领导', () => $toggleRunIn())).toBe(MSG.runInOff);
    expect(read()).toEqual(before);
  });

  it('delete: a free section goes with what is under it; a required one stays', () => {
    expect(at('严格规范执法', () => $deleteSection(policy))).toBe(MSG.deleted('严格规范执法'));
    expect(outline().join('\n')).not.toMatch(/严格规范执法|案卷评查/);
    expect(at('其他需要报告', () => $deleteSection(policy))).toBe(MSG.requiredDelete('其他需要报告的情况'));
    expect(requiredHeadings()).toEqual(SLOTS);
  });

  it('paste: typed numbers become sections one level below the part, the paragraph split around them', () => {
    update(() => {
      const p = $getRoot()
        .getChildren()
        .find((n) => n.getTextContent() === '总体情况。')! as LexicalNode & {
        getFirstChild(): LexicalNode & { select(a: number, b: number): void };
      };
      p.getFirstChild().select(2, 2);
    });
    let message: string | null = null;
    update(() => {
      message = $insertPasted(policy, textToLines('一、依法决策\n（一）健全机制。一是出台规则。\n二、严格执法'));
    });
    expect(message).toBe(MSG.pasted(3));
    expect(outline().slice(0, 8)).toEqual([
      '一、2024年度推进法治政府建设的主要举措和成效',
      '  p:总体',
      '  （一）依法决策',
      '    1.健全机制｜一是出台规则。',
      '  （二）严格执法',
      '    p:情况。',
      '  （三）坚持党的领导',
      '    p:坚持党的领导的正文。',
    ]);
  });

  it('paste into a heading: text only, on one line, without the typed number', () => {
    expect(at('坚持党的领导', () => $insertPasted(policy, textToLines('（三）和依法\n行政')))).toBe(MSG.pasteInHeading);
    expect(outline()[2]).toBe('  （一）坚持党的领导和依法行政');
  });

  it('a required part spread over several headings keeps its first; the others are the clerk’s', () => {
    const d = report();
    const extra: Section = {
      type: 'section',
      id: 'm2',
      level: 1,
      heading: '深入推进依法行政',
      slot: 'measures',
      runIn: false,
      children: [paragraph('正文。')],
    };
    d.body.splice(1, 0, extra);
    setup(d);
    expect(policy.protectedIds).toHaveLength(5);
    expect(at('深入推进依法行政', () => $deleteSection(policy))).toBe(MSG.deleted('深入推进依法行政'));
    expect(requiredHeadings()).toEqual(SLOTS);
    expect(at('2024年度推进', () => $deleteSection(policy))).toBe(MSG.requiredDelete('2024年度推进法治政府建设的主要举措和成效'));
  });
});
