/**
 * Typed heading numbers, headless (plain Lexical editor with the app's nodes, transforms, guard,
 * history and the typed-number listener): "（一）" typed at the start of a body paragraph makes it
 * a heading at that level, number dropped, clamped inside a template's slot; never in the lead, a
 * heading or a table; one undo gives back the typed text.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setCompositionKey,
  UNDO_COMMAND,
  createEditor,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { registerTablePlugin, $isTableCellNode } from '@lexical/table';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import type { Block, ReportDocument, Section } from '../../shared/model/document';
import { paragraph } from '../../shared/model/document';
import { getTemplate, newDocument } from '../../shared/templates';
import { numberSections } from '../../shared/headings/index';
import { $isLeadParagraphNode, $isSectionHeadingNode, EDITOR_NODES } from '../../renderer/src/editor/nodes';
import { $loadDocument, $readDocument } from '../../renderer/src/editor/mapping';
import { registerEditorTransforms } from '../../renderer/src/editor/transforms';
import { registerOutlineGuard } from '../../renderer/src/editor/guard';
import { registerTypedNumbers } from '../../renderer/src/editor/typedNumber';
import { outlinePolicy, type OutlinePolicy } from '../../renderer/src/editor/structure';
import { MSG } from '../../renderer/src/editor/messages';

let editor: LexicalEditor;
let policy: OutlinePolicy;
let doc: ReportDocument;
let said: string[];

function setup(d: ReportDocument, templateId: string): void {
  doc = d;
  said = [];
  policy = outlinePolicy(doc, getTemplate(templateId));
  editor = createEditor({
    namespace: 'typed-number',
    nodes: EDITOR_NODES,
    onError(e) {
      throw e;
    },
  });
  registerTablePlugin(editor);
  registerEditorTransforms(editor);
  registerHistory(editor, createEmptyHistoryState(), 1000);
  registerOutlineGuard(
    editor,
    () => policy,
    (m) => said.push(m),
  );
  registerTypedNumbers(
    editor,
    () => policy,
    (m) => said.push(m),
  );
  editor.update(() => $loadDocument(doc), { discrete: true, tag: 'gw-load' });
}

const read = () => editor.getEditorState().read(() => $readDocument(doc));
const update = (fn: () => void) => editor.update(fn, { discrete: true });

/** Until the updates the listeners queued have run (Lexical runs them after the current one). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Type `text` one character at a time, as keys do (each its own update). */
async function type(text: string): Promise<void> {
  for (const ch of text) {
    update(() => ($getSelection() as NonNullable<ReturnType<typeof $getSelection>>).insertText(ch));
    await settle();
  }
}

/** Type `text` through an input method: the composition's updates, then its commit. */
async function imeType(text: string): Promise<void> {
  update(() => {
    const s = $getSelection();
    if (!$isRangeSelection(s)) throw new Error('no caret');
    s.insertText(text);
    $setCompositionKey(s.anchor.key);
  });
  await settle();
  update(() => $setCompositionKey(null));
  await settle();
}

/** A new empty paragraph right after the first block `where` finds, caret in it. */
function newParagraphAfter(where: (n: LexicalNode) => boolean): void {
  update(() => {
    const p = $createParagraphNode();
    $getRoot().getChildren().find(where)!.insertAfter(p);
    p.selectStart();
  });
}

const startsWith = (text: string) => (n: LexicalNode) => n.getTextContent().startsWith(text);

/** "label heading" of every section, indented by depth. */
function outline(blocks: readonly Block[] = read().body, depth = 0, labels = numberSections(read().body)): string[] {
  return blocks.flatMap((b) =>
    b.type === 'section'
      ? [`${'  '.repeat(depth)}L${b.level} ${labels.get(b.id)}${b.heading}`, ...outline(b.children, depth + 1, labels)]
      : b.type === 'paragraph'
        ? [`${'  '.repeat(depth)}p:${b.runs.map((r) => r.text).join('')}`]
        : [`${'  '.repeat(depth)}table`],
  );
}

/** The caret's block and offset within its text. */
function caret(): { block: string; offset: number; heading: boolean } {
  return editor.getEditorState().read(() => {
    const s = $getSelection();
    if (!$isRangeSelection(s)) throw new Error('no caret');
    const block = s.anchor.getNode().getTopLevelElementOrThrow();
    const offset = $isTextNode(s.anchor.getNode()) ? s.anchor.offset : 0;
    return { block: block.getTextContent(), offset, heading: $isSectionHeadingNode(block) };
  });
}

function fazhi(): ReportDocument {
  const d = newDocument(getTemplate('fazhi-annual')!, 2024, { fullName: '互助县人民政府', headerText: '', code: '互政' });
  const measures = d.body[0] as Section;
  measures.children = [
    paragraph('总体情况。'),
    { type: 'section', id: 'a', level: 2, heading: '坚持党的领导', runIn: false, children: [paragraph('党的领导的正文。')] },
    {
      type: 'table',
      rows: [[{ runs: [{ text: '指标' }] }], [{ runs: [{ text: '1200户' }] }]],
      headerRows: 1,
    },
  ];
  return d;
}

