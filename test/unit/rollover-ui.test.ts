/**
 * The pure side of the roll-forward UI: what is still open on a rolled-forward draft (the
 * checker's and the bar's count), the panel's state changes and rows, stepping through 待核实
 * figures in a headless editor, and figures that stay one run each through the editor.
 */
import { describe, expect, test } from 'vitest';
import { $getRoot, $getSelection, $isRangeSelection, createEditor, type LexicalEditor } from 'lexical';
import { registerTablePlugin } from '@lexical/table';
import { importText } from '../../shared/import/text';
import { rollForward, documentSimilarity, planCoverage } from '../../shared/rollover/index';
import { openFigures, yearCheckPlace } from '../../shared/rollover/open';
import { outlineOf } from '../../shared/check/progress';
import { allSections } from '../../shared/headings/index';
import { getTemplate, newDocument } from '../../shared/templates';
import type { Block, ReportDocument, Run, Section, YearCheck } from '../../shared/model/document';
import { EDITOR_NODES } from '../../renderer/src/editor/nodes';
import { $loadDocument, $readDocument } from '../../renderer/src/editor/mapping';
import { normalizeRuns } from '../../renderer/src/editor/normalize';
import { registerEditorTransforms } from '../../renderer/src/editor/transforms';
import { selectNextFigure } from '../../renderer/src/editor/figureNav';
import { $confirmFigures } from '../../renderer/src/editor/sections';
import { percent, planRows, resolveYearCheck, setPlanDone, similarityRows } from '../../renderer/src/rollover/state';
import { seedText } from '../helpers/paths';

const fig = (text: string): Run => ({ text, marks: ['unconfirmed'] });
const para = (...runs: Run[]): Block => ({ type: 'paragraph', runs });

function report(): ReportDocument {
  const doc = newDocument(getTemplate('fazhi-annual')!, 2024, { fullName: '某县人民政府', headerText: '', code: '某政' });
  const measures = doc.body[0] as Section;
  measures.children = [
    para({ text: '全年办理复议案件' }, fig('28件'), { text: '，纠错' }, fig('3件'), { text: '。' }),
    {
      type: 'section',
      id: 'sub-1',
      level: 2,
      heading: '强化执法监督',
      runIn: false,
      children: [
        para({ text: '开展培训' }, fig('10场'), fig('1200人次'), { text: '。' }),
        {
          type: 'table',
          headerRows: 1,
          rows: [
            [{ runs: [{ text: '项目' }] }, { runs: [{ text: '数量' }] }],
            [{ runs: [{ text: '复议' }] }, { runs: [fig('28')] }],
          ],
        },
      ],
    },
  ];
  doc.lead = [{ type: 'paragraph', runs: [{ text: '2025年，全县共有执法人员' }, fig('512人'), { text: '。现将有关情况报告如下：' }] }];
  return doc;
}

describe('what is still open', () => {
  test('every marked run in lead, paragraphs and table cells counts; the first is found with its words around it', () => {
    const open = openFigures(report());
    expect(open.count).toBe(6);
    expect(open.first).toEqual({ place: { type: 'lead' }, text: '512人', context: '全县共有执法人员512人。现将有关情况报' });
  });

  test('without a lead, the first figure points at its innermost section', () => {
    const doc = report();
    doc.lead = [];
    const measures = doc.body[0] as Section;
    measures.children = measures.children.slice(1);
    expect(openFigures(doc)).toMatchObject({ count: 3, first: { place: { type: 'section', sectionId: 'sub-1' }, text: '10场' } });
    expect(openFigures(newDocument(getTemplate('fazhi-annual')!, 2024, { fullName: '', headerText: '', code: '' })).count).toBe(0);
  });

  test('a year check points at its section while it exists, else at the lead, the title or the body', () => {
    const check = (where: string): YearCheck => ({ where, year: 2018, excerpt: '在2018年减少', reason: '' });
    const ids = new Set(['s1']);
    expect(yearCheckPlace(check('s1'), ids)).toEqual({ type: 'section', sectionId: 's1' });
    expect(yearCheckPlace(check('gone'), ids)).toEqual({ type: 'body' });
    expect(yearCheckPlace(check('#lead'), ids)).toEqual({ type: 'lead' });
    expect(yearCheckPlace(check('#title'), ids)).toEqual({ type: 'title' });
    expect(yearCheckPlace(check('#attachment-1'), ids)).toEqual({ type: 'body' });
  });
});

