import { afterAll, describe, expect, test } from 'vitest';
import type { Block, FixedTable, ReportDocument, Section } from '../../shared/model/document';
import { computeTotals, numberCells } from '../../shared/model/fixed-table-grid';
import { paragraph } from '../../shared/model/document';
import { getTemplate, newDocument } from '../../shared/templates';
import { allSections } from '../../shared/headings/index';
import { checkDocument, countByLevel, Finding, type CheckOptions, hasBlockingFindings, blockingFindings, LEVELS, RULES } from '../../shared/check/index';
import { importText } from '../../shared/import/text';
import { seedText } from '../helpers/paths';
import { rollForward } from '../../shared/rollover/index';
import { openFigures } from '../../shared/rollover/open';
import { compileDictionary, PROOF_RULES } from '../../shared/proofread/index';
import { PROOF_CASES } from '../fixtures/proof-cases';
import { excerpt } from '../../shared/check/context';
import fc from 'fast-check';

// Every rule must be made to fire by some test here (checked at the end).
const fired = new Set<string>();
function check(doc: ReportDocument, options?: CheckOptions): Finding[] {
  const findings = checkDocument(doc, undefined, options);
  for (const f of findings) {
    fired.add(f.rule);
    expect(Finding.safeParse(f).success).toBe(true);
  }
  return findings;
}
const rules = (doc: ReportDocument) => check(doc).map((f) => f.rule);
const only = (doc: ReportDocument, rule: string, options?: CheckOptions) => check(doc, options).filter((f) => f.rule === rule);

const SENTENCE = '我县坚持依法行政，不断完善制度机制，取得了明显成效。'; // 26 characters
const text = (chars: number) => SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars - 1) + '。';

const ORGAN = {
  fullName: '互助县人民政府',
  headerText: '互助县人民政府文件',
  code: '互政',
  addressee: '海东市人民政府：',
  signers: ['张三'],
  printedBy: '互助县人民政府办公室',
};

/** A report that passes every rule: the base the mutation tests start from. */
function cleanReport(): ReportDocument {
  const t = getTemplate('fazhi-annual')!;
  const doc = newDocument(t, 2024, ORGAN);
  doc.meta.docNumber = { code: '互政', year: 2025, seq: 12 };
  doc.meta.signature.date = '2025年3月17日';
  doc.meta.printedDate = '2025年3月17日';
  for (const s of doc.body) {
    if (s.type !== 'section') continue;
    const slot = t.slots.find((x) => x.id === s.slot)!;
    s.children = [paragraph(text(Math.max(slot.minChars, 20)))];
  }
  return doc;
}

function section(doc: ReportDocument, slot: string): Section {
  return allSections(doc.body).find((s) => s.slot === slot)!;
}
function sub(id: string, level: 2 | 3 | 4, heading: string, children: Block[] = [paragraph(text(40))], runIn = false): Section {
  return { type: 'section', id, level, heading, runIn, children };
}

describe('a clean report', () => {
  test('has no findings and does not block the export', () => {
    const findings = check(cleanReport());
    expect(findings).toEqual([]);
    expect(hasBlockingFindings(findings)).toBe(false);
  });
});

