/** Plain-text import: the three seed reports (outlines written by hand) and the forms around them. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rollForward } from '../../shared/rollover/index';
import { importText } from '../../shared/import/text';
import { formatOutline } from '../../shared/import/outline';
import { allSections, parseHeadingPrefix, splitRunIn } from '../../shared/headings/index';
import { slotsForHeading } from '../../shared/slots';
import { getTemplate } from '../../shared/templates';
import {
  ReportDocument as ReportDocumentSchema,
  runsText,
  type Block,
  type ReportDocument,
  type Section,
} from '../../shared/model/document';
import { AppError } from '../../shared/errors';
import { seedText } from '../helpers/paths';
import { SEED_OUTLINES } from '../fixtures/seed-outlines';

const template = getTemplate('fazhi-annual')!;

function allText(doc: ReportDocument): string {
  const blocks = (bs: readonly Block[]): string =>
    bs
      .map((b) =>
        b.type === 'paragraph'
          ? runsText(b.runs)
          : b.type === 'table'
            ? b.rows
                .flat()
                .map((c) => runsText(c.runs))
                .join('')
            : b.type === 'section'
              ? `${b.heading}${blocks(b.children)}`
              : '',
      )
      .join('');
  const m = doc.meta;
  return [
    m.title,
    m.addressee,
    ...doc.lead.map((p) => runsText(p.runs)),
    blocks(doc.body),
    m.signature.organ,
    m.signature.date,
    m.note,
    ...m.attachments.map((a) => a.title + blocks(a.blocks)),
    ...m.cc,
  ].join('');
}

const squeeze = (s: string) => s.replace(/[\s\u3000，,。.、；;：:（）()“”"！!？?]/g, '');

/** Text of a section's first paragraph. */
function firstText(s: Section): string {
  const first = s.children[0];
  return first?.type === 'paragraph' ? runsText(first.runs) : '';
}

function section(doc: ReportDocument, heading: string): Section {
  const s = allSections(doc.body).find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s;
}

describe('the seed reports', () => {
  for (const name of Object.keys(SEED_OUTLINES)) {
    test(`${name} imports with the outline read off the file`, () => {
      const { doc } = importText(seedText(name));
      expect(formatOutline(doc)).toBe(SEED_OUTLINES[name]);
    });

    test(`${name}: nothing but web noise is lost`, () => {
      const result = importText(seedText(name));
      const text = squeeze(allText(result.doc));
      const lines = seedText(name)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      for (const line of lines) {
        if (result.dropped.includes(line)) continue;
        // A title printed twice keeps one copy; the other is named in a warning.
        if (line.includes('凯发一触即发关于')) {
          expect(result.warnings.join('')).toContain('凯发一触即发');
          continue;
        }
        const body = parseHeadingPrefix(line)?.rest ?? line;
        expect(text, line.slice(0, 30)).toContain(squeeze(body));
      }
      for (const d of result.dropped) expect(d).toMatch(/网站标识码|公网安备|索 引 号|发布机构|主题分类|扫一扫/);
    });
  }

  test('huzhu: the index block and banner are dropped, the lead is the report’s first paragraph', () => {
    const { doc, dropped, warnings } = importText(seedText('huzhu-2024.txt'));
    expect(dropped).toHaveLength(5);
    expect(doc.lead).toHaveLength(1);
    expect(runsText(doc.lead[0]!.runs)).toMatch(/^2024年,互助县法治政府建设工作.*现将工作开展情况报告如下。$/);
    expect(doc.meta.year).toBe(2024);
    expect(doc.meta.title).toBe('');
    expect(warnings.join('\n')).toContain('未找到标题');
    // 第一责任人 only in body text: listed for the clerk, not invented as a section.
    expect(warnings.join('\n')).toMatch(
      /未找到单列的“党政主要负责人履行推进法治建设第一责任人职责”部分，仅在正文中提及：“县政府主要负责人切实履行推进法治建设第一责任人职责/,
    );
  });

  test('huzhu: run-in （一） headings split into heading and body; 一是…二是… stays text', () => {
    const { doc } = importText(seedText('huzhu-2024.txt'));
    const first = section(doc, '坚持党的绝对领导,始终保持高度政治站位');
    expect(first.runIn).toBe(true);
    expect(first.level).toBe(2);
    const body = firstText(first);
    expect(body).toMatch(/^一是坚持党对法治政府建设的集中统一领导。/);
    expect(body).toContain('二是深入开展法治政府建设示范创建活动。');
    expect(first.children.filter((c) => c.type === 'section')).toHaveLength(0);
    // The merged section holds both the shortcomings paragraph and the plan items.
    const merged = section(doc, '存在的不足和下一步工作打算');
    expect(merged.slot).toBe('shortcomings');
    expect(merged.alsoSlots).toEqual(['plans']);
    expect(firstText(merged)).toMatch(/^虽然,互助县法治政府建设工作取得了一定成绩/);
  });

  test('furong: title printed twice, signature and date at the end, standalone and run-in headings', () => {
    const { doc, warnings, dropped } = importText(seedText('furong-2019.txt'));
    expect(doc.meta.title).toBe('关于2019年度法治政府建设情况的报告');
    expect(doc.meta.signature).toMatchObject({ organ: '芙蓉区司法局', date: '2020年3月17日' });
    expect(doc.meta.organ.fullName).toBe('芙蓉区司法局');
    expect(doc.meta.year).toBe(2019);
    expect(dropped).toEqual(['扫一扫在手机打开当前页']);
    expect(warnings.join('\n')).toContain('凯发一触即发');
    expect(section(doc, '全面加强党对法治政府建设领导').runIn).toBe(false);
    const item = section(doc, '持续深化相对集中行政许可权改革');
    expect(item).toMatchObject({ level: 3, runIn: true });
    expect(firstText(item)).toMatch(/^在全省率先开展相对集中行政许可权改革以来/);
    // The plan section's opening paragraph stays in it, before the 1. 2. 3. items.
    const plans = section(doc, '下一步工作思路');
    expect(plans.children[0]!.type).toBe('paragraph');
    expect(firstText(plans)).toMatch(/^2020年是《法治政府建设实施纲要\(2015-2020\)》收官之年/);
  });

  test('fushun: thematic first-level headings make up measures; unnumbered slot headings found', () => {
    const { doc, unmapped } = importText(seedText('fushun-2024.txt'));
    expect(unmapped).toEqual([]);
    const plans = section(doc, '2025年工作打算');
    expect(plans.slot).toBe('plans');
    const paras = plans.children.map((b) => (b.type === 'paragraph' ? runsText(b.runs) : ''));
    expect(paras.filter((p) => /^[一二三四]是/.test(p))).toHaveLength(4);
    expect(section(doc, '存在问题').children).toHaveLength(1);
  });
});

