/**
 * .docx import: the seed reports converted by LibreOffice, Word files with automatic numbering
 * and heading styles built with the `docx` package, and every kind of bad file.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import fc from 'fast-check';
import { importDocx, MAX_DOCX_BYTES } from '../../shared/import/docx';
import { importFile } from '../../shared/import/index';
import { formatOutline } from '../../shared/import/outline';
import { AppError } from '../../shared/errors';
import { allSections } from '../../shared/headings/index';
import { runsText, type Paragraph as ModelParagraph } from '../../shared/model/document';
import { rm, SEEDS_DIR, tempDir } from '../helpers/paths';
import { sofficeConvert } from '../helpers/soffice';
import { deflated, stored, writeZip } from '../helpers/zip-writer';
import { encryptedOfficeFile } from '../helpers/cfb';
import { SEED_OUTLINES } from '../fixtures/seed-outlines';

let dir: string;
const seeds = Object.keys(SEED_OUTLINES);
const docxOf: Record<string, string> = {};
let docFile: string;
let odtFile: string;

beforeAll(() => {
  dir = tempDir('gongwen-import-');
  const inputs = seeds.map((s) => path.join(SEEDS_DIR, s));
  sofficeConvert(inputs, 'docx', dir).forEach((p, i) => (docxOf[seeds[i]!] = p));
  docFile = sofficeConvert([inputs[0]!], 'doc', dir)[0]!;
  odtFile = sofficeConvert([inputs[0]!], 'odt', dir)[0]!;
});
afterAll(() => rm(dir));

const bytes = (p: string) => new Uint8Array(fs.readFileSync(p));

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected the import to be refused');
}

describe('the seed reports as .docx made by LibreOffice', () => {
  for (const name of seeds) {
    test(`${name}.docx has the outline read off the file`, async () => {
      const { doc } = await importDocx(bytes(docxOf[name]!));
      expect(formatOutline(doc)).toBe(SEED_OUTLINES[name]);
    });
  }

  test('the .docx and the .txt give the same document text', async () => {
    const { importText } = await import('../../shared/import/text');
    for (const name of seeds) {
      const a = (await importDocx(bytes(docxOf[name]!))).doc;
      const b = importText(fs.readFileSync(path.join(SEEDS_DIR, name))).doc;
      const strip = (d: typeof a) =>
        JSON.stringify({ ...d, body: allSections(d.body).map((s) => [s.level, s.heading, s.slot, s.runIn]), lead: d.lead });
      expect(strip(a)).toBe(strip(b));
    }
  });
});

describe('the app’s own .docx export reads back', () => {
  test('each seed exported (GB/T 9704 layout, typed numbers) imports with the same headings and slots', async () => {
    const { importText } = await import('../../shared/import/text');
    const { buildDocx } = await import('../../shared/docx/index');
    for (const name of seeds) {
      const original = importText(fs.readFileSync(path.join(SEEDS_DIR, name))).doc;
      const back = (await importDocx(await buildDocx(original))).doc;
      const headings = (d: typeof original) => formatOutline(d).split('\n').slice(2).join('\n');
      expect(headings(back)).toBe(headings(original));
      expect(back.meta.signature).toEqual(original.meta.signature);
      expect(back.lead).toEqual(original.lead);
    }
  });
});

/** Word's automatic numbering as a Chinese report uses it: 一、 （一） 1. （1）. */
const REPORT_NUMBERING = {
  config: [
    {
      reference: 'report',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
        { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};
const num = (level: number) => ({ numbering: { reference: 'report', level } });

describe('Word features that text copies lose', () => {
  let file: Uint8Array;

  beforeAll(async () => {
    const doc = new Document({
      numbering: REPORT_NUMBERING,
      sections: [
        {
          children: [
            new Paragraph({ text: '某县人民政府关于2024年度法治政府建设情况的报告', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '县委、县人大常委会：' }),
            new Paragraph({ text: '2024年，我县坚持以习近平法治思想为指导。现将有关情况报告如下：' }),
            new Paragraph({ text: '主要举措和成效', ...num(0) }),
            new Paragraph({
              children: [
                new TextRun({ text: '坚持党的领导，推进法治建设第一责任人职责。', bold: true }),
                new TextRun('县委书记带头讲法治课2次。'),
              ],
              ...num(1),
            }),
            new Paragraph({ text: '深化行政执法改革', ...num(1) }),
            new Paragraph({ text: '建立执法事项清单', ...num(2) }),
            new Paragraph({ text: '细化事项。共梳理事项959项。', ...num(3) }),
            new Paragraph({ text: '压实责任。开展督察3次。', ...num(3) }),
            new Paragraph({ text: '规范执法程序', ...num(2) }),
            new Table({
              rows: [
                new TableRow({
                  tableHeader: true,
                  children: [new TableCell({ children: [new Paragraph('指标')] }), new TableCell({ children: [new Paragraph('2024年')] })],
                }),
                new TableRow({
                  children: [new TableCell({ children: [new Paragraph('复议案件')] }), new TableCell({ children: [new Paragraph('28')] })],
                }),
              ],
            }),
            new Paragraph({ children: [new TextRun({ text: '加强执法队伍建设', bold: true })] }),
            new Paragraph({ text: '全年培训执法人员927人次。' }),
            new Paragraph({ text: '存在的不足和原因', ...num(0) }),
            new Paragraph({ text: '基层法治力量仍然薄弱。' }),
            new Paragraph({ text: '2025年工作打算', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '一是提升领导干部法治素养。二是推进基层法治建设。' }),
            new Paragraph({ text: '其他需要报告的情况', ...num(0) }),
            new Paragraph({ text: '无。' }),
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun('某县人民政府'), new TextRun({ text: '2025年3月17日', break: 1 })],
            }),
          ],
        },
      ],
    });
    file = new Uint8Array(await Packer.toBuffer(doc));
    // The numbers are not in the text: they come from numbering.xml.
    const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:numPr>');
    expect(xml).not.toContain('（一）');
  });

  test('automatic numbering, heading styles and short bold lines become the outline', async () => {
    const { doc } = await importDocx(file);
    expect(formatOutline(doc)).toBe(
      [
        '# title: 某县人民政府关于2024年度法治政府建设情况的报告',
        '# signed: 某县人民政府 2025年3月17日',
        '1\tmeasures\t主要举措和成效',
        '2\tleaders\t坚持党的领导，推进法治建设第一责任人职责',
        '2\t-\t深化行政执法改革',
        '3\t-\t建立执法事项清单',
        '4\t-\t细化事项',
        '4\t-\t压实责任',
        '3\t-\t规范执法程序',
        '2\t-\t加强执法队伍建设',
        '1\tshortcomings\t存在的不足和原因',
        '1\tplans\t2025年工作打算',
        '1\tother\t其他需要报告的情况',
        '',
      ].join('\n'),
    );
  });

  test('run-in text, bold, tables, 主送, lead and organ come through', async () => {
    const { doc, warnings } = await importDocx(file);
    expect(doc.meta.addressee).toBe('县委、县人大常委会：');
    expect(doc.meta.organ.fullName).toBe('某县人民政府');
    expect(doc.meta.year).toBe(2024);
    expect(doc.lead.map((p) => runsText(p.runs))).toEqual(['2024年，我县坚持以习近平法治思想为指导。现将有关情况报告如下：']);
    const sections = allSections(doc.body);
    const leaders = sections.find((s) => s.slot === 'leaders')!;
    expect(leaders.runIn).toBe(true);
    expect((leaders.children[0] as ModelParagraph).runs).toEqual([{ text: '县委书记带头讲法治课2次。' }]);
    const table = sections.find((s) => s.heading === '规范执法程序')!.children.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.map((c) => runsText(c.runs)))).toEqual([
      ['指标', '2024年'],
      ['复议案件', '28'],
    ]);
    // The unnumbered heading-styled 2025年工作打算 sits between numbered 二、 and 三、.
    expect(warnings).toContain('标题“三、其他需要报告的情况”原文编号为“三、”，按位置应为“四、”，已按位置重新编号。');
  });

  test('numbering restarts: （一） again under the next 一、, 1. again under the next （一）', async () => {
    const d = new Document({
      numbering: REPORT_NUMBERING,
      sections: [
        {
          children: [
            ['工作情况', 0],
            ['甲', 1],
            ['子一', 2],
            ['子二', 2],
            ['乙', 1],
            ['子三', 2],
            ['存在问题', 0],
            ['丙', 1],
          ].map(([t, l]) => new Paragraph({ text: t as string, ...num(l as number) })),
        },
      ],
    });
    const { doc, warnings } = await importDocx(new Uint8Array(await Packer.toBuffer(d)));
    expect(formatOutline(doc).split('\n').slice(2).join('|')).toBe(
      '1\tmeasures\t工作情况|2\t-\t甲|3\t-\t子一|3\t-\t子二|2\t-\t乙|3\t-\t子三|1\tshortcomings\t存在问题|2\t-\t丙|',
    );
    expect(warnings.filter((w) => w.includes('重新编号'))).toEqual([]);
  });
});