describe('structure and completeness', () => {
  test('a new 法治政府建设年度报告 lists each empty slot as an error', () => {
    const doc = newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN);
    const empty = only(doc, 'slot-empty');
    expect(empty.map((f) => f.message)).toEqual([
      '“主要举措和成效”部分尚未填写。',
      '“存在的不足和原因”部分尚未填写。',
      '“党政主要负责人履行推进法治建设第一责任人职责”部分尚未填写。',
      '“下一年度主要安排”部分尚未填写。',
      '“其他需要报告的情况”部分尚未填写。',
    ]);
    expect(empty.every((f) => f.level === 'error' && f.location.type === 'section')).toBe(true);
    expect(hasBlockingFindings(check(doc))).toBe(true);
  });

  test('a missing slot points at the slot', () => {
    const doc = cleanReport();
    doc.body = doc.body.filter((b) => b.type !== 'section' || b.slot !== 'leaders');
    const f = only(doc, 'slot-missing');
    expect(f).toHaveLength(1);
    expect(f[0]!.location).toEqual({ type: 'slot', slotId: 'leaders' });
    // A part not written yet prints nothing wrong: 定稿前应补齐, not 导出前必须修改.
    expect(f[0]!.level).toBe('gap');
  });

  test('a slot shorter than its guidance suggests', () => {
    const doc = cleanReport();
    section(doc, 'measures').children = [paragraph(text(100))];
    expect(only(doc, 'slot-thin').map((f) => f.message)).toEqual(['“主要举措和成效”部分仅100字，建议不少于1500字。']);
  });

  test('text in a sub-section counts for the slot', () => {
    const doc = cleanReport();
    section(doc, 'measures').children = [sub('m1', 2, '坚持党的领导', [paragraph(text(1600))])];
    expect(rules(doc)).toEqual([]);
  });

  test('slots out of the regulation order', () => {
    const doc = cleanReport();
    [doc.body[0], doc.body[1]] = [doc.body[1]!, doc.body[0]!];
    const f = only(doc, 'slot-order');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^各部分的顺序应为：主要举措和成效、存在的不足和原因、/);
  });

  test('a merged heading fills both slots (存在的不足和下一步工作打算)', () => {
    const doc = cleanReport();
    const short = section(doc, 'shortcomings');
    short.heading = '存在的不足和下一步工作打算';
    short.alsoSlots = ['plans'];
    doc.body = doc.body.filter((b) => b.type !== 'section' || b.slot !== 'plans');
    expect(rules(doc)).toEqual([]);
  });

  test('第一责任人 as a sub-section of 主要举措 is noted, not missing', () => {
    const doc = cleanReport();
    const leaders = section(doc, 'leaders');
    doc.body = doc.body.filter((b) => b !== leaders);
    section(doc, 'measures').children.push({ ...leaders, level: 2, heading: '坚持党的领导，推进法治建设第一责任人职责' });
    const f = check(doc);
    expect(f.map((x) => x.rule)).toEqual(['slot-nested']);
    expect(f[0]!.level).toBe('info');
  });

  test('an optional slot left empty is only a hint (templates are data: a custom one here)', () => {
    const base = getTemplate('fazhi-annual')!;
    const template = { ...base, slots: base.slots.map((s) => (s.id === 'other' ? { ...s, required: false } : s)) };
    const doc = cleanReport();
    section(doc, 'other').children = [paragraph('')];
    const f = checkDocument(doc, template);
    f.forEach((x) => fired.add(x.rule));
    expect(f.map((x) => [x.rule, x.level, x.message])).toEqual([
      ['slot-empty-optional', 'info', '“其他需要报告的情况”部分为空，如无内容可删去该部分。'],
    ]);
    expect(only(doc, 'slot-empty')).toHaveLength(1);
  });

  test('请示: empty body, no closing, several addressees', () => {
    const doc = newDocument(getTemplate('request')!, 2024, { ...ORGAN, addressee: '市人民政府、市司法局：' });
    expect(rules(doc)).toEqual(expect.arrayContaining(['body-empty', 'single-addressee', 'placeholder']));
    expect(rules(doc)).not.toContain('closing-missing');
    doc.body = [paragraph(text(200))];
    expect(only(doc, 'closing-missing')[0]!.message).toBe('结尾应有请示的结语，如“妥否，请批示。”。');
    doc.body.push(paragraph('当否，请批示。'));
    expect(rules(doc)).not.toContain('closing-missing');
    // A 请示 may ask; a 报告 may not.
    expect(rules(doc)).not.toContain('report-asks-approval');
  });

  test('工作报告: a thin free body', () => {
    const doc = newDocument(getTemplate('work-report')!, 2024, ORGAN);
    expect(rules(doc)).toContain('body-empty');
    doc.body = [paragraph(text(50)), paragraph('特此报告。')];
    expect(only(doc, 'body-thin')[0]!.message).toBe('正文仅50字，建议不少于300字。');
  });
});

