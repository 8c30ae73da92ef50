/** Rolling last year's report forward: years, figures, the plan checklist, similarity. */
import { describe, expect, test } from 'vitest';
import { importText } from '../../shared/import/text';
import { rollForward, documentSimilarity, planCoverage, findYears, applyYears, SimilarityIndex } from '../../shared/rollover/index';
import { ReportDocument, runsText, type Block, type Paragraph, type Run } from '../../shared/model/document';
import { allSections } from '../../shared/headings/index';
import { getTemplate, newDocument } from '../../shared/templates';
import { seedText } from '../helpers/paths';
import { SEED_PLANS } from '../fixtures/seed-outlines';

function paragraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.type === 'section' ? paragraphs(b.children) : []));
}
function docText(doc: ReportDocument): string {
  return [
    doc.meta.title,
    ...doc.lead.map((p) => runsText(p.runs)),
    ...allSections(doc.body).map((s) => s.heading),
    ...paragraphs(doc.body).map((p) => runsText(p.runs)),
  ].join('\n');
}
function unconfirmed(doc: ReportDocument): string[] {
  return [...doc.lead, ...paragraphs(doc.body)].flatMap((p) => p.runs.filter((r) => r.marks?.includes('unconfirmed')).map((r) => r.text));
}
const roll = (name: string, toYear?: number) => {
  const source = importText(seedText(name)).doc;
  return { source, ...rollForward(source, { toYear }) };
};

/** Roll one sentence as the body of a report on `year`, return its text. */
function rollSentence(text: string, year = 2024): string {
  return applyYears(text, findYears(text, year, 1));
}

describe('years', () => {
  test.each([
    // the cycle moves
    ['2024年，全县共办理案件', '2025年，全县共办理案件'],
    ['2024年度法治政府建设情况', '2025年度法治政府建设情况'],
    ['2025年工作打算', '2026年工作打算'],
    ['截至2024年12月31日', '截至2025年12月31日'],
    ['较2023年增长10%', '较2024年增长10%'],
    ['与2023年相比', '与2024年相比'],
    ['二〇二四年度', '二〇二五年度'],
    // history and fixed periods stay
    ['2018年汉台区创建为省级法治政府建设示范区', '2018年汉台区创建为省级法治政府建设示范区'],
    ['依照《互助县法治政府建设工作方案（2021-2025年）》', '依照《互助县法治政府建设工作方案（2021-2025年）》'],
    ['规划期为2021年至2025年', '规划期为2021年至2025年'],
    ['根据鲁政办发〔2019〕63号文件', '根据鲁政办发〔2019〕63号文件'],
    ['印发《某县2024年重大行政决策事项目录》', '印发《某县2024年重大行政决策事项目录》'],
    ['到2035年基本建成法治国家', '到2035年基本建成法治国家'],
    // unsure: kept (and flagged)
    ['2024年获评全国法治政府建设示范县', '2024年获评全国法治政府建设示范县'],
    ['2025年是“十四五”规划收官之年', '2025年是“十四五”规划收官之年'],
    ['在2023年减少证明材料135项基础上', '在2023年减少证明材料135项基础上'],
    ['召开“2024年度述法评议会”', '召开“2024年度述法评议会”'],
    // not years
    ['受理热线2024件', '受理热线2024件'],
  ])('%s', (before, after) => {
    expect(rollSentence(before)).toBe(after);
  });

  test.each([
    '2024年获评全国法治政府建设示范县',
    '2025年是“十四五”规划收官之年',
    '在2023年减少证明材料135项基础上',
    '召开“2024年度述法评议会”',
  ])('%s is flagged for review', (text) => {
    expect(findYears(text, 2024, 1).map((h) => h.action)).toEqual(['check']);
  });
});