describe('heading numbers', () => {
  test.each([
    ['一、工作开展情况', 1, 1, '工作开展情况'],
    ['十二、其他', 1, 12, '其他'],
    ['（三）加强领导', 2, 3, '加强领导'],
    ['(三)加强领导', 2, 3, '加强领导'],
    ['（一）、加强领导', 2, 1, '加强领导'],
    ['1.持续深化改革', 3, 1, '持续深化改革'],
    ['2、持续深化改革', 3, 2, '持续深化改革'],
    ['１．全角数字', 3, 1, '全角数字'],
    ['（1）具体事项', 4, 1, '具体事项'],
    ['(2)具体事项', 4, 2, '具体事项'],
  ])('%s', (line, level, number, rest) => {
    expect(parseHeadingPrefix(line)).toMatchObject({ level, number, rest });
  });

  test.each(['一是坚持党的领导', '1.5个工作日内完成', '2024年，全县', '（注：数据截至年底）', '一、'])('%s is not a heading', (line) => {
    expect(parseHeadingPrefix(line)).toBeNull();
  });

  test('run-in split ignores 。 inside quotes and brackets, and keeps no closing 。 on the heading', () => {
    expect(splitRunIn('坚持党的领导。一是……')).toMatchObject({ heading: '坚持党的领导', body: '一是……' });
    expect(splitRunIn('落实“谁执法谁普法。”责任制。全年开展……')).toMatchObject({
      heading: '落实“谁执法谁普法。”责任制',
      body: '全年开展……',
    });
    expect(splitRunIn('全面加强党的领导')).toMatchObject({ heading: '全面加强党的领导', body: '' });
    expect(splitRunIn('全面加强党的领导。')).toMatchObject({ heading: '全面加强党的领导', body: '' });
  });
});