describe('numbering', () => {
  test('a skipped level (1. directly under 一、) is a warning, once per parent', () => {
    const doc = cleanReport();
    section(doc, 'plans').children.push(sub('p1', 3, '加强整体谋划'), sub('p2', 3, '补齐短板'));
    const f = only(doc, 'level-skipped');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('“1.”级标题直接出现在“一、”级标题之下，跳过了中间层级。');
    expect(f[0]!.level).toBe('warning');
  });

  test('two headings both typed 一、 (numbers typed into heading text)', () => {
    const doc = cleanReport();
    section(doc, 'measures').heading = '一、主要举措和成效';
    section(doc, 'shortcomings').heading = '一、存在的不足';
    const f = only(doc, 'typed-number');
    expect(f).toHaveLength(2);
    expect(f[0]!.message).toMatch(/手工输入的序号“一、”/);
    expect(f[0]!.level).toBe('error');
  });

  test('a paragraph starting （二） is a heading typed as text', () => {
    const doc = cleanReport();
    section(doc, 'plans').children.push(paragraph('（二）持续优化营商环境。' + text(30)));
    expect(only(doc, 'typed-number-paragraph')[0]!.message).toMatch(/“（二）”开头/);
  });

  test('1. 2. 3. numbered on across two （一） blocks', () => {
    const doc = cleanReport();
    section(doc, 'measures').children.push(
      sub('a', 2, '深化行政许可改革', [paragraph('1.持续深化相对集中行政许可权改革。'), paragraph('2.探索推进相对集中行政处罚权。')]),
      sub('b', 2, '加强依法行政能力', [paragraph('3.加强重大行政决策合法性审查。'), paragraph('4.加强法律顾问队伍建设。')]),
    );
    const f = only(doc, 'typed-sequence');
    expect(f).toHaveLength(1);
    expect(f[0]!.location).toEqual({ type: 'section', sectionId: 'b' });
    expect(f[0]!.message).toBe('手工编号“3.”不连续，此处应为“1.”（每个上级标题下从1重新编号）。');
  });

  test('（一）…（四） followed by 五是', () => {
    const doc = cleanReport();
    section(doc, 'measures').children.push(
      sub('s1', 2, '坚持党的领导'),
      sub('s2', 2, '推进依法行政'),
      sub('s3', 2, '规范行政执法'),
      sub('s4', 2, '化解矛盾纠纷', [paragraph('五是加强法治宣传教育，营造良好氛围。')]),
    );
    const f = only(doc, 'inline-sequence');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('“五是”前面没有“一是”，请检查列举的顺序或层级。');
    expect(f[0]!.excerpt).toContain('五是');
  });

  test('一是、二是、四是 across paragraphs of one heading; a new 一是 restarts; 统一是 is not one', () => {
    const doc = cleanReport();
    section(doc, 'plans').children = [
      paragraph(text(200)),
      paragraph('一是加强学习。二是完善制度，坚持标准统一是关键。'),
      paragraph('四是强化监督。'),
      paragraph('一是另起列举。二是接着列举。'),
    ];
    const f = only(doc, 'inline-sequence');
    expect(f.map((x) => x.message)).toEqual(['“二是”之后是“四是”，应为“三是”。']);
  });
});

describe('headings', () => {
  test('an emptied heading is a blocking error at that heading', () => {
    const doc = cleanReport();
    const s = section(doc, 'plans');
    s.heading = '　';
    const f = only(doc, 'heading-empty');
    expect(f.map((x) => [x.level, x.location])).toEqual([['error', { type: 'section', sectionId: s.id }]]);
    expect(f[0]!.message).toBe('标题为空，导出后只会印出序号“四、”。请填回标题，如“下一年度主要安排”。');
    expect(hasBlockingFindings(check(doc))).toBe(true);
  });

  test('a standalone heading ends without punctuation', () => {
    const doc = cleanReport();
    section(doc, 'shortcomings').heading = '存在的不足和原因。';
    expect(only(doc, 'heading-punctuation')[0]!.message).toBe('独立成行的标题末尾不加标点，请删去“。”。');
  });

  test('a run-in heading gets its 。 from the layout, not the text', () => {
    const doc = cleanReport();
    section(doc, 'measures').children.push(sub('r', 2, '坚持党的绝对领导，', [paragraph('一是坚持党的领导。' + text(30))], true));
    expect(only(doc, 'heading-punctuation')[0]!.message).toBe('段首标题的句末句号由排版自动加上，标题文字末尾请勿再加“，”。');
  });

  test('body text written into a standalone heading; a run-in heading with no body', () => {
    const doc = cleanReport();
    section(doc, 'measures').children.push(sub('h', 2, '坚持党的领导。一是强化组织领导'), sub('r', 2, '推进依法行政', [], true));
    expect(rules(doc)).toEqual(expect.arrayContaining(['heading-sentence', 'run-in-no-body']));
  });
});