describe('bad files get a clear Chinese message and no crash', () => {
  const saveAs = /请在 Word\/WPS 中.*另存为 \.docx 后再导入/;

  test('a .doc renamed to .docx, and the same bytes as .wps', async () => {
    for (const name of ['report.docx', 'report.wps']) {
      const e = await refusal(importFile(bytes(docFile), name));
      expect(e.code).toBe('BAD_FILE');
      expect(e.message).toMatch(/旧版 Word（\.doc）或 WPS（\.wps）/);
      expect(e.message).toMatch(saveAs);
    }
  });

  test('a password-protected .docx (OLE container with EncryptedPackage)', async () => {
    const e = await refusal(importFile(new Uint8Array(encryptedOfficeFile()), '加密.docx'));
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toContain('设有打开密码');
  });

  test('an .odt, an .xlsx-like zip, a PDF, a PNG and an empty file', async () => {
    expect((await refusal(importFile(bytes(odtFile), 'x.docx'))).message).toContain('OpenDocument');
    const xlsx = writeZip([stored('[Content_Types].xml', '<Types/>'), stored('xl/workbook.xml', '<workbook/>')]);
    expect((await refusal(importFile(new Uint8Array(xlsx), 'x.docx'))).message).toContain('Excel');
    expect((await refusal(importFile(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'x.docx'))).message).toContain('PDF');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect((await refusal(importFile(png, 'x.docx'))).message).toMatch(saveAs);
    expect((await refusal(importFile(new Uint8Array(), 'x.docx'))).message).toContain('空的');
  });

  test('a truncated .docx and one whose compressed text is garbage', async () => {
    const good = bytes(docxOf['fushun-2024.txt']!);
    const cut = await refusal(importDocx(good.subarray(0, Math.floor(good.length / 2))));
    expect(cut.code).toBe('BAD_FILE');
    expect(cut.message).toContain('已损坏');
    const garbage = writeZip([
      stored('[Content_Types].xml', '<Types/>'),
      { name: 'word/document.xml', data: new Uint8Array(4000).fill(0xff), method: 8, size: 100_000, crc: 0 },
    ]);
    const bad = await refusal(importDocx(new Uint8Array(garbage)));
    expect(bad.code).toBe('BAD_FILE');
  });

  test('broken XML inside an otherwise fine zip', async () => {
    const zip = writeZip([
      stored('[Content_Types].xml', '<Types/>'),
      stored('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>一、工作'),
    ]);
    const e = await refusal(importDocx(new Uint8Array(zip)));
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toContain('XML');
  });

  test('a zip bomb is refused from its directory, before anything is inflated', async () => {
    const tenMb = deflated('part', new Uint8Array(10 * 1024 * 1024));
    const entries = [
      stored('[Content_Types].xml', '<Types/>'),
      ...Array.from({ length: 40 }, (_, i) => ({ ...tenMb, name: `word/media/pad${i}.bin` })),
    ];
    const bomb = new Uint8Array(writeZip(entries));
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const e = await refusal(importDocx(bomb));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toContain('解压后的内容异常巨大');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  test('a zip whose directory lies about the size is stopped while inflating', async () => {
    const huge = deflated('word/document.xml', new Uint8Array(100 * 1024 * 1024).fill(0x20));
    const liar = writeZip([stored('[Content_Types].xml', '<Types/>'), { ...huge, size: 1000 }]);
    const e = await refusal(importDocx(new Uint8Array(liar)));
    expect(e.code).toBe('TOO_LARGE');
  });

  test('damaged bytes anywhere in a real .docx: a document or a refusal in Chinese, never a crash', async () => {
    const good = bytes(docxOf['furong-2019.txt']!);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }),
        async (flips) => {
          const damaged = good.slice();
          for (const [at, value] of flips) damaged[at] = value;
          try {
            await importDocx(damaged);
          } catch (e) {
            expect(e).toBeInstanceOf(AppError);
            expect((e as AppError).message).toMatch(/[\u4e00-\u9fff]/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a file over 50 MB is refused before it is opened', async () => {
    const big = new Uint8Array(MAX_DOCX_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const e = await refusal(importFile(big, 'big.docx'));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toContain('50 MB');
  });
});
