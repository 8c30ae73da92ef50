/**
 * The 政府信息公开工作年度报告 template against the national format (国办公开办函〔2021〕30号): the
 * six parts in order, and every row and column label and merged heading of its three 样表, listed
 * here independently from the template file.
 */
import { describe, expect, test } from 'vitest';
import { getTemplate, newDocument } from '../../shared/templates';
import { Template } from '../../shared/model/template';
import type { FixedTableDef } from '../../shared/model/fixed-table';
import { cellLabels, cellName, computeTotals, emptyValues, gridOf, isNumberCell, numberCells, rollValues } from '../../shared/model/fixed-table-grid';
import type { FixedTable, Section } from '../../shared/model/document';
import { ReportDocument } from '../../shared/model/document';
import { rollForward } from '../../shared/rollover/index';
import { outlineOf } from '../../shared/check/progress';
import raw from '../../templates/gov-info-annual.json';

const t = getTemplate('gov-info-annual')!;
const table = (id: string) => t.tables.find((x) => x.id === id)!;

/** Label cells in reading order as “text” or “text[rows×cols]” when merged. */
function labels(def: FixedTableDef): string[] {
  return gridOf(def)
    .cells.filter((c) => !isNumberCell(c.def))
    .map((c) => {
      const text = (c.def as { text: string }).text;
      return c.rowSpan > 1 || c.colSpan > 1 ? `${text}[${c.rowSpan}×${c.colSpan}]` : text;
    });
}

describe('the six parts', () => {
  test('in the prescribed order, 二 三 四 holding the three tables', () => {
    expect(t.slots.map((s) => s.heading)).toEqual([
      '总体情况',
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
      '政府信息公开行政复议、行政诉讼情况',
      '存在的主要问题及改进情况',
      '其他需要报告的事项',
    ]);
    expect(t.slots.map((s) => s.table ?? null)).toEqual([null, 'gov-active', 'gov-apply', 'gov-review', null, null]);
    expect(t.slots.every((s) => s.required)).toBe(true);
    // The source is recorded with the template.
    expect(t.notes.join('')).toContain('国办公开办函〔2021〕30号');
    expect(t.notes.join('').match(/\.gov\.cn|\.com/g)!.length).toBeGreaterThanOrEqual(3);
  });
});

describe('二、主动公开政府信息情况', () => {
  const def = table('gov-active');
  test('four items of 第二十条, with their columns', () => {
    expect(def.columns).toHaveLength(4);
    expect(labels(def)).toEqual([
      '第二十条第（一）项[1×4]',
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
      '规章',
      '行政规范性文件',
      '第二十条第（五）项[1×4]',
      '信息内容',
      '本年处理决定数量[1×3]',
      '行政许可',
      '第二十条第（六）项[1×4]',
      '信息内容',
      '本年处理决定数量[1×3]',
      '行政处罚',
      '行政强制',
      '第二十条第（八）项[1×4]',
      '信息内容',
      '本年收费金额（单位：万元）[1×3]',
      '行政事业性收费',
    ]);
    expect(numberCells(def).map((c) => cellName(def, c.def.key))).toEqual([
      '“规章”行“第二十条第（一）项·本年制发件数”列',
      '“规章”行“第二十条第（一）项·本年废止件数”列',
      '“规章”行“第二十条第（一）项·现行有效件数”列',
      '“行政规范性文件”行“第二十条第（一）项·本年制发件数”列',
      '“行政规范性文件”行“第二十条第（一）项·本年废止件数”列',
      '“行政规范性文件”行“第二十条第（一）项·现行有效件数”列',
      '“行政许可”行“第二十条第（五）项·本年处理决定数量”列',
      '“行政处罚”行“第二十条第（六）项·本年处理决定数量”列',
      '“行政强制”行“第二十条第（六）项·本年处理决定数量”列',
      '“行政事业性收费”行“第二十条第（八）项·本年收费金额（单位：万元）”列',
    ]);
    // Only the amount in 万元 takes a fraction.
    expect(numberCells(def).filter((c) => c.def.decimals).map((c) => c.def.key)).toEqual(['fees.amount']);
  });
});

const APPLICANTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const APPLY_ROWS = [
  ['一、本年新收政府信息公开申请数量'],
  ['二、上年结转政府信息公开申请数量'],
  ['三、本年度办理结果', '（一）予以公开'],
  ['三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map(
    (x) => ['三、本年度办理结果', '（三）不予公开', x],
  ),
  ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((x) => ['三、本年度办理结果', '（四）无法提供', x]),
  ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((x) => [
    '三、本年度办理结果',
    '（五）不予处理',
    x,
  ]),
  ...[
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '3.其他',
  ].map((x) => ['三、本年度办理结果', '（六）其他处理', x]),
  ['三、本年度办理结果', '（七）总计'],
  ['四、结转下年度继续办理'],
];

describe('三、收到和处理政府信息公开申请情况', () => {
  const def = table('gov-apply');
  test('the merged header: 勾稽 note, 申请人情况, 自然人 / 法人或其他组织 (five kinds) / 总计', () => {
    expect(def.columns).toHaveLength(10);
    expect(def.headerRows).toBe(3);
    expect(labels(def).slice(0, 10)).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）[3×3]',
      '申请人情况[1×7]',
      '自然人[2×1]',
      '法人或其他组织[1×5]',
      '总计[2×1]',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });
  test('every row, under its groups, and every column of every row', () => {
    const cells = numberCells(def);
    expect(cells).toHaveLength(APPLY_ROWS.length * APPLICANTS.length);
    const seen = cells.map((c) => cellLabels(def, c.def.key)!);
    APPLY_ROWS.forEach((row, r) =>
      APPLICANTS.forEach((col, ci) => {
        const l = seen[r * APPLICANTS.length + ci]!;
        expect(l.row).toEqual(row);
        expect(l.column.at(-1)).toBe(col);
        expect(l.column).toContain(ci === 0 || ci === 6 ? '申请人情况' : '法人或其他组织');
      }),
    );
    // 三、本年度办理结果 spans its 22 rows; the groups theirs.
    expect(labels(def)).toEqual(expect.arrayContaining(['三、本年度办理结果[22×1]', '（三）不予公开[8×1]', '（四）无法提供[3×1]', '（五）不予处理[5×1]', '（六）其他处理[3×1]']));
  });
  test('totals are computed: each row over the applicants, （七）总计 over the results', () => {
    const v = emptyValues(def);
    v['granted.natural'] = 3;
    v['partial.natural'] = 1;
    v['deny.secret.legal'] = 2;
    const c = computeTotals(def, v);
    expect(c['granted.total']).toBe(3);
    expect(c['total.natural']).toBe(4);
    expect(c['total.legal']).toBe(2);
    expect(c['total.total']).toBe(6);
    expect(c['new.total']).toBeNull(); // nothing filled: still 待填
  });
});

describe('四、政府信息公开行政复议、行政诉讼情况', () => {
  const def = table('gov-review');
  test('行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), five results each', () => {
    expect(def.columns).toHaveLength(15);
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(labels(def)).toEqual([
      '行政复议[1×5]',
      '行政诉讼[1×10]',
      ...results.map((r) => `${r}[2×1]`),
      '未经复议直接起诉[1×5]',
      '复议后起诉[1×5]',
      ...results,
      ...results,
    ]);
    const cells = numberCells(def);
    expect(cells.map((c) => cellLabels(def, c.def.key)!.column)).toEqual([
      ...results.map((r) => ['行政复议', r]),
      ...results.map((r) => ['行政诉讼', '未经复议直接起诉', r]),
      ...results.map((r) => ['行政诉讼', '复议后起诉', r]),
    ]);
    expect(cells.filter((c) => c.def.sum).map((c) => c.def.sum)).toEqual(
      ['review', 'suitDirect', 'suitAfter'].map((g) => ['kept', 'corrected', 'other', 'pending'].map((o) => `${g}.${o}`)),
    );
  });
});