describe('text and punctuation', () => {
  const withParagraph = (p: string) => {
    const doc = cleanReport();
    section(doc, 'other').children = [paragraph(p)];
    return doc;
  };

  test('half-width punctuation next to Chinese: one finding per mark, to the character, with its fix', () => {
    const p = '我县,坚持依法行政;依照《工作方案(2021—2025年)》开展工作:成效明显.';
    const f = only(withParagraph(p), 'half-width-punct');
    expect(f.map((x) => x.fix)).toEqual([
      { from: ',', to: '，' },
      { from: ';', to: '；' },
      { from: '(', to: '（' },
      { from: ')', to: '）' },
      { from: ':', to: '：' },
      { from: '.', to: '。' },
    ]);
    for (const x of f) {
      expect(x.location.type).toBe('section');
      expect(p.slice(x.range!.start, x.range!.end)).toBe(x.fix!.from);
      expect(x.class).toBe('punct');
    }
    expect(f[0]!.excerpt).toContain('我县,坚持');
  });

  test('every 公文校对 rule reaches the checker: the exact characters, and the fix where certain', () => {
    for (const rule of PROOF_RULES) {
      const cases = PROOF_CASES[rule.id]!;
      const [text] = cases.fixes?.[0] ?? cases.finds![0]!;
      const f = only(withParagraph(text), rule.id, { dictionary: compileDictionary(cases.dictionary ?? []) });
      expect([rule.id, f.length > 0]).toEqual([rule.id, true]);
      for (const x of f) {
        expect(x).toMatchObject({ group: 'text', level: rule.level, class: rule.class, location: { type: 'section' } });
        expect(x.range!.path.slice(0, 1)).toEqual(['body']);
        expect(text.slice(x.range!.start, x.range!.end)).toBe(x.fix?.from ?? text.slice(x.range!.start, x.range!.end));
        expect(!!x.fix).toBe(!!cases.fixes);
      }
    }
  });

  test('decimals, 1. ordinals, URLs and English are not half-width mistakes', () => {
    expect(only(withParagraph('增长1.5倍，网址www.gov.cn，时间10:30。1.加强学习。'), 'half-width-punct')).toEqual([]);
  });

  test('ordinal forms （一）、 (1) 1、', () => {
    const f = only(withParagraph('主要有：（一）、加强学习；(1)完善制度。2、强化监督。2023、2024年均有增长。'), 'ordinal-form');
    expect(f.map((x) => x.message)).toEqual([
      '序号“（一）、”后不加顿号。',
      '序号“(1)”应使用全角括号，如“（1）”。',
      '阿拉伯数字序号“2、”应写作“2.”（用圆点，不用顿号）。',
    ]);
  });

  test('full-width digits', () => {
    expect(only(withParagraph('办理案件１２３件。'), 'fullwidth-digit')[0]!.message).toBe('数字“１２３”使用了全角字符，应为“123”。');
  });

  test('the dash lost in 2021-2025年', () => {
    expect(only(withParagraph('依照《法治政府建设实施纲要（20212025年）》。'), 'year-range-dash')[0]!.message).toBe(
      '年份范围应写作“2021—2025”，不写作“20212025”。',
    );
    expect(only(withParagraph('依照《法治政府建设实施纲要（2021—2025年）》。'), 'year-range-dash')).toEqual([]);
  });

  test('a 报告 asking for approval', () => {
    for (const p of ['以上报告，妥否，请批示。', '请审批。', '请予批准。']) {
      const f = only(withParagraph(p), 'report-asks-approval');
      expect(f, p).toHaveLength(1);
      expect(f[0]!.level).toBe('error');
    }
  });

  test('placeholders left in the title', () => {
    const doc = cleanReport();
    doc.meta.title = '××关于2024年度法治政府建设情况的报告';
    expect(only(doc, 'placeholder')[0]!.message).toBe('标题中仍有占位符“××”，请改为实际内容。');
  });

  test('the lead ends 报告如下：', () => {
    const doc = cleanReport();
    doc.lead = [paragraph('现将工作开展情况报告如下。')];
    expect(rules(doc)).toEqual(['lead-ending']);
  });
});

