/**
 * Document size limits: one set of numbers (shared/model/limits.ts) that the schema enforces, and
 * the clerk's words for a document that breaks one (shared/model/describe-issue.ts), as the
 * autosave and the contract's gate say them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportDocument, SavableDocument, paragraph, type Block, type Section } from '../../shared/model/document';
import { LIMITS, documentTextSize, formatCount } from '../../shared/model/limits';
import { describeIssue, issueSentence } from '../../shared/model/describe-issue';
import { validateCall } from '../../shared/contract/validate';
import type { AppError } from '../../shared/errors';
import { getTemplate, newDocument } from '../../shared/templates';
import { structurePasted, textToLines } from '../../shared/paste-structure';
import { generateSchemas, SCHEMA_DIR } from '../../shared/schema/generate';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A new 法治政府建设年度报告: lead, then 一、 to 五、 (the template's parts). */
function report(): ReportDocument {
  return newDocument(getTemplate('fazhi-annual')!, 2024, { fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政' });
}

function part(doc: ReportDocument, n: number): Section {
  return doc.body[n - 1] as Section;
}

/** The first issue of parsing `doc` as a savable document, in words. */
function words(doc: unknown) {
  const result = SavableDocument.safeParse(doc);
  expect(result.success).toBe(false);
  return describeIssue(result.error!.issues[0]!, doc);
}

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('did not throw');
}

describe('the limits are the schema’s', () => {
  it('a heading of exactly the limit is valid, one character more is not', () => {
    const doc = report();
    part(doc, 3).heading = '法'.repeat(LIMITS.headingChars);
    expect(ReportDocument.safeParse(doc).success).toBe(true);
    part(doc, 3).heading += '治';
    expect(ReportDocument.safeParse(doc).success).toBe(false);
  });

  it('a run (paragraph text) of exactly the limit is valid, one more is not', () => {
    const doc = report();
    part(doc, 1).children = [paragraph('字'.repeat(LIMITS.runChars))];
    expect(SavableDocument.safeParse(doc).success).toBe(true);
    part(doc, 1).children = [paragraph('字'.repeat(LIMITS.runChars + 1))];
    expect(SavableDocument.safeParse(doc).success).toBe(false);
  });

  it('counts lead, headings, paragraphs, table cells and attachments toward the draft', () => {
    const doc = report();
    doc.lead = [paragraph('现将有关情况报告如下：')];
    doc.body = [{ ...part(doc, 1), heading: '主要举措', children: [paragraph('一是'), paragraph('')] }, paragraph('特此报告。')];
    expect(documentTextSize(doc)).toBe(11 + 4 + 2 + 5);
    part(doc, 1).children.push({
      type: 'table',
      headerRows: 1,
      rows: [[{ runs: [{ text: '项目' }] }, { runs: [{ text: '12件', bold: true }] }]],
    });
    doc.meta.attachments = [{ title: '附件标题不计入', blocks: [paragraph('附件正文')] }];
    expect(documentTextSize(doc)).toBe(22 + 2 + 3 + 4);
  });

  it('a draft of exactly the limit saves; one more character is refused, but still reads', () => {
    const doc = report();
    const room = LIMITS.draftChars - documentTextSize(doc);
    // Spread over paragraphs of a few thousand characters, as real text is.
    const chunk = 5_000;
    const paras: Block[] = [];
    for (let left = room; left > 0; left -= chunk) paras.push(paragraph('依'.repeat(Math.min(chunk, left))));
    part(doc, 1).children = paras;
    expect(documentTextSize(doc)).toBe(LIMITS.draftChars);
    expect(SavableDocument.safeParse(doc).success).toBe(true);
    part(doc, 5).children = [paragraph('法')];
    expect(SavableDocument.safeParse(doc).success).toBe(false);
    // A stored draft over the limit (made before the limit existed) still opens.
    expect(ReportDocument.safeParse(doc).success).toBe(true);
    const w = words(doc);
    expect(w).toEqual({ where: '全文', text: `全文过长（500,001 字，上限 500,000 字）`, action: '请删减', limit: true });
  });

  it('the committed JSON Schema files are what the schema generates', () => {
    for (const [name, text] of Object.entries(generateSchemas())) {
      expect(fs.readFileSync(path.join(ROOT, SCHEMA_DIR, name), 'utf8'), name).toBe(text);
    }
    const json = JSON.parse(generateSchemas()['report-document.schema.json']!);
    expect(JSON.stringify(json)).toContain(`"maxLength":${LIMITS.headingChars}`);
    expect(JSON.stringify(json)).toContain(`"maxLength":${LIMITS.runChars}`);
  });
});

describe('describeIssue: where and by how much, in the clerk’s words', () => {
  it('a part’s heading, by the number it shows (the brief’s own sentence)', () => {
    const doc = report();
    part(doc, 3).heading = '领'.repeat(2_315);
    const w = words(doc);
    expect(w.text).toBe('第三部分标题过长（2,315 字，上限 2,000 字）');
    expect(issueSentence(w, '后自动保存将继续')).toBe('第三部分标题过长（2,315 字，上限 2,000 字），请缩短后自动保存将继续。');
  });

  it('a paragraph inside a sub-section, counted among its paragraphs', () => {
    const doc = report();
    const sub: Section = {
      type: 'section',
      id: 'sub-1',
      level: 2,
      heading: '推进严格规范公正文明执法',
      runIn: false,
      children: [
        paragraph('第一段。'),
        { type: 'table', headerRows: 0, rows: [[{ runs: [] }]] },
        paragraph('执'.repeat(LIMITS.runChars + 5)),
      ],
    };
    part(doc, 2).children = [{ ...sub, id: 'sub-0', heading: '前一小节', children: [] }, sub];
    expect(words(doc).text).toBe('第二部分（二）第2段过长（200,005 字，上限 200,000 字）');
  });

  it('a table cell, by table, row and column', () => {
    const doc = report();
    part(doc, 1).children = [
      paragraph('表前一段'),
      {
        type: 'table',
        headerRows: 1,
        rows: [
          [{ runs: [{ text: 'a' }] }],
          [{ runs: [{ text: 'b' }] }],
          [{ runs: [] }, { runs: [{ text: '格'.repeat(LIMITS.runChars + 1) }] }],
        ],
      },
    ];
    expect(words(doc).text).toBe('第一部分第1个表格第3行第2格过长（200,001 字，上限 200,000 字）');
  });

  it('lead paragraphs and header fields', () => {
    const doc = report();
    doc.lead = [paragraph('开头'), paragraph('头'.repeat(LIMITS.runChars + 1))];
    expect(words(doc).text).toBe('开头第2段过长（200,001 字，上限 200,000 字）');
    const titled = report();
    titled.meta.title = '题'.repeat(501);
    expect(words(titled).text).toBe('标题过长（501 字，上限 500 字）');
    titled.meta.title = '';
    titled.meta.signature.organ = '署'.repeat(201);
    expect(words(titled).text).toBe('署名过长（201 字，上限 200 字）');
  });

  it('too many blocks in a list: how many and the limit', () => {
    const doc = report();
    part(doc, 4).children = Array.from({ length: LIMITS.listBlocks + 1 }, () => paragraph('一'));
    const w = words(doc);
    expect(w.text).toBe('第四部分的段落、表格和小节过多（10,001 个，上限 10,000 个）');
    expect(w.action).toBe('请删减');
  });

  it('a bare list of blocks (a paste) is named as the caller says', () => {
    const blocks: Block[] = [paragraph('一'), paragraph('段'.repeat(LIMITS.runChars + 1))];
    const result = ReportDocument.shape.body.safeParse(blocks);
    expect(result.success).toBe(false);
    expect(describeIssue(result.error!.issues[0]!, blocks, '粘贴的内容').text).toBe('粘贴的内容第2段过长（200,001 字，上限 200,000 字）');
  });

  it('formats figures with thousands separators, whatever the locale', () => {
    expect([0, 999, 1_000, 2_315, 500_000, 1_000_000].map(formatCount)).toEqual(['0', '999', '1,000', '2,315', '500,000', '1,000,000']);
  });
});

describe('the contract’s gate says the same', () => {
  it('drafts.save with a too-long heading: BAD_INPUT in the clerk’s words', () => {
    const doc = report();
    part(doc, 3).heading = '领'.repeat(2_315);
    const e = thrown(() => validateCall('drafts.save', { id: 'd1', baseRevision: 1, doc }));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toBe('提交的内容超出上限：第三部分标题过长（2,315 字，上限 2,000 字），请缩短。');
  });

  it('drafts.save over the per-draft limit: BAD_INPUT naming the whole text', () => {
    const doc = report();
    part(doc, 1).children = Array.from({ length: 101 }, () => paragraph('依'.repeat(5_000)));
    const size = documentTextSize(doc);
    const e = thrown(() => validateCall('drafts.save', { id: 'd1', baseRevision: 1, doc }));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toBe(`提交的内容超出上限：全文过长（${formatCount(size)} 字，上限 500,000 字），请删减。`);
  });

  it('a malformed call still says where, as before', () => {
    const e = thrown(() => validateCall('drafts.get', { id: '../../etc/passwd' }));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toBe('提交的内容格式不正确（位置：id）。');
    const doc = report() as unknown as { body: { heading: unknown }[] };
    doc.body[1]!.heading = 42;
    expect(thrown(() => validateCall('drafts.save', { id: 'd1', baseRevision: 1, doc })).message).toBe(
      '提交的内容格式不正确（位置：第二部分标题）。',
    );
  });

  it('profiles.save: the font settings are bounded like every other input', () => {
    const profile = { label: '县政府', fullName: '', headerText: '', code: '', addressee: '', signers: [], printedBy: '' };
    expect(validateCall('profiles.save', { ...profile, fonts: { body: '仿宋', title: '方正小标宋简体' } }).name).toBe('profiles.save');
    const fonts = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`role${i}`, '仿宋']));
    expect(thrown(() => validateCall('profiles.save', { ...profile, fonts })).code).toBe('BAD_INPUT');
  });
});

describe('pasted structure keeps headings within the limit', () => {
  it('a numbered line too long for a heading stays a paragraph, number and all', () => {
    const long = '二、' + '长'.repeat(LIMITS.headingChars + 10);
    const { blocks, headings } = structurePasted(textToLines(['一、短标题', long].join('\n')), { minLevel: 1 });
    expect(headings).toBe(1);
    const first = blocks[0] as Section;
    expect(first.heading).toBe('短标题');
    expect(first.children).toEqual([{ type: 'paragraph', runs: [{ text: long }] }]);
  });

  it('a numbered line exactly at the limit is still a heading', () => {
    const { blocks } = structurePasted(textToLines('二、' + '长'.repeat(LIMITS.headingChars)), { minLevel: 1 });
    expect((blocks[0] as Section).heading.length).toBe(LIMITS.headingChars);
  });
});