describe('the schema refuses a malformed table', () => {
  const broken = (mutate: (tables: FixedTableDef[]) => void) => {
    const copy = structuredClone(raw) as { tables: FixedTableDef[] };
    mutate(copy.tables);
    const r = Template.safeParse(copy);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  test('a row too wide, a duplicate cell, a total of an unknown cell, a total of itself', () => {
    expect(broken((ts) => ts[0]!.rows[2]!.push({ key: 'extra' }))).toEqual(expect.arrayContaining([expect.stringContaining('超出表格范围')]));
    expect(broken((ts) => (ts[0]!.rows[3]![1] = { key: 'rules.made' }))).toEqual(expect.arrayContaining(['单元格编号重复：rules.made']));
    expect(broken((ts) => (ts[2]!.rows[3]![4] = { key: 'review.total', sum: ['review.nothing'] }))).toEqual(
      expect.arrayContaining([expect.stringContaining('不存在的单元格：review.nothing')]),
    );
    expect(broken((ts) => (ts[2]!.rows[3]![4] = { key: 'review.total', sum: ['review.total'] }))).toEqual(expect.arrayContaining(['合计 review.total 循环引用']));
    expect(broken(() => undefined)).toEqual([]);
  });
});

describe('a new 年报 and rolling it forward', () => {
  const ORGAN = { fullName: '某县人民政府办公室', headerText: '', code: '' };
  test('a new draft holds the three tables, every cell 待填', () => {
    const doc = newDocument(t, 2024, ORGAN);
    expect(ReportDocument.safeParse(doc).success).toBe(true);
    const blocks = doc.body.filter((b): b is Section => b.type === 'section').map((s) => s.children[0]!);
    expect(blocks.map((b) => (b.type === 'fixedTable' ? b.table : b.type))).toEqual(['paragraph', 'gov-active', 'gov-apply', 'gov-review', 'paragraph', 'paragraph']);
    for (const b of blocks) if (b.type === 'fixedTable') expect(Object.values(b.values).every((v) => v === null)).toBe(true);
    expect(doc.meta.title).toBe('某县人民政府办公室2024年政府信息公开工作年度报告');
  });

  test('the outline navigator counts a table part by its cells still 待填, not by its 字数', () => {
    const doc = newDocument(t, 2024, ORGAN);
    const progress = () => outlineOf(doc, t).entries.map((e) => [e.progress, e.pendingCells ?? null]);
    expect(progress()).toEqual([['empty', null], ['empty', 10], ['empty', 144], ['empty', 12], ['empty', null], ['empty', null]]);
    const active = (doc.body[1] as Section).children[0] as FixedTable;
    active.values['rules.made'] = 0;
    expect(progress()[1]).toEqual(['thin', 9]);
    for (const c of numberCells(table('gov-active'))) if (!c.def.sum) active.values[c.def.key] = 0;
    expect(progress()[1]).toEqual(['done', 0]);
  });

  test('结转下年度继续办理 becomes 上年结转; every other number is cleared; 五 becomes the checklist', () => {
    const doc = newDocument(t, 2024, ORGAN);
    const sections = doc.body.filter((b): b is Section => b.type === 'section');
    const apply = sections[2]!.children[0] as FixedTable;
    const def = table('gov-apply');
    const v = emptyValues(def);
    for (const c of numberCells(def)) if (!c.def.sum) v[c.def.key] = 1;
    v['forward.natural'] = 4;
    v['forward.legal'] = 2;
    apply.values = computeTotals(def, v);
    const review = sections[3]!.children[0] as FixedTable;
    review.values = { ...review.values, 'review.kept': 3 };
    sections[4]!.children = [
      { type: 'paragraph', runs: [{ text: '一是主动公开的深度不够。二是依申请公开答复的规范性有待提高。' }] },
      { type: 'paragraph', runs: [{ text: '下一步，我们将加强培训，规范答复文书。' }] },
    ];
    const { doc: next, warnings, stats } = rollForward(doc);
    const nextApply = (next.body[2] as Section).children[0] as FixedTable;
    expect(nextApply.values['carried.natural']).toBe(4);
    expect(nextApply.values['carried.legal']).toBe(2);
    expect(nextApply.values['carried.business']).toBe(1);
    expect(nextApply.values['carried.total']).toBe(4 + 2 + 1 + 1 + 1 + 1);
    const others = numberCells(def).filter((c) => !c.def.key.startsWith('carried.'));
    expect(others.map((c) => nextApply.values[c.def.key])).toEqual(others.map(() => null));
    const nextReview = (next.body[3] as Section).children[0] as FixedTable;
    expect(Object.values(nextReview.values).every((x) => x === null)).toBe(true);
    expect(stats.carried).toBe(6);
    expect(warnings.join('')).toContain('已转入本年度“上年结转”');
    expect(next.rollover!.plans.length).toBeGreaterThan(0);
    expect(next.meta.title).toBe('某县人民政府办公室2025年政府信息公开工作年度报告');
    // Rolling an empty table gives an empty one, not zeros.
    expect(Object.values(rollValues(def, {})).every((x) => x === null)).toBe(true);
  });
});