describe('header fields and colophon', () => {
  const meta = (change: (d: ReportDocument) => void) => {
    const doc = cleanReport();
    change(doc);
    return check(doc);
  };
  const messages = (findings: Finding[]) => findings.map((f) => `${f.rule}: ${f.message}`);

  test('no 发文字号 holds back the official export', () => {
    const f = meta((d) => (d.meta.docNumber = null));
    expect(f.map((x) => x.rule)).toEqual(['doc-number-missing']);
    expect(blockingFindings(f)).toHaveLength(1);
    expect(f[0]!.location).toEqual({ type: 'meta', field: 'docNumber' });
  });

  test('发文字号 parts that do not make a valid number, another code, another year', () => {
    expect(meta((d) => (d.meta.docNumber = { code: '互政[', year: 2025, seq: 3 })).map((f) => f.rule)).toContain('doc-number-format');
    expect(messages(meta((d) => (d.meta.docNumber = { code: '互司', year: 2025, seq: 3 })))).toEqual([
      'doc-number-code: 发文字号的机关代字“互司”与发文机关的代字“互政”不一致。',
    ]);
    expect(messages(meta((d) => (d.meta.docNumber = { code: '互政', year: 2024, seq: 3 })))).toEqual([
      'doc-number-year: 发文字号年份〔2024〕与成文日期的年份2025年不一致。',
    ]);
  });

  test('签发人 on a 上行文', () => {
    expect(meta((d) => (d.meta.signers = [])).map((f) => f.rule)).toEqual(['signers-missing']);
    expect(meta((d) => ((d.meta.signers = []), (d.meta.direction = 'down')))).toEqual([]);
    expect(messages(meta((d) => (d.meta.signers = ['张三', 'Zhang3'])))).toEqual([
      'signer-name: 签发人“Zhang3”不像姓名：只写姓名，多人用“、”分隔。',
    ]);
  });

  test('title', () => {
    expect(meta((d) => (d.meta.title = '')).map((f) => f.rule)).toEqual(['title-missing']);
    expect(messages(meta((d) => (d.meta.title = '互助县人民政府关于2024年度法治政府建设情况的报告。')))).toEqual([
      'title-format: 标题末尾不加标点，请删去“。”。',
    ]);
    expect(meta((d) => (d.meta.title = '2024年度法治政府建设情况报告')).map((f) => f.rule)).toEqual(['title-format']);
  });

  test('主送 ends with a full-width colon', () => {
    expect(meta((d) => (d.meta.addressee = '')).map((f) => f.rule)).toEqual(['addressee-missing']);
    expect(messages(meta((d) => (d.meta.addressee = '海东市人民政府:')))).toEqual(['addressee-format: 主送机关末尾应为全角冒号“：”。']);
    expect(messages(meta((d) => (d.meta.addressee = '海东市人民政府。')))).toEqual([
      'addressee-format: 主送机关末尾应为全角冒号“：”，不用其他标点。',
    ]);
    // The layout adds the colon when it is left off.
    expect(meta((d) => (d.meta.addressee = '海东市人民政府'))).toEqual([]);
  });

  test.each([
    ['2024.3.1', '日期应写作“2024年3月1日”，用“年月日”，不用“.”“-”“/”分隔。'],
    ['2024-03-01', '日期应写作“2024年3月1日”，用“年月日”，不用“.”“-”“/”分隔。'],
    ['二〇二四年三月一日', '日期用阿拉伯数字书写，应写作“2024年3月1日”。'],
    ['2024年03月01日', '月、日不编虚位，应写作“2024年3月1日”。'],
    ['２０２５年３月１日', '日期应使用半角阿拉伯数字，应写作“2025年3月1日”。'],
    ['2025年2月30日', '日期“2025年2月30日”不存在，请核对。'],
    ['三月一日', '日期应为“2025年3月17日”的格式。'],
  ])('成文日期 %s', (date, message) => {
    const f = meta((d) => (d.meta.signature.date = date)).filter((x) => x.rule === 'date-format');
    expect(f.map((x) => x.message)).toEqual([message]);
    expect(f[0]!.level).toBe('error');
  });

  test('no 成文日期; a date far from the reported year', () => {
    expect(meta((d) => (d.meta.signature.date = '')).map((f) => f.rule)).toEqual(['date-missing']);
    expect(meta((d) => (d.meta.signature.date = '2023年3月1日')).map((f) => f.rule)).toEqual(['doc-number-year', 'date-year']);
  });

  test('署名, 附注, 抄送, 版记', () => {
    expect(meta((d) => (d.meta.signature.organ = '')).map((f) => f.rule)).toEqual(['signature-missing']);
    // Mixed identity: signed by another organ (test/unit/organ-identity.test.ts has the class).
    expect(meta((d) => (d.meta.signature.organ = '某某县司法局')).map((f) => f.rule)).toEqual(['organ-identity']);
    expect(meta((d) => (d.meta.note = '此件公开发布')).map((f) => f.rule)).toEqual(['note-format']);
    expect(meta((d) => (d.meta.note = '（此件公开发布）'))).toEqual([]);
    expect(meta((d) => (d.meta.cc = ['市司法局，县人大常委会办公室'])).map((f) => f.rule)).toEqual(['cc-format']);
    expect(meta((d) => (d.meta.cc = ['市司法局', '县人大常委会办公室']))).toEqual([]);
    expect(meta((d) => ((d.meta.printedBy = ''), (d.meta.printedDate = ''))).map((f) => f.message)).toEqual([
      '未填写印发机关。',
      '未填写印发日期。',
    ]);
    expect(meta((d) => (d.meta.printedDate = '2025.3.17')).map((f) => f.rule)).toEqual(['printed-date-format']);
    expect(meta((d) => (d.meta.printedDate = '2025年3月17日印发'))).toEqual([]);
  });

  test('发文机关 and its 标志', () => {
    expect(meta((d) => (d.meta.organ = { fullName: '', headerText: '', code: '' })).map((f) => f.message)).toEqual([
      '未填写发文机关。',
      '未填写发文机关标志（如“××县人民政府文件”）。',
    ]);
  });
});

