/**
 * Model → Lexical → model is the identity: the editor's mapping runs headless (plain Lexical
 * editor, the same nodes and table transforms as the app) over generated documents.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { registerTablePlugin } from '@lexical/table';
import { ReportDocument, type Block, type Paragraph, type Run, type Section, type Table } from '../../shared/model/document';
import { getTemplate, newDocument } from '../../shared/templates';
import { $isFigureTextNode, EDITOR_NODES } from '../../renderer/src/editor/nodes';
import { $loadDocument, $readDocument } from '../../renderer/src/editor/mapping';
import { normalizeDocument } from '../../renderer/src/editor/normalize';
import { registerEditorTransforms } from '../../renderer/src/editor/transforms';

function headlessEditor(): LexicalEditor {
  const editor = createEditor({
    namespace: 'roundtrip',
    nodes: EDITOR_NODES,
    onError(e) {
      throw e;
    },
  });
  registerTablePlugin(editor);
  registerEditorTransforms(editor);
  return editor;
}

function roundTrip(editor: LexicalEditor, doc: ReportDocument): ReportDocument {
  editor.update(() => $loadDocument(doc), { discrete: true });
  return editor.getEditorState().read(() => $readDocument(doc));
}

// Text with the characters that tend to break things: CJK, full-width punctuation, the run-in
// "。", spaces, tabs and newlines.
const char = fc.constantFrom('法', '治', '政', '府', '一', '（', '）', '。', '，', '1', '.', 'a', ' ', '\u3000', '\t', '\n', '、', '%');
const text = fc.string({ unit: char, minLength: 0, maxLength: 12 });
const run: fc.Arbitrary<Run> = fc.record(
  { text, bold: fc.constant(true), marks: fc.constant(['unconfirmed' as const]) },
  { requiredKeys: ['text'] },
);
const runs = fc.array(run, { maxLength: 4 });
const paragraph: fc.Arbitrary<Paragraph> = runs.map((r) => ({ type: 'paragraph', runs: r }));
const table: fc.Arbitrary<Table> = fc.record({
  type: fc.constant('table' as const),
  headerRows: fc.integer({ min: 0, max: 3 }),
  // Ragged rows on purpose: the model allows them.
  rows: fc.array(
    fc.array(
      runs.map((r) => ({ runs: r })),
      { minLength: 1, maxLength: 4 },
    ),
    { minLength: 1, maxLength: 4 },
  ),
});
const level = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
const slot = fc.constantFrom('measures', 'shortcomings', 'plans');

let ids = 0;
const { section } = fc.letrec<{ block: Block; section: Section }>((tie) => ({
  block: fc.oneof({ depthSize: 'small', withCrossShrink: true }, paragraph, paragraph, table, tie('section')),
  section: fc.record(
    {
      type: fc.constant('section' as const),
      id: fc.constant('').map(() => `s${++ids}`),
      level,
      heading: text,
      slot,
      alsoSlots: fc.array(slot, { minLength: 1, maxLength: 2 }),
      runIn: fc.boolean(),
      children: fc.array(tie('block'), { maxLength: 4 }),
    },
    { requiredKeys: ['type', 'id', 'level', 'heading', 'runIn', 'children'] },
  ),
}));
const block: fc.Arbitrary<Block> = fc.oneof(paragraph, table, section);

const base = newDocument(getTemplate('fazhi-annual')!, 2024, { fullName: '互助县人民政府', headerText: '', code: '互政' });
const document: fc.Arbitrary<ReportDocument> = fc
  .record({ lead: fc.array(paragraph, { maxLength: 3 }), body: fc.array(block, { maxLength: 6 }) })
  .map(({ lead, body }) => ReportDocument.parse({ ...base, lead, body }));

describe('editor mapping round trip', () => {
  const editor = headlessEditor();

  it('gives back every generated document (canonical run form), 1,200 documents', () => {
    let sections = 0;
    let tables = 0;
    fc.assert(
      fc.property(document, (doc) => {
        const json = JSON.stringify(doc);
        sections += (json.match(/"type":"section"/g) ?? []).length;
        tables += (json.match(/"type":"table"/g) ?? []).length;
        expect(roundTrip(editor, doc)).toEqual(normalizeDocument(doc));
      }),
      { numRuns: 1_200 },
    );
    // The generator really produced structure, not just empty bodies.
    expect(sections).toBeGreaterThan(1_000);
    expect(tables).toBeGreaterThan(300);
  });

  it('is exactly the identity on documents already in canonical form', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const canonical = normalizeDocument(doc);
        expect(roundTrip(editor, canonical)).toStrictEqual(canonical);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the cases a flat view loses: body text before the first heading, closing text after the last section, tables', () => {
    const doc: ReportDocument = {
      ...base,
      lead: [{ type: 'paragraph', runs: [{ text: '现将有关情况报告如下：' }] }],
      body: [
        { type: 'paragraph', runs: [{ text: '正文第一段，不属于开头。' }] },
        {
          type: 'section',
          id: 'a',
          level: 1,
          heading: '主要举措和成效',
          slot: 'measures',
          runIn: false,
          children: [
            {
              type: 'section',
              id: 'b',
              level: 2,
              heading: '坚持党的领导',
              runIn: true,
              children: [
                {
                  type: 'paragraph',
                  runs: [{ text: '一是……办理案件' }, { text: '35', marks: ['unconfirmed'] }, { text: '件。', bold: true }],
                },
              ],
            },
            {
              type: 'table',
              headerRows: 1,
              rows: [[{ runs: [{ text: '项目' }] }, { runs: [{ text: '数量' }] }], [{ runs: [{ text: '复议' }] }]],
            },
          ],
        },
        { type: 'paragraph', runs: [{ text: '特此报告。' }] },
      ],
    };
    expect(roundTrip(editor, doc)).toStrictEqual(doc);
  });

  it('a figure the clerk edits loses its unconfirmed mark', () => {
    const doc: ReportDocument = {
      ...base,
      lead: [],
      body: [{ type: 'paragraph', runs: [{ text: '共' }, { text: '35', marks: ['unconfirmed'] }, { text: '件' }] }],
    };
    editor.update(() => $loadDocument(doc), { discrete: true });
    editor.update(
      () => {
        const figure = $getRoot().getAllTextNodes().find($isFigureTextNode)!;
        figure.setTextContent('36');
      },
      { discrete: true },
    );
    const edited = editor.getEditorState().read(() => $readDocument(doc));
    expect(edited.body).toEqual([{ type: 'paragraph', runs: [{ text: '共36件' }] }]);
    // The highlight goes too: the node is plain text again.
    expect(editor.getEditorState().read(() => $getRoot().getAllTextNodes().some($isFigureTextNode))).toBe(false);
  });
});