describe('the panel’s state', () => {
  const { doc } = rollForward(importText(seedText('furong-2019.txt')).doc);
  const info = doc.rollover!;

  test('ticking a plan item changes only that item, and returns a new object', () => {
    const next = setPlanDone(info, 'plan-2', true);
    expect(next.plans.map((p) => p.done)).toEqual([false, true, false]);
    expect(info.plans.every((p) => !p.done)).toBe(true);
    expect(setPlanDone(next, 'plan-2', false).plans.map((p) => p.done)).toEqual([false, false, false]);
  });

  test('resolving a year check removes exactly that one', () => {
    expect(info.yearChecks.map((c) => c.year)).toEqual([2018, 2020]);
    const next = resolveYearCheck(info, 0);
    expect(next.yearChecks.map((c) => c.year)).toEqual([2020]);
    expect(info.yearChecks).toHaveLength(2);
  });

  test('percentages round down, so 100% means untouched', () => {
    expect([percent(1), percent(0.996), percent(0.5), percent(0), percent(0.29 * 1)]).toEqual([100, 99, 50, 0, 29]);
  });

  test('similarity rows follow the outline; plan rows carry the suggestion and the tick', () => {
    const sim = documentSimilarity(doc)!;
    const rows = similarityRows(outlineOf(doc, getTemplate(doc.meta.templateId)).entries, sim);
    expect(rows[0]).toMatchObject({ label: '一、', heading: '主要工作成效', level: 1, percent: 100 });
    expect(rows.every((r) => r.percent === 100 && r.chars > 0)).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(
      allSections(doc.body)
        .filter((s) => s.level <= 2)
        .map((s) => s.id),
    );

    // This year's measures take up the first item in new words: suggested, not ticked.
    const edited = structuredClone(doc);
    const measures = allSections(edited.body).find((s) => s.slot === 'measures')!;
    measures.children.push(para({ text: '今年区政府高度重视法治政府建设，加强整体谋划推进，把各项任务纳入年度考核，逐项推进落实。' }));
    const plans = planRows(edited, planCoverage(edited));
    expect(plans.map((p) => [p.text, p.suggested, p.done])).toEqual([
      ['高度重视,加强整体谋划推进', true, false],
      ['抓住重点,补齐依法行政短板', false, false],
      ['加强教育,树牢依法行政意识', false, false],
    ]);
    expect(plans[0]!.score).toBeGreaterThanOrEqual(60); // planCoverage's threshold, as a percentage
    expect(plans[1]!.score).toBeLessThan(60);
  });
});

describe('stepping through 待核实 figures in the editor', () => {
  function headless(doc: ReportDocument): LexicalEditor {
    const editor = createEditor({
      namespace: 'figures',
      nodes: EDITOR_NODES,
      onError: (e) => {
        throw e;
      },
    });
    registerTablePlugin(editor);
    registerEditorTransforms(editor);
    editor.update(() => $loadDocument(doc), { discrete: true });
    return editor;
  }
  const selection = (editor: LexicalEditor) => editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? '');

  test('next goes through every figure in reading order (tables too) and wraps round', () => {
    const editor = headless(report());
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      expect(selectNextFigure(editor)).toBe(true);
      seen.push(selection(editor));
    }
    expect(seen).toEqual(['512人', '28件', '3件', '10场', '1200人次', '28', '512人']);
  });

  test('confirming the selected figure leaves the others; the count drops by one; none left: false', () => {
    const doc = report();
    const editor = headless(doc);
    selectNextFigure(editor);
    selectNextFigure(editor); // 28件
    let message = '';
    editor.update(() => void (message = $confirmFigures()), { discrete: true });
    expect(message).toBe('已确认 1 处数字。');
    const read = () => editor.getEditorState().read(() => $readDocument(doc));
    expect(openFigures(read()).count).toBe(5);
    expect(selectNextFigure(editor)).toBe(true);
    expect(selection(editor)).toBe('3件');
    // Confirm the rest one by one.
    for (let n = 5; n > 0; n--) {
      editor.update(() => void $confirmFigures(), { discrete: true });
      expect(openFigures(read()).count).toBe(n - 1);
      selectNextFigure(editor);
    }
    expect(selectNextFigure(editor)).toBe(false);
    expect(read().lead[0]!.runs).toEqual([{ text: '2025年，全县共有执法人员512人。现将有关情况报告如下：' }]);
  });

  test('from a caret inside the text, next is the first figure after it', () => {
    const editor = headless(report());
    editor.update(
      () => {
        // The caret in "开展培训", before 10场.
        const t = $getRoot()
          .getAllTextNodes()
          .find((n) => n.getTextContent() === '开展培训')!;
        t.select(2, 2);
      },
      { discrete: true },
    );
    expect(editor.getEditorState().read(() => $isRangeSelection($getSelection()))).toBe(true);
    selectNextFigure(editor);
    expect(selection(editor)).toBe('10场');
  });

  test('adjacent figures stay two runs through the editor ("11批54件" is two figures)', () => {
    expect(normalizeRuns([{ text: '第' }, fig('11批'), fig('54件'), { text: '和' }, { text: '中央' }])).toEqual([
      { text: '第' },
      fig('11批'),
      fig('54件'),
      { text: '和中央' },
    ]);
    const doc = report();
    const editor = headless(doc);
    expect(openFigures(editor.getEditorState().read(() => $readDocument(doc))).count).toBe(6);
  });
});