describe('a draft rolled forward from last year', () => {
  const rolled = () => rollForward(importText(seedText('furong-2019.txt')).doc).doc;

  test('warns while figures are 待核实, with the count, pointing at the first; quiet once all are confirmed', () => {
    const doc = rolled();
    const open = openFigures(doc);
    const [f, ...more] = only(doc, 'figures-unconfirmed');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ level: 'warning', group: 'text', location: open.first!.place, excerpt: open.first!.context });
    expect(f!.message).toBe(`还有${open.count}处沿用上年的数字标为“待核实”，请逐一确认，或改为本年度数据。`);
    expect(hasBlockingFindings([f!])).toBe(false);
    const clear = (blocks: readonly Block[]): void => {
      for (const b of blocks) {
        if (b.type === 'paragraph') for (const r of b.runs) delete r.marks;
        else if (b.type === 'section') clear(b.children);
        else if (b.type === 'table') for (const row of b.rows) for (const c of row) for (const r of c.runs) delete r.marks;
      }
    };
    clear(doc.lead);
    clear(doc.body);
    expect(only(doc, 'figures-unconfirmed')).toEqual([]);
  });

  test('warns while year checks remain, pointing at the first one’s section; quiet when none are left', () => {
    const doc = rolled();
    const checks = doc.rollover!.yearChecks;
    expect(checks).toHaveLength(2);
    const [f] = only(doc, 'year-checks-open');
    expect(f).toMatchObject({ level: 'warning', location: { type: 'section', sectionId: checks[0]!.where }, excerpt: checks[0]!.excerpt });
    expect(f!.message).toContain('还有2处年份');
    doc.rollover!.yearChecks = [{ ...checks[1]!, where: '#title' }];
    expect(only(doc, 'year-checks-open')[0]).toMatchObject({
      location: { type: 'meta', field: 'title' },
      message: expect.stringContaining('还有1处年份'),
    });
    doc.rollover!.yearChecks = [];
    expect(only(doc, 'year-checks-open')).toEqual([]);
    // A report that was never rolled forward has neither.
    expect(rules(cleanReport()).filter((r) => r === 'year-checks-open' || r === 'figures-unconfirmed')).toEqual([]);
  });
});