describe('each seed rolled forward', () => {
  for (const name of Object.keys(SEED_PLANS)) {
    test(`${name}: the source is not changed, the new draft is valid and cleared of number and date`, () => {
      const source = importText(seedText(name)).doc;
      const before = structuredClone(source);
      const { doc } = rollForward(source);
      expect(source).toEqual(before);
      expect(ReportDocument.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
      expect(doc.meta.year).toBe(source.meta.year + 1);
      expect(doc.meta.docNumber).toBeNull();
      expect(doc.meta.signature.date).toBe('');
      expect(doc.rollover?.fromYear).toBe(source.meta.year);
    });

    test(`${name}: the plan checklist holds last year's items`, () => {
      const { doc } = roll(name);
      expect(doc.rollover!.plans.map((p) => p.text)).toEqual(SEED_PLANS[name]);
      expect(doc.rollover!.plans.every((p) => !p.done)).toBe(true);
    });

    test(`${name}: every figure (件, 人次, 万元, %, 个, 家, 次, 人, 项, 亿元) is marked unconfirmed`, () => {
      const { doc } = roll(name);
      // An independent, simpler pattern with the units the spec names.
      const figure = /\d+(?:\.\d+)?\s?(?:余|多)?(?:万|亿)?(?:余|多)?(?:人次|万元|亿元|件|%|个|家|次|人|项)/g;
      let checked = 0;
      for (const p of [...doc.lead, ...paragraphs(doc.body)]) {
        const text = runsText(p.runs);
        const marked = new Uint8Array(text.length);
        let at = 0;
        for (const r of p.runs) {
          if (r.marks?.includes('unconfirmed')) marked.fill(1, at, at + r.text.length);
          at += r.text.length;
        }
        for (const m of text.matchAll(figure)) {
          if (m.index > 0 && /\d/.test(text[m.index - 1]!)) continue;
          checked++;
          expect(
            marked.subarray(m.index, m.index + m[0].length).every((x) => x === 1),
            `${m[0]} in ${text.slice(Math.max(0, m.index - 10), m.index + 10)}`,
          ).toBe(true);
        }
      }
      expect(checked).toBeGreaterThan(30);
    });

    test(`${name}: untouched, the draft reads as 100% last year's and addresses no plan item`, () => {
      const { doc } = roll(name);
      expect(documentSimilarity(doc)!.total.ratio).toBe(1);
      expect(planCoverage(doc).every((c) => !c.addressed)).toBe(true);
    });
  }

  test('huzhu: reported year and dates move; plan periods and document titles stay', () => {
    const { doc, warnings } = roll('huzhu-2024.txt');
    const text = docText(doc);
    expect(runsText(doc.lead[0]!.runs)).toMatch(/^2025年,互助县法治政府建设工作/);
    expect(text).toContain('编制和组织实施2025年立法工作计划');
    expect(text).toContain('2025年,互助县整合执法资源');
    expect(text).toContain('2025年县政府接受并办理依申请公开事项');
    expect(text).toContain('《互助县法治政府建设工作方案(2021-2025年)》');
    expect(text).toContain('《提升行政执法质量三年行动计划(2023-2025年)实施方案》');
    expect(text).toContain('《互助县2024年重大行政决策事项目录》');
    expect(text).not.toMatch(/2026/);
    expect(warnings[0]).toContain('2024→2025');
  });

  test('huzhu: the figures of the first （一） are their own unconfirmed runs', () => {
    const { doc } = roll('huzhu-2024.txt');
    const first = allSections(doc.body).find((s) => s.heading.startsWith('坚持党的绝对领导'))!;
    const runs = (first.children[0] as Paragraph).runs;
    expect(runs.filter((r) => r.marks?.includes('unconfirmed')).map((r) => r.text)).toEqual(['7次', '921人次', '3次', '927人次']);
    expect(runsText(runs)).toContain('年内共举办法治专题讲座7次、接受教育921人次');
  });

  test('furong: title year moves; 收官之年 and the 2018 base year are kept and flagged; 纲要 period stays', () => {
    const { doc } = roll('furong-2019.txt');
    const text = docText(doc);
    expect(doc.meta.title).toBe('关于2020年度法治政府建设情况的报告');
    expect(text).toContain('2020年,共办结案件8130起');
    expect(text).toContain('2020年再减少84项');
    expect(text).toContain('《芙蓉区依法治区委员会2019年工作要点》');
    expect(text).toContain('2020年是《法治政府建设实施纲要(2015-2020)》收官之年');
    expect(text).toContain('在2018年减少证明材料135项基础上');
    const checks = doc.rollover!.yearChecks;
    expect(checks.map((c) => c.year).sort()).toEqual([2018, 2020]);
    expect(checks.find((c) => c.year === 2020)!.excerpt).toContain('2020年是《法治政府建设实施纲');
    expect(doc.meta.signature.organ).toBe('芙蓉区司法局');
    expect(unconfirmed(doc)).toEqual(
      expect.arrayContaining(['259万余元', '767.8821万元', '97.50%', '2.6亿元', '6309.11万元', '1.5个工作日']),
    );
  });

  test('fushun: the plan year in the heading moves; a year inside a quoted event name is flagged', () => {
    const { doc } = roll('fushun-2024.txt');
    expect(allSections(doc.body).map((s) => s.heading)).toContain('2026年工作打算');
    expect(runsText(doc.lead[0]!.runs)).toMatch(/^2025年,抚顺市/);
    expect(doc.rollover!.yearChecks).toEqual([expect.objectContaining({ year: 2024, reason: expect.stringContaining('引号') })]);
    expect(unconfirmed(doc)).toEqual(expect.arrayContaining(['1483人次', '1550余万元', '10万余份', '13万余人次', '41%', '20.4%']));
  });

  test('rolling two years moves cycle years by two', () => {
    const { doc } = roll('fushun-2024.txt', 2026);
    expect(doc.meta.year).toBe(2026);
    expect(allSections(doc.body).map((s) => s.heading)).toContain('2027年工作打算');
  });

  test('a target year before or at the source year is refused', () => {
    const source = importText(seedText('fushun-2024.txt')).doc;
    expect(() => rollForward(source, { toYear: 2024 })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => rollForward(source, { toYear: 2020 })).toThrow(/之后/);
  });

  test('发文字号, 成文日期 and 印发日期 are cleared; table cells with numbers are marked', () => {
    const doc = newDocument(getTemplate('fazhi-annual')!, 2024, { fullName: '某县人民政府', headerText: '某县人民政府文件', code: '某政' });
    doc.meta.docNumber = { code: '某政', year: 2025, seq: 3 };
    doc.meta.signature.date = '2025年3月1日';
    doc.meta.printedDate = '2025年3月2日';
    const measures = doc.body[0] as Extract<Block, { type: 'section' }>;
    measures.children = [
      {
        type: 'table',
        headerRows: 1,
        rows: [
          [{ runs: [{ text: '案件' }] }, { runs: [{ text: '2024年' }] }],
          [{ runs: [{ text: '复议' }] }, { runs: [{ text: '28' }] }],
        ],
      },
    ];
    const { doc: next } = rollForward(doc);
    expect(next.meta).toMatchObject({
      year: 2025,
      docNumber: null,
      printedDate: '',
      title: '某县人民政府关于2025年度法治政府建设情况的报告',
    });
    expect(next.meta.signature.date).toBe('');
    const table = (next.body[0] as Extract<Block, { type: 'section' }>).children[0] as Extract<Block, { type: 'table' }>;
    const cell = (r: number, c: number): Run[] => table.rows[r]![c]!.runs;
    expect(cell(1, 1)).toEqual([{ text: '28', marks: ['unconfirmed'] }]);
    expect(cell(0, 1)).toEqual([{ text: '2025年' }]);
    expect(cell(1, 0)).toEqual([{ text: '复议' }]);
  });
});

describe('similarity and the checklist, as the editor will call them live', () => {
  test('rewriting a section lowers its figure and the total; a copied paragraph moved elsewhere still counts', () => {
    const { doc } = roll('huzhu-2024.txt');
    const sections = allSections(doc.body);
    const target = sections.find((s) => s.heading.startsWith('依法强化应急管理'))!;
    const other = sections.find((s) => s.heading.startsWith('整合多方力量'))!;
    const moved = runsText((target.children[0] as Paragraph).runs);
    target.children = [
      {
        type: 'paragraph',
        runs: [{ text: '今年我县新建应急避难场所三处，修订县级应急预案，组织全县汛期演练，完善值班值守和信息报送机制。' }],
      },
    ];
    other.children.push({ type: 'paragraph', runs: [{ text: moved }] });
    const index = SimilarityIndex.fromDocument(doc)!;
    const sim = documentSimilarity(doc, index)!;
    expect(sim.sections[target.id]!.ratio).toBeLessThan(0.45); // only the kept heading
    expect(sim.sections[other.id]!.ratio).toBe(1);
    expect(sim.total.ratio).toBeLessThan(1);
    expect(sim.total.ratio).toBeGreaterThan(0.9);
  });

  test('a changed figure breaks only a little of its sentence', () => {
    const index = new SimilarityIndex(['全年共办理行政复议案件28件，被诉案件19件，行政机关负责人出庭应诉率达100%。']);
    const s = index.score('全年共办理行政复议案件35件，被诉案件19件，行政机关负责人出庭应诉率达100%。');
    expect(s.ratio).toBeGreaterThan(0.8);
    expect(s.ratio).toBeLessThan(1);
    expect(index.score('完全不同的一段新写的文字，与去年没有任何相同之处。').ratio).toBe(0);
  });

  test('new text in measures that takes up a plan item ticks it as addressed', () => {
    const { doc } = roll('huzhu-2024.txt');
    const measures = allSections(doc.body).find((s) => s.slot === 'measures')!;
    measures.children.push({
      type: 'paragraph',
      runs: [{ text: '今年持续优化法治化营商环境，出台涉企检查备案办法，开展“法治体检”进企业活动。' }],
    });
    const coverage = planCoverage(doc);
    expect(coverage.map((c) => c.addressed)).toEqual([false, false, true, false]);
  });
});