describe('slot wording', () => {
  test.each([
    ['工作开展情况', ['measures']],
    ['2024年推进法治政府建设的主要举措和成效', ['measures']],
    ['主要工作和成效', ['measures']],
    ['存在问题和不足', ['shortcomings']],
    ['存在的问题和困难', ['shortcomings']],
    ['下一步工作打算及建议', ['plans']],
    ['2025年工作打算', ['plans']],
    ['存在的不足和下一步工作打算', ['shortcomings', 'plans']],
    ['坚持党的领导，推进法治建设第一责任人职责', ['leaders']],
    ['拟提请审议事项', ['other']],
    ['坚持党的全面领导，持续提升领导干部法治素养和依法办事能力', []],
    ['加强数字政府建设，全面提升政府履职能力', []],
  ])('%s → %j', (heading, slots) => {
    expect(slotsForHeading(heading, template)).toEqual(slots);
  });

  test('第一责任人 as a （一） sub-section of measures fills the leaders slot', () => {
    const { doc, warnings } = importText(
      [
        '一、主要举措和成效',
        '（一）坚持党的领导，推进法治建设第一责任人职责',
        '县委书记带头……',
        '（二）深化改革',
        '正文。',
        '二、存在的不足和原因',
        '正文。',
        '三、下一年度主要安排',
        '正文。',
        '四、其他需要报告的情况',
        '无。',
      ].join('\n'),
    );
    expect(section(doc, '坚持党的领导，推进法治建设第一责任人职责').slot).toBe('leaders');
    expect(warnings.join('')).not.toContain('第一责任人');
  });

  test('a first-level heading that names no slot between the slots stays and is listed', () => {
    // (After 下一步工作打算 it would be 其他需要报告的情况: test/unit/import-titles.test.ts.)
    const { doc, unmapped, warnings } = importText(
      [
        '一、主要工作成效',
        '正文。',
        '二、存在问题',
        '正文。',
        '三、关于某专项工作的情况说明',
        '正文。',
        '四、下一步工作打算',
        '正文。',
      ].join('\n'),
    );
    expect(unmapped).toEqual([{ id: expect.any(String), level: 1, heading: '关于某专项工作的情况说明' }]);
    expect(warnings.join('')).toContain('“关于某专项工作的情况说明”未能对应');
    expect(allSections(doc.body)).toHaveLength(4);
  });
});