describe('the three seed reports', () => {
  const seeds = ['furong-2019.txt', 'fushun-2024.txt', 'huzhu-2024.txt'];
  const results = Object.fromEntries(seeds.map((name) => [name, importText(seedText(name)).doc] as const));

  test.each(seeds)('%s: findings are valid and point at real sections', (name) => {
    const doc = results[name]!;
    const ids = new Set(allSections(doc.body).map((s) => s.id));
    const findings = check(doc);
    for (const f of findings) if (f.location.type === 'section') expect(ids.has(f.location.sectionId)).toBe(true);
    // Web copies: half-width commas throughout, and the 第一责任人 part never stands on its own.
    expect(findings.some((f) => f.rule === 'half-width-punct')).toBe(true);
    expect(findings.find((f) => f.rule === 'slot-missing' && f.location.type === 'slot' && f.location.slotId === 'leaders')).toBeDefined();
    expect(hasBlockingFindings(findings)).toBe(true);
  });

  test('芙蓉区 2019: "三、下一步工作思路" goes straight to 1. 2. 3.; the lead ends "如下:"', () => {
    const f = check(results['furong-2019.txt']!);
    expect(f.filter((x) => x.rule === 'level-skipped')).toHaveLength(1);
    expect(f.filter((x) => x.rule === 'lead-ending')).toHaveLength(1);
    expect(f.find((x) => x.rule === 'title-format')).toBeDefined(); // the web copy lost the organ before 关于
  });

  test('互助县 2024: its 一是/二是 enumerations are all in order', () => {
    const f = check(results['huzhu-2024.txt']!);
    expect(f.filter((x) => x.rule === 'inline-sequence')).toEqual([]);
    expect(f.filter((x) => x.rule === 'lead-ending')).toHaveLength(1);
  });
});

describe('prescribed tables (政府信息公开 样表), each finding at its cell', () => {
  const t = getTemplate('gov-info-annual')!;
  const tableOf = (doc: ReportDocument, id: string) =>
    allSections(doc.body)
      .flatMap((s) => s.children)
      .find((b): b is FixedTable => b.type === 'fixedTable' && b.table === id)!;
  /** A 年报 with every table filled and balanced: no table finding at all. */
  const filled = () => {
    const doc = newDocument(t, 2024, ORGAN);
    for (const def of t.tables) {
      const v: Record<string, number | null> = {};
      for (const c of numberCells(def)) if (!c.def.sum) v[c.def.key] = 0;
      tableOf(doc, def.id).values = computeTotals(def, v);
    }
    return doc;
  };
  const tableRules = (f: Finding[]) => f.filter((x) => x.rule.startsWith('table-'));
  const set = (doc: ReportDocument, id: string, patch: Record<string, number | null>) => {
    const b = tableOf(doc, id);
    b.values = computeTotals(t.tables.find((d) => d.id === id)!, { ...b.values, ...patch });
  };

  test('filled and balanced: nothing to say; the parts holding tables are not empty parts', () => {
    const doc = filled();
    set(doc, 'gov-apply', { 'new.natural': 5, 'carried.natural': 1, 'granted.natural': 4, 'forward.natural': 2 });
    const f = check(doc);
    expect(tableRules(f)).toEqual([]);
    expect(f.filter((x) => x.rule === 'slot-empty').map((x) => x.message)).toEqual(['“总体情况”部分尚未填写。', '“存在的主要问题及改进情况”部分尚未填写。', '“其他需要报告的事项”部分尚未填写。']);
  });

  test('a new 年报: each table says how many cells are 待填, at the first one', () => {
    const doc = newDocument(t, 2024, ORGAN);
    const f = check(doc).filter((x) => x.rule === 'table-empty');
    expect(f.map((x) => x.cell)).toEqual([
      { table: 'gov-active', key: 'rules.made' },
      { table: 'gov-apply', key: 'new.natural' },
      { table: 'gov-review', key: 'review.kept' },
    ]);
    expect(f[1]!.message).toBe('“收到和处理政府信息公开申请情况表”还有 144 格待填（如“一、本年新收政府信息公开申请数量”行“申请人情况·自然人”列）。没有发生的填 0。');
    expect(f.every((x) => x.level === 'error' && x.location.type === 'section')).toBe(true);
    expect(f.some((x) => x.rule === 'slot-empty')).toBe(false);
  });

  test('三: 本年新收 + 上年结转 must equal 办理结果总计 + 结转下年度, per column, at 结转下年度', () => {
    const doc = filled();
    set(doc, 'gov-apply', { 'new.natural': 5, 'carried.natural': 1, 'granted.natural': 4, 'forward.natural': 1, 'new.legal': 2, 'partial.legal': 2 });
    const f = check(doc).filter((x) => x.rule === 'table-balance');
    expect(f).toHaveLength(1);
    expect(f[0]!.cell).toEqual({ table: 'gov-apply', key: 'forward.natural' });
    expect(f[0]!.message).toBe(
      '“收到和处理政府信息公开申请情况表”“自然人”列：本年新收政府信息公开申请数量 5 ＋ 上年结转政府信息公开申请数量 1 ＝ 6，与总计 4 ＋ 结转下年度继续办理 1 ＝ 5不相等（第一项加第二项之和，应等于第三项加第四项之和）。',
    );
    set(doc, 'gov-apply', { 'forward.natural': 2 });
    expect(check(doc).filter((x) => x.rule === 'table-balance')).toEqual([]);
    // An empty cell in a balance leaves the balance to table-empty.
    set(doc, 'gov-apply', { 'forward.natural': null });
    expect(check(doc).filter((x) => x.rule === 'table-balance')).toEqual([]);
  });

  test('a total that is not the sum of its parts (an import, an older file) is an error at the total', () => {
    const doc = filled();
    set(doc, 'gov-review', { 'review.kept': 2, 'review.corrected': 1 });
    tableOf(doc, 'gov-review').values['review.total'] = 4;
    const f = check(doc).filter((x) => x.rule === 'table-sum');
    expect(f.map((x) => x.cell)).toEqual([{ table: 'gov-review', key: 'review.total' }]);
    expect(f[0]!.message).toContain('为 4，而各项之和为 3');
    tableOf(doc, 'gov-review').values['review.total'] = 3;
    expect(check(doc).filter((x) => x.rule === 'table-sum')).toEqual([]);
    // 四: the 结果 columns sum to 总计 in each group.
    tableOf(doc, 'gov-review').values['suitAfter.total'] = 1;
    expect(check(doc).filter((x) => x.rule === 'table-sum').map((x) => x.cell!.key)).toEqual(['suitAfter.total']);
  });

  test('whole numbers, except the amount in 万元; an unknown table', () => {
    const doc = filled();
    set(doc, 'gov-active', { 'rules.made': 1.5, 'fees.amount': 12.35 });
    expect(check(doc).filter((x) => x.rule === 'table-number').map((x) => x.cell!.key)).toEqual(['rules.made']);
    set(doc, 'gov-active', { 'rules.made': 1, 'fees.amount': 0.123456 });
    expect(check(doc).filter((x) => x.rule === 'table-number').map((x) => x.cell!.key)).toEqual(['fees.amount']);
    tableOf(doc, 'gov-active').table = 'gov-nothing';
    expect(check(doc).filter((x) => x.rule === 'table-unknown').map((x) => x.message)).toEqual([
      '表格“gov-nothing”无法识别，可能来自更新版本的模板，请重新插入规定的表格。',
    ]);
  });
});