describe('in a 法治 draft (fixed outline)', () => {
  beforeEach(() => setup(fazhi(), 'fazhi-annual'));

  it.each([
    ['（一）', 2, '（二）'],
    ['(一)', 2, '（二）'],
    ['1.', 3, '1.'],
    ['１．', 3, '1.'],
    ['1、', 3, '1.'],
    ['（1）', 4, '（1）'],
    ['(1)', 4, '（1）'],
  ])('typed %s after 坚持党的领导’s body becomes a level-%i heading, numbered %s from position', async (prefix, level, label) => {
    newParagraphAfter(startsWith('党的领导的正文'));
    await type(prefix);
    if (/^[0-9０-９]+[.．]$/.test(prefix)) {
      // "1." may open "1.5亿元": it waits for the next character to say it is not a decimal.
      expect(caret()).toEqual({ block: prefix, offset: prefix.length, heading: false });
      await type('严');
      expect(caret()).toEqual({ block: '严', offset: 1, heading: true });
      await type('格规范执法');
    } else {
      expect(caret()).toEqual({ block: '', offset: 0, heading: true });
      await type('严格规范执法');
    }
    expect(outline().map((l) => l.trim())).toContain(`L${level} ${label}严格规范执法`);
    // The stored heading holds no number: it is drawn from position.
    expect(JSON.stringify(read().body)).toContain('"heading":"严格规范执法"');
    await Promise.resolve();
    expect(said).toContain(MSG.typedNumber(level as 2 | 3 | 4));
  });

  it('a typed 一、 inside a slot becomes the next level down, as paste does', async () => {
    newParagraphAfter(startsWith('党的领导的正文'));
    await type('二、');
    await type('严格规范执法');
    expect(outline().slice(0, 6)).toEqual([
      'L1 一、2024年度推进法治政府建设的主要举措和成效',
      '  p:总体情况。',
      '  L2 （一）坚持党的领导',
      '    p:党的领导的正文。',
      '  L2 （二）严格规范执法',
      // The table was the part's own block (after the sections), and stays so.
      '  table',
    ]);
  });

  it('through an input method: converts when the composition commits', async () => {
    newParagraphAfter(startsWith('总体情况'));
    await imeType('（一）');
    expect(caret()).toEqual({ block: '', offset: 0, heading: true });
    await imeType('深化改革');
    expect(outline()[2]).toBe('  L2 （一）深化改革');
  });

  it('typed at the start of an existing paragraph: the paragraph becomes the heading, caret after the number', async () => {
    update(() => $getRoot().getChildren().find(startsWith('总体情况'))!.selectStart());
    await type('（一）');
    expect(caret()).toEqual({ block: '总体情况', offset: 0, heading: true });
    expect(outline()[1]).toBe('  L2 （一）总体情况');
  });

  it('one Ctrl+Z gives back the typed number as plain text, which then stays', async () => {
    newParagraphAfter(startsWith('党的领导的正文'));
    await type('（二）');
    expect(caret().heading).toBe(true);
    update(() => editor.dispatchCommand(UNDO_COMMAND, undefined));
    await settle();
    expect(caret()).toEqual({ block: '（二）', offset: 3, heading: false });
    await type('是指');
    expect(outline()).toContain('    p:（二）是指');
  });

  it('nothing happens in the lead, in a heading or in a table cell', async () => {
    const before = outline();
    update(() => {
      const lead = $getRoot().getChildren().find($isLeadParagraphNode)!;
      lead.selectStart();
    });
    await type('（一）');
    update(() =>
      $getRoot()
        .getChildren()
        .find((n) => $isSectionHeadingNode(n) && n.getTextContent() === '坚持党的领导')!
        .selectStart(),
    );
    await type('1.');
    update(() => {
      const cell = (
        $getRoot()
          .getChildren()
          .find((n) => n.getType() === 'table') as ElementNode
      ).getChildren()[1]!;
      const c = (cell as unknown as { getFirstChild(): LexicalNode }).getFirstChild();
      if (!$isTableCellNode(c)) throw new Error('no cell');
      c.selectStart();
    });
    await type('（1）');
    expect(
      read().lead.some((p) =>
        p.runs
          .map((r) => r.text)
          .join('')
          .startsWith('（一）'),
      ),
    ).toBe(true);
    expect(outline()).toContain('  L2 （一）1.坚持党的领导');
    expect(outline().filter((l) => /^\s*L/.test(l))).toEqual(before.filter((l) => /^\s*L/.test(l)).map((l) => l.replace('坚持', '1.坚持')));
    expect(said).toEqual([]);
  });

  it('nothing happens for a number followed by text in one go (as a paste inserts it)', async () => {
    newParagraphAfter(startsWith('党的领导的正文'));
    update(() => ($getSelection() as NonNullable<ReturnType<typeof $getSelection>>).insertText('（二）严格规范执法'));
    await settle();
    expect(outline()).toContain('    p:（二）严格规范执法');
    expect(said).toEqual([]);
  });
});

describe('in a 工作报告 (free outline)', () => {
  beforeEach(() => {
    const d = newDocument(getTemplate('work-report')!, 2024, { fullName: '互助县人民政府', headerText: '', code: '互政' });
    d.body = [paragraph('全年工作。')];
    setup(d, 'work-report');
  });

  it('a typed 一、 is a first-level heading; a 1.5 is not a number', async () => {
    newParagraphAfter(startsWith('全年工作'));
    await type('一、');
    await type('主要工作');
    expect(outline()).toEqual(['p:全年工作。', 'L1 一、主要工作']);
    newParagraphAfter(startsWith('主要工作'));
    await type('5亿元');
    update(() => {
      const p = $getRoot().getChildren().find(startsWith('5亿元'))!;
      p.selectStart();
    });
    await type('1.');
    expect(outline()).toEqual(['p:全年工作。', 'L1 一、主要工作', '  p:1.5亿元']);
  });

  it('a decimal typed at a paragraph start stays text: "2.5亿元" is not heading 2.', async () => {
    newParagraphAfter(startsWith('全年工作'));
    await type('2.5亿元投入');
    expect(outline()).toEqual(['p:全年工作。', 'p:2.5亿元投入']);
    expect(said).toEqual([]);
  });
});