describe('front and end matter', () => {
  const full = [
    '互助县人民政府文件',
    '互政〔2025〕12号          签发人：张三',
    '互助县人民政府关于2024年度',
    '法治政府建设情况的报告',
    '县委、县人大常委会：',
    '2024年，我县坚持……现将有关情况报告如下：',
    '一、主要举措和成效',
    '（一）加强领导',
    '1、建立制度',
    '（1）细化清单。共梳理事项959项。',
    '(2)加强考核。全年考核12次。',
    '指标\t2023年\t2024年',
    '案件数\t10\t12',
    '二、存在的不足和原因',
    '正文。',
    '三、2025年度推进法治政府建设的主要安排',
    '正文。',
    '特此报告。',
    '附件：1.2024年度法治政府建设重点任务完成情况',
    '2.行政执法统计表',
    '互助县人民政府',
    '2025年3月17日',
    '（此件公开发布）',
    '附件1',
    '2024年度法治政府建设重点任务完成情况',
    '任务一已完成。',
    '附件2',
    '行政执法统计表',
    '全年执法检查47次。',
    '抄送：县委办公室，县人大常委会办公室。',
    '互助县人民政府办公室        2025年3月18日印发',
  ].join('\r\n');

  test('header, 发文字号, split title, 主送, signature, 附注, 附件, 抄送, 印发', () => {
    const { doc } = importText(full);
    const m = doc.meta;
    expect(m.organ).toEqual({ fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政' });
    expect(m.docNumber).toEqual({ code: '互政', year: 2025, seq: 12 });
    expect(m.signers).toEqual(['张三']);
    expect(m.title).toBe('互助县人民政府关于2024年度法治政府建设情况的报告');
    expect(m.year).toBe(2024);
    expect(m.addressee).toBe('县委、县人大常委会：');
    expect(m.signature).toMatchObject({ organ: '互助县人民政府', date: '2025年3月17日' });
    expect(m.note).toBe('（此件公开发布）');
    expect(m.attachments.map((a) => a.title)).toEqual(['2024年度法治政府建设重点任务完成情况', '行政执法统计表']);
    expect(m.attachments.map((a) => a.blocks.map((b) => (b.type === 'paragraph' ? runsText(b.runs) : '')))).toEqual([
      ['任务一已完成。'],
      ['全年执法检查47次。'],
    ]);
    expect(m.cc).toEqual(['县委办公室', '县人大常委会办公室']);
    expect(m.printedBy).toBe('互助县人民政府办公室');
    expect(m.printedDate).toBe('2025年3月18日');
    expect(doc.lead.map((p) => runsText(p.runs))).toEqual(['2024年，我县坚持……现将有关情况报告如下：']);
  });

  test('four levels, "1、", half-width brackets, a tab-separated table, and the closing at the end', () => {
    const { doc } = importText(full);
    expect(formatOutline(doc).split('\n').slice(2, 9).join('\n')).toBe(
      [
        '1\tmeasures\t主要举措和成效',
        '2\t-\t加强领导',
        '3\t-\t建立制度',
        '4\t-\t细化清单',
        '4\t-\t加强考核',
        '1\tshortcomings\t存在的不足和原因',
        '1\tplans\t2025年度推进法治政府建设的主要安排',
      ].join('\n'),
    );
    const item = section(doc, '加强考核');
    expect(item.runIn).toBe(true);
    const table = item.children.find((b) => b.type === 'table');
    expect(table && table.type === 'table' && table.rows.map((r) => r.map((c) => runsText(c.runs)))).toEqual([
      ['指标', '2023年', '2024年'],
      ['案件数', '10', '12'],
    ]);
    const last = doc.body[doc.body.length - 1]!;
    expect(last.type === 'paragraph' && runsText(last.runs)).toBe('特此报告。');
  });

  test('numbering slips are reported and renumbered by position', () => {
    const { warnings } = importText(
      ['一、主要工作成效', '正文。', '一、存在问题', '正文。', '三、下一步工作打算', '（一）甲', '（三）乙'].join('\n'),
    );
    expect(warnings).toContain('标题“一、存在问题”原文编号为“一、”，按位置应为“二、”，已按位置重新编号。');
    expect(warnings).toContain('标题“（三）乙”原文编号为“（三）”，按位置应为“（二）”，已按位置重新编号。');
  });
});

describe('text encodings and bad text files', () => {
  test('GBK text (older Notepad, WPS) is read', () => {
    const hex = 'd2bba1a2b9a4d7f7c7e9bff60d0aa3a8d2bba3a9bcd3c7bfd1a7cfb0a1a3b9b2bed9b0ecbdb2d7f937b4cea1a30d0a';
    const bytes = new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    const { doc } = importText(bytes);
    expect(formatOutline(doc)).toContain('1\tmeasures\t工作情况\n2\t-\t加强学习\n');
  });

  test('UTF-16 with BOM (Notepad "Unicode") and UTF-8 with BOM are read', () => {
    const text = '一、工作情况\n正文。';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(formatOutline(importText(le).doc)).toContain('1\tmeasures\t工作情况');
    const utf8 = new TextEncoder().encode('\ufeff' + text);
    expect(formatOutline(importText(utf8).doc)).toContain('1\tmeasures\t工作情况');
  });

  test('binary data is refused as BAD_FILE with a Chinese message', () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
    expect(() => importText(bytes)).toThrow(AppError);
    try {
      importText(bytes);
    } catch (e) {
      expect((e as AppError).code).toBe('BAD_FILE');
      expect((e as AppError).message).toContain('不是文本文件');
    }
  });

  test('a text file over 5 MB is refused as TOO_LARGE', () => {
    const big = new TextEncoder().encode('一、工作情况\n' + '正文内容。'.repeat(400_000));
    expect(big.byteLength).toBeGreaterThan(5 * 1024 * 1024);
    expect(() => importText(big)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });
});

describe('any text at all', () => {
  const LINES = [
    '一、工作开展情况',
    '（一）坚持党的领导。一是……二是……',
    '(二)加强学习',
    '1.持续深化改革。共办理案件28件。',
    '2、压实责任',
    '（1）细化清单',
    '存在问题',
    '2025年工作打算',
    '存在的不足和下一步工作打算',
    '芙蓉区司法局',
    '2020年3月17日',
    '扫一扫在手机打开当前页',
    '索 引 号:sfj/2025-00002 | 发文字号: |',
    '关于2019年度法治政府建设情况的报告',
    '县委、县人大常委会：',
    '附件：1.统计表',
    '附件1',
    '抄送：县委办公室。',
    '特此报告。',
    '指标\t2023年\t2024年',
    '2024年，全县受理案件1200件，同比增长10%。',
    '',
    '（此件公开发布）',
  ];

  test('imports without crashing: a valid document, or a refusal in Chinese', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 40 })), { maxLength: 60 }), (lines) => {
        try {
          const { doc } = importText(lines.join('\n'));
          expect(ReportDocumentSchema.safeParse(doc).success).toBe(true);
          expect(() => rollForward(doc)).not.toThrow();
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a file with only web noise says there is nothing to import', () => {
    expect(() => importText('扫一扫在手机打开当前页\n网站标识码:6302230002 主办单位:某县人民政府办公室')).toThrow(/没有可导入的正文内容/);
  });
});

test('a table above the title is passed over and kept', () => {
  const { doc } = importText(
    [
      '份号\t密级',
      '000123\t公开',
      '某县人民政府关于2024年度法治政府建设情况的报告',
      '2024年，我县……报告如下：',
      '一、主要举措和成效',
      '正文。',
    ].join('\n'),
  );
  expect(doc.meta.title).toBe('某县人民政府关于2024年度法治政府建设情况的报告');
  expect(doc.body[0]!.type).toBe('table');
  expect(doc.lead.map((p) => runsText(p.runs))).toEqual(['2024年，我县……报告如下：']);
});