describe('the rules table', () => {
  test('ids are unique and counts add up', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    const doc = newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN);
    const f = check(doc);
    const c = countByLevel(f);
    expect(c.error + c.gap + c.warning + c.info).toBe(f.length);
    // Errors first, then gaps, warnings, hints.
    const order = f.map((x) => LEVELS.indexOf(x.level));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(c.error).toBeGreaterThan(0);
  });
});

afterAll(() => {
  // A rule no test can trigger is dead code or untested: both are bugs here.
  expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
});

describe('the excerpt beside a finding', () => {
  test('a new 请示 names its title placeholder with the whole title, not one cut by a character', () => {
    const doc = newDocument(getTemplate('request')!, 2024, { fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政' });
    const f = checkDocument(doc).find((x) => x.location.type === 'meta' && x.location.field === 'title' && x.excerpt);
    expect(f?.excerpt).toBe(doc.meta.title);
  });

  test('property: the match and the text around it, never a window that leaves a few characters of the text out', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'互助县人民政府关于事项的请示，。'), minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (text, i, n) => {
        const index = i % text.length;
        const length = Math.min(1 + (n % 4), text.length - index);
        const e = excerpt(text, index, length);
        // The window holds the match, with at least 8 characters either side where the text has them …
        const before = [...Array(index + 1).keys()].find((k) => text.startsWith(e, k) && k + e.length >= index + length);
        expect(before).toBeDefined();
        expect(before!).toBeLessThanOrEqual(Math.max(0, index - 8));
        // … and what it leaves out at either end is nothing or more than a few characters.
        const after = text.length - (before! + e.length);
        expect(before === 0 || before! > 4).toBe(true);
        expect(after === 0 || after > 4).toBe(true);
      }),
    );
  });
});
