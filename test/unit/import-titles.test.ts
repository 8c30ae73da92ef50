/**
 * Title detection on web copies: the corpus of real report openings (every case must hit), then
 * each class of opening the corpus stands for, generated over organs, years, endings and page
 * furniture, and the catch-all part after 下一年度安排.
 */
import { describe, expect, test } from 'vitest';
import { importText } from '../../shared/import/text';
import { formatOutline } from '../../shared/import/outline';
import { scoreTitles } from '../helpers/title-corpus';

const BODY = [
  '2024年，全县坚持以习近平新时代中国特色社会主义思想为指导，法治政府建设取得新成效。现将有关情况报告如下：',
  '一、2024年推进法治政府建设的主要举措和成效',
  '全面履行政府职能，持续优化法治化营商环境。',
];

const titleOf = (lines: readonly string[]) => importText([...lines, ...BODY].join('\n')).doc.meta.title;

test('every opening of the corpus of published reports gets its title', () => {
  const { outcomes, total } = scoreTitles();
  expect(total).toBeGreaterThanOrEqual(25);
  const misses = outcomes.filter((o) => !o.hit).map((o) => `${o.id}: got “${o.got}”, want “${o.want}”`);
  expect(misses).toEqual([]);
});

const ORGANS = ['', '互助县司法局', '某某县人民政府', '城关街道办事处'];
const TITLES = (organ: string) => [
  `${organ}2024年度法治政府建设情况报告`,
  `${organ}关于2024年度法治政府建设情况的报告`,
  `${organ}2024年法治政府建设工作总结`,
  `${organ}2024年度法治政府建设工作情况`,
  `${organ}关于2024年法治政府建设工作的汇报`,
  `${organ}2024年度法治政府建设年度报告`,
];
const FURNITURE: Record<string, string[]> = {
  none: [],
  'index rows': [
    '索引号：11500111/2025-00005',
    '[ 索引号 ] 11500111MB15011811/2026-00005 [ 发文字号 ]',
    '[ 主题分类 ] 司法 [ 体裁分类 ] 工作报告',
    '发布机构 县司法局 公文时效 有效',
  ],
  breadcrumb: ['首页 政务公开 互动交流', '您所在的位置：首页 > 政务公开 > 工作报告', '工作报告'],
  'date and source': ['今天是：2025年3月1日 星期六', '文章来源：司法局 更新时间：2025/03/01 10:00'],
};

describe('titles in every class of web copy', () => {
  for (const organ of ORGANS)
    for (const title of TITLES(organ))
      for (const [what, above] of Object.entries(FURNITURE)) {
        test(`${title} after ${what}`, () => {
          expect(titleOf([...above, title])).toBe(title);
          // printed twice: page headline, then the document's own title
          expect(titleOf([...above, title, '发布时间：2025-03-01', title])).toBe(title);
          // glued to the first paragraph
          expect(importText([...above, title + BODY[0], ...BODY.slice(1)].join('\n')).doc.meta.title).toBe(title);
        });
      }

  test('an organ line above a title without an organ is the title’s first line', () => {
    for (const organ of ORGANS.filter(Boolean))
      for (const title of TITLES('').filter((t) => !t.startsWith('关于'))) expect(titleOf([organ, title])).toBe(organ + title);
  });

  test('spaces of a copied title are dropped before 关于 and around figures', () => {
    expect(titleOf(['古丈县司法局 关于2024年度法治政府建设情况的报告'])).toBe('古丈县司法局关于2024年度法治政府建设情况的报告');
    expect(titleOf(['某县 2024 年度法治政府建设情况报告'])).toBe('某县2024年度法治政府建设情况报告');
  });

  test('the title of a 标题 index row', () => {
    expect(
      titleOf(['索引号 bgs01/2025-00011 发文字号', '标   题 某县司法局2024年法治政府建设情况报告', '发布机构 县司法局 公文时效 有效']),
    ).toBe('某县司法局2024年法治政府建设情况报告');
  });

  test('the organ of a title without 关于 is what stands before the year', () => {
    const doc = importText(['龙川县司法局2024年法治政府建设年度报告', ...BODY].join('\n')).doc;
    expect(doc.meta.organ.fullName).toBe('龙川县司法局');
    // a bare place name is not an organ
    expect(importText(['静海区2024年度法治政府建设情况报告', ...BODY].join('\n')).doc.meta.organ.fullName).toBe('');
  });
});

describe('what is not a title', () => {
  test('a column name, a heading wording or a sentence is not taken', () => {
    for (const line of ['工作报告', '工作开展情况', '存在的问题', '法治政府建设情况', '2024年，全县坚持依法行政，现将工作情况报告如下：'])
      expect(titleOf([line])).toBe('');
  });

  test('a first paragraph that mentions a report is not cut', () => {
    const text = '县政府认真审议了2023年度法治政府建设情况报告，2024年以来持续推进各项工作。';
    const doc = importText([text, ...BODY.slice(1)].join('\n')).doc;
    expect(doc.meta.title).toBe('');
  });
});

describe('the catch-all part', () => {
  const report = (last: string) =>
    [
      '某县人民政府关于2024年度法治政府建设情况的报告',
      '县委、县人大常委会：',
      '一、2024年度推进法治政府建设的主要举措和成效',
      '依法全面履行政府职能。',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '县长带头学法。',
      '三、存在的不足和原因',
      '执法队伍专业化程度不高。',
      '四、2025年度推进法治政府建设的主要安排',
      '深化行政执法体制改革。',
      last,
      '《某县行政规范性文件管理办法》拟于二季度提请县政府常务会议审议。',
    ].join('\n');

  test('a trailing first-level part after 下一年度安排 that names no part is 其他需要报告的情况', () => {
    for (const heading of ['五、拟提请县政府常务会议审议的事项', '五、需提请审议的重大事项', '五、有关建议']) {
      const r = importText(report(heading));
      expect(formatOutline(r.doc).trim().split('\n').at(-1)).toBe(`1\tother\t${heading.slice(2)}`);
      expect(r.unmapped).toEqual([]);
    }
  });

  test('a part with no slot before 下一年度安排 stays unmapped', () => {
    const text = report('五、其他需要报告的情况').replace('三、存在的不足和原因', '三、法治宣传教育');
    const r = importText(text);
    expect(r.unmapped.map((u) => u.heading)).toEqual(['法治宣传教育']);
  });
});
