/**
 * Importing last year's 政府信息公开 年报: from .docx, the three tables read back into the fixed
 * structure by their row and column labels (every number, totals included); from web text where
 * the tables arrived flattened, best effort, every cell not read listed, and numbers that do not
 * add up named at import.
 */
import { describe, expect, test } from 'vitest';
import { buildDocx } from '../../shared/docx/index';
import { importDocx } from '../../shared/import/docx';
import { importText } from '../../shared/import/text';
import type { FixedTable, ReportDocument, Section } from '../../shared/model/document';
import { computeTotals, numberCells } from '../../shared/model/fixed-table-grid';
import { getTemplate, newDocument } from '../../shared/templates';
import { tableProblems } from '../../shared/check/rules/fixed-tables';

const t = getTemplate('gov-info-annual')!;
const tablesOf = (doc: ReportDocument) =>
  Object.fromEntries(
    doc.body
      .filter((b): b is Section => b.type === 'section')
      .flatMap((s) => s.children)
      .filter((b): b is FixedTable => b.type === 'fixedTable')
      .map((b) => [b.table, b.values]),
  );

describe('from .docx', () => {
  test('every number of the three tables comes back under its cell', async () => {
    const doc = newDocument(t, 2023, { fullName: '某县人民政府办公室', headerText: '', code: '' });
    const sections = doc.body.filter((b): b is Section => b.type === 'section');
    sections[0]!.children = [{ type: 'paragraph', runs: [{ text: '2023年，本机关认真贯彻落实《条例》，全年主动公开政府信息1200条。' }] }];
    let n = 0;
    for (const def of t.tables) {
      const v: Record<string, number | null> = {};
      for (const c of numberCells(def)) if (!c.def.sum) v[c.def.key] = (n++ * 7) % 23;
      const block = sections.flatMap((s) => s.children).find((b): b is FixedTable => b.type === 'fixedTable' && b.table === def.id)!;
      block.values = computeTotals(def, v);
    }
    const before = tablesOf(doc);
    const bytes = await buildDocx(doc, { variant: 'web' });
    const { doc: back, warnings } = await importDocx(bytes, { templateId: 'gov-info-annual' });
    const after = tablesOf(back);
    expect(Object.keys(after).sort()).toEqual(['gov-active', 'gov-apply', 'gov-review']);
    for (const id of Object.keys(before)) expect({ id, values: { ...after[id] } }).toEqual({ id, values: { ...before[id] } });
    expect(warnings.filter((w) => w.includes('未能读取'))).toEqual([]);
    // The numbers were made up unbalanced: the import says so, as many as the checker finds in the source.
    const source = sections.flatMap((s) => s.children).find((b): b is FixedTable => b.type === 'fixedTable' && b.table === 'gov-apply')!;
    expect(warnings.find((w) => w.includes('对不上'))).toContain(`导入的数字有 ${tableProblems(source).size} 处对不上`);
    // The text part came in as text; no table cell stayed behind as loose text.
    expect(JSON.stringify(back.body)).not.toContain('申请人情况');
  });
});

const WEB = `某县人民政府办公室2023年政府信息公开工作年度报告
一、总体情况
2023年，本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1200条。
二、主动公开政府信息情况
第二十条第(一)项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
规章 | 0 | 0 | 0
行政规范性文件 | 3 | 0 | 101
第二十条第(五)项
信息内容 | 本年处理决定数量
行政许可 | 12
第二十条第(六)项
信息内容 | 本年处理决定数量
行政处罚 | 5
行政强制 | /
第二十条第(八)项
信息内容 | 本年收费金额(单位:万元)
行政事业性收费 | 0.5
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况
自然人 | 法人或其他组织 | 总计
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他
一、本年新收政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7
二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1
三、本年度办理结果 | (一)予以公开 | 4 | 1 | 0 | 0 | 0 | 0 | 5
(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | 0 | 0 | 0 | 0 | 0 | 1
(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0
2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0
(七)总计 | 5 | 1 | 0 | 0 | 0 | 0 | 6
四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2
四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
1 0 0 0 1 0 0 0 0 0 0 0 0 0 0
五、存在的主要问题及改进情况
一是公开的深度不够。下一步将加强培训。
六、其他需要报告的事项
本年度未收取信息处理费。
`;

describe('from web text with the tables flattened', () => {
  test('reads what it can by label, lists every cell it could not, and says where numbers do not add up', () => {
    const { doc, warnings } = importText(WEB, { templateId: 'gov-info-annual' });
    const v = tablesOf(doc);
    expect(v['gov-active']).toMatchObject({ 'rules.made': 0, 'norms.made': 3, 'norms.valid': 101, 'license.decisions': 12, 'penalty.decisions': 5, 'coercion.decisions': null, 'fees.amount': 0.5 });
    expect(v['gov-apply']).toMatchObject({ 'new.natural': 6, 'new.business': 1, 'new.total': 7, 'carried.natural': 1, 'granted.natural': 4, 'partial.natural': 1, 'deny.secret.natural': 0, 'total.natural': 5, 'forward.natural': 2, 'forward.total': 2 });
    expect(v['gov-review']).toMatchObject({ 'review.kept': 1, 'review.total': 1, 'suitAfter.total': 0 });
    // Unread: 行政强制 (a “/”), and the 三 rows the copy left out (3. to 8. of 不予公开 and on).
    const unread = warnings.find((w) => w.startsWith('“收到和处理政府信息公开申请情况表”有'))!;
    expect(unread).toMatch(/^“收到和处理政府信息公开申请情况表”有 102 格未能读取，已标为待填：“三、本年度办理结果·（三）不予公开·3\.危及“三安全一稳定””行/);
    expect(warnings).toContain('“主动公开政府信息情况表”有 1 格未能读取，已标为待填：“行政强制”行“第二十条第（六）项·本年处理决定数量”列。');
    // 6 + 1 ≠ 5 + 2 in 自然人? 7 = 7: balanced; the 总计 column of （七） says 6 = 5 + 1: fine. Nothing to flag.
    expect(warnings.some((w) => w.includes('对不上'))).toBe(false);
    // The flattened lines gave way to the tables; the text parts stayed.
    expect(JSON.stringify(doc.body)).not.toContain('本年制发件数');
    expect(JSON.stringify(doc.body)).toContain('公开的深度不够');
  });

  test('a table that does not add up is named at import', () => {
    const { warnings } = importText(WEB.replace('四、结转下年度继续办理 | 2 |', '四、结转下年度继续办理 | 3 |'), { templateId: 'gov-info-annual' });
    expect(warnings.find((w) => w.includes('对不上'))).toMatch(/“收到和处理政府信息公开申请情况表”导入的数字有 \d+ 处对不上，请核对：/);
  });

  test('an old-format report (2019 样表) is said to have no readable table; nothing is invented', () => {
    const old = WEB.replace(/二、主动公开政府信息情况[\s\S]*?三、收到/, '二、主动公开政府信息情况\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n三、收到');
    const { doc, warnings } = importText(old, { templateId: 'gov-info-annual' });
    expect(Object.values(tablesOf(doc)['gov-active']!).every((x) => x === null)).toBe(true);
    expect(warnings).toContain('未能在“主动公开政府信息情况”中读到“主动公开政府信息情况表”的数字（可能是旧版格式或表格丢失），已插入空表，请逐格填写。');
  });
});
