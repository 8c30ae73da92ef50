/**
 * Reports for the export tests: the three seed reports (imported with the app's own text importer,
 * then given their header and colophon fields the way `gongwen export --set` would), a short
 * report that fits on one page, and one with a table and attachments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importText } from '../../shared/import/text';
import { applyMetaFields } from '../../shared/header-fields/set';
import { paragraph, type ReportDocument, type Section } from '../../shared/model/document';
import { getTemplate, newDocument } from '../../shared/templates';

import { SEEDS_DIR as SEEDS } from './paths';

interface SeedInfo {
  file: string;
  organ: string;
  header: string;
  code: string;
  title: string;
  addressee: string;
  signers: string;
}

export const SEED_INFO: SeedInfo[] = [
  { file: 'huzhu-2024', organ: '互助县人民政府', header: '互助县人民政府文件', code: '互政', title: '互助县人民政府关于2024年度法治政府建设情况的报告', addressee: '海东市人民政府', signers: '张三' },
  { file: 'furong-2019', organ: '长沙市芙蓉区人民政府', header: '长沙市芙蓉区人民政府文件', code: '芙政', title: '', addressee: '长沙市人民政府', signers: '李四,王五,赵六' },
  { file: 'fushun-2024', organ: '抚顺市人民政府', header: '抚顺市人民政府', code: '抚政', title: '抚顺市人民政府关于2024年度法治政府建设工作情况的报告', addressee: '辽宁省人民政府', signers: '钱七,孙八' },
];

export function seedReport(info: SeedInfo): ReportDocument {
  const { doc } = importText(fs.readFileSync(path.join(SEEDS, `${info.file}.txt`)));
  const sets: [string, string][] = [
    ['header', info.header],
    ['docNumber', `${info.code}〔${doc.meta.year + 1}〕12号`],
    ['signers', info.signers],
    ['addressee', info.addressee],
    ['organ', info.organ],
    ['date', `${doc.meta.year + 1}年3月17日`],
    ['cc', '市委办公室，市人大常委会办公室，市政协办公室'],
    ['printedBy', `${info.organ}办公室`],
    ['printedDate', `${doc.meta.year + 1}年3月20日`],
  ];
  if (info.title || !doc.meta.title.startsWith(info.organ)) sets.push(['title', info.title || `${info.organ}${doc.meta.title}`]);
  return applyMetaFields(doc, sets);
}

const ORGAN = { fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政', addressee: '海东市人民政府' };

function section(level: 1 | 2 | 3 | 4, heading: string, children: Section['children'], runIn = false): Section {
  return { type: 'section', id: `s${Math.random().toString(36).slice(2)}`, level, heading, runIn, children };
}

/** A short report: header, title, three short paragraphs; its text, 署名 and 成文日期 fit on page 1. */
export function shortReport(): ReportDocument {
  const doc = newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN);
  const withBody: ReportDocument = {
    ...doc,
    lead: [paragraph('2024年，我县依法全面履行政府职能，法治政府建设取得新成效。')],
    body: [paragraph('特此报告。')],
  };
  return applyMetaFields(withBody, [
    ['docNumber', '互政〔2025〕3号'],
    ['signers', '张三'],
    ['organ', '互助县人民政府'],
    ['date', '2025年3月17日'],
    ['cc', '县委办公室'],
    ['printedBy', '互助县人民政府办公室'],
    ['printedDate', '2025年3月18日'],
  ]);
}

/** A report with a table in the body and two attachments (one with a table), unsealed, down-going, with 份号 and 紧急程度. */
export function tableReport(): ReportDocument {
  const doc = newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN);
  const rows = [
    ['项目', '2023年', '2024年', '变化'],
    ['行政复议案件（件）', '112', '131', '增加19件'],
    ['行政诉讼案件（件）', '58', '47', '减少11件'],
    ['行政机关负责人出庭应诉率', '96.5%', '100%', '提高3.5个百分点'],
    ['规范性文件合法性审查（件）', '36', '42', '全部审查后印发，未发现违法文件'],
  ];
  const table = { type: 'table' as const, headerRows: 1, rows: rows.map((r) => r.map((c) => ({ runs: [{ text: c }] }))) };
  const para = (n: number) =>
    paragraph(
      `第${n}项工作：坚持依法行政，严格规范公正文明执法，全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，行政执法质量和效能不断提升，群众满意度持续提高。`,
    );
  const withBody: ReportDocument = {
    ...doc,
    lead: [paragraph('2024年，我县法治政府建设各项工作取得新进展。主要数据如下表：')],
    body: [
      section(1, '主要数据', [table, para(1), para(2)]),
      section(1, '主要举措', [section(2, '完善依法行政制度体系', [para(3), para(4)], true), section(2, '推进严格规范公正文明执法', [para(5)], false)]),
      paragraph('特此报告。'),
    ],
    meta: {
      ...doc.meta,
      direction: 'down',
      copyNo: '000123',
      urgency: '特急',
      signature: { ...doc.meta.signature, sealed: false },
      note: '联系人：李明，电话：0972-8321234',
      attachments: [
        { title: '2024年度行政执法案件统计表', blocks: [table] },
        { title: '2025年度法治政府建设重点任务清单', blocks: [paragraph('一、深化行政执法体制改革。'), paragraph('二、加强行政复议规范化建设。')] },
      ],
    },
  };
  return applyMetaFields(withBody, [
    ['docNumber', '互政〔2025〕15号'],
    ['organ', '互助县人民政府'],
    ['date', '2025年3月17日'],
    ['cc', '县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院'],
    ['printedBy', '互助县人民政府办公室'],
    ['printedDate', '2025年3月18日'],
  ]);
}

/** A 2024 report with no title or lead whose body is one paragraph per text (proofreading cases). */
export function paragraphsReport(...texts: string[]): ReportDocument {
  const doc = newDocument(getTemplate('fazhi-annual')!, 2024, {
    fullName: '互助县人民政府',
    headerText: '互助县人民政府文件',
    code: '互政',
    addressee: '海东市人民政府：',
    signers: [],
    printedBy: '',
  });
  doc.meta.title = '';
  doc.lead = [];
  doc.body = texts.map((t) => paragraph(t));
  return doc;
}
