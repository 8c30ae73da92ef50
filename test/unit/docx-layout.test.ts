/**
 * The pure parts of the export: line breaking on the 22 × 28 grid, balanced titles, column widths,
 * the 版记's page, the file name, `--set` fields and the font check. What LibreOffice makes of the
 * file is test/integration/docx-render.test.ts.
 */
import { describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { breakLines } from '../../shared/layout/linebreak';
import { balanceTitle } from '../../shared/layout/title';
import { fitColumns } from '../../shared/layout/table';
import { organMarkSize } from '../../shared/layout/masthead';
import { layoutDocument, paraLines, type Layout, type PlanTable } from '../../shared/layout/index';
import type { PlanTableRules } from '../../shared/layout/types';
import { buildDocx, writeDocx } from '../../shared/docx/index';
import { exportFileName } from '../../shared/export/file-name';
import { applyMetaFields, parseAssignment } from '../../shared/header-fields/set';
import { DEFAULT_FONTS, checkFonts, resolveFonts } from '../../shared/fonts';
import { GRID, INDENT, PAGE } from '../../shared/gbt9704';
import { AppError } from '../../shared/errors';
import { paragraph, type ReportDocument } from '../../shared/model/document';
import { shortReport, tableReport } from '../helpers/reports';

const body = { size: 16, spacing: GRID.charSpacing };
const lines = (text: string, indent = 0) =>
  breakLines([{ text, style: body }], PAGE.textWidth - indent, PAGE.textWidth).map((b) => text.slice(b.start, b.end));
const han = (n: number) => '法治政府建设全面推进依法行政'.repeat(10).slice(0, n);

describe('line breaking on the grid', () => {
  test('28 characters a full line, 26 after a 2字 first-line indent', () => {
    expect(lines(han(60)).map((l) => l.length)).toEqual([28, 28, 4]);
    expect(lines(han(60), INDENT.firstLine).map((l) => l.length)).toEqual([26, 28, 6]);
  });

  test('closing punctuation hangs in the margin instead of starting a line', () => {
    expect(lines(`${han(28)}。后`)).toEqual([`${han(28)}。`, '后']);
    expect(lines(`${han(28)}，后`)[0]).toHaveLength(29);
  });

  test('in a table cell nothing hangs: the character before the mark goes down with it (as LibreOffice draws cells)', () => {
    const noHang = (text: string) => breakLines([{ text, style: body }], PAGE.textWidth, PAGE.textWidth, false).map((b) => text.slice(b.start, b.end));
    expect(noHang(`${han(28)}，后`)).toEqual([han(27), `${han(28).slice(27)}，后`]);
    expect(noHang(`${han(27)}，后`)).toEqual([`${han(27)}，`, '后']);
    // The 版记's 抄送 line of the table report: 29 characters fit beside its insets, the 30th is a comma.
    const cc = layoutDocument(tableReport(), 'official')
      .pages.flatMap((pg) => pg.items)
      .flatMap((it) => (it.kind === 'row' && it.table.role === 'colophon' ? it.table.rows[it.row]!.cells[0]!.paras : []))
      .find((p) => p.runs[0]!.text.startsWith('抄送：'))!;
    const text = cc.runs.map((r) => r.text).join('');
    expect(paraLines(cc).map((b) => text.slice(b.start, b.end))).toEqual(['抄送：县委各部门，县人大常委会办公室，县政协办公室，县法', '院，县检察院。']);
  });

  test('a closing quote or bracket pulls the previous character down; an opening one goes down with the next', () => {
    expect(lines(`${han(28)}”后`)).toEqual([han(27), `${han(28).slice(27)}”后`]);
    expect(lines(`${han(27)}“后来`)).toEqual([han(27), '“后来']);
    // 。 followed by ” cannot hang alone: both go down with the character before.
    expect(lines(`${han(28)}。”后`)[0]).toBe(han(27));
  });

  test('numbers are never split, and the gap between digits and Chinese costs width', () => {
    const l = lines(`${han(26)}2024年`);
    expect(l).toEqual([han(26), '2024年']);
    expect(lines(`${han(20)}2024年`)).toEqual([`${han(20)}2024年`]);
  });
});

describe('titles', () => {
  test('a title that fits stays on one line', () => {
    expect(balanceTitle('关于2024年度法治政府建设情况的报告', { size: 22, spacing: 0 }, PAGE.textWidth)).toHaveLength(1);
  });

  test('a long title breaks on whole words into lines of similar length', () => {
    const t = '互助县人民政府关于2024年度法治政府建设情况的报告';
    const out = balanceTitle(t, { size: 22, spacing: 0 }, PAGE.textWidth);
    expect(out.join('')).toBe(t);
    expect(out).toHaveLength(2);
    expect(out.some((l) => /\d$/.test(l))).toBe(false); // 2024 stays with 年
    expect(Math.abs(out[0]!.length - out[1]!.length)).toBeLessThanOrEqual(4);
    const long = '中共互助土族自治县委员会办公室互助土族自治县人民政府办公室关于进一步加强和改进新时代法治政府建设工作情况的报告';
    const three = balanceTitle(long, { size: 22, spacing: 0 }, PAGE.textWidth);
    expect(three.length).toBe(3);
    expect(three.join('')).toBe(long);
  });
});

describe('header and tables', () => {
  test('the 发文机关标志 is as large as fits one line, squeezed when very long', () => {
    const short = organMarkSize('互助县人民政府文件');
    expect(short.scale).toBe(100);
    expect(short.size * 20 * 9).toBeLessThanOrEqual(PAGE.textWidth);
    const long = organMarkSize('中共某某自治县委员会某某自治县人民政府某某自治县政协联合文件');
    expect(long.scale).toBeLessThan(100);
    expect(long.size * 20 * 30 * (long.scale / 100)).toBeLessThanOrEqual(PAGE.textWidth);
  });

  test('column widths fill the 版心 exactly and keep narrow columns narrow', () => {
    const w = fitColumns([1000, 600, 9000, 600], PAGE.textWidth);
    expect(w.reduce((a, b) => a + b, 0)).toBe(PAGE.textWidth);
    expect(w[1]).toBe(600);
    expect(w[2]!).toBeGreaterThan(5000);
  });
});

describe('the 版记 and page parity', () => {
  const GRID_BOTTOM = GRID.linesPerPage * GRID.line;
  test('the 版记 ends on the bottom grid line of an even last page, adding a blank unnumbered page when needed', () => {
    const seen = new Set<string>();
    const base = shortReport();
    for (let n = 0; n < 46; n++) {
      const doc: ReportDocument = { ...base, body: [...Array.from({ length: n }, (_, i) => paragraph(han(20 + (i % 7) * 9))), paragraph('特此报告。')] };
      const layout = layoutDocument(doc, 'official');
      const pages = layout.pages;
      expect(pages.length % 2).toBe(0);
      const last = pages[pages.length - 1]!;
      const rows = last.items.filter((it) => it.kind === 'row');
      expect(rows.length).toBe(2);
      const lastRow = rows[rows.length - 1]!;
      expect(lastRow.kind === 'row' && lastRow.y + lastRow.height).toBe(GRID_BOTTOM);
      const kind = layout.sections.length === 2 ? 'blank page' : last.items.some((it) => it.kind === 'line' && it.para.role !== 'pad' && it.para.role !== 'blank') ? 'shared' : 'own page';
      seen.add(kind);
      if (kind === 'blank page') {
        expect(pages[pages.length - 2]!.number).toBeNull();
        expect(last.number).toBeNull();
      } else expect(last.number).toBe(pages.length);
    }
    expect([...seen].sort()).toEqual(['blank page', 'own page', 'shared']);
  });

  test('the web version has no 版头 and no 版记', () => {
    const layout = layoutDocument(tableReport(), 'web');
    const roles = new Set(layout.pages.flatMap((p) => p.items.map((it) => (it.kind === 'line' ? it.para.role : it.table.role))));
    expect(roles.has('organMark')).toBe(false);
    expect(roles.has('colophon')).toBe(false);
    expect(layout.pages[0]!.items[0]!.kind === 'line' && layout.pages[0]!.items[0]!.para.role).toBe('title');
  });
});

describe('table rules are decided once, in the plan', () => {
  const tables = (layout: Layout) => layout.sections.flatMap((s) => s.blocks.filter((b): b is PlanTable => b.kind === 'table'));
  /** Each table's <w:tblBorders> as the plan's shape: width (eighths of a point), 0 for none. */
  const writtenRules = async (layout: Layout) => {
    const xml = await (await JSZip.loadAsync(await writeDocx(layout, resolveFonts()))).file('word/document.xml')!.async('string');
    return [...xml.matchAll(/<w:tblBorders>(.*?)<\/w:tblBorders>/g)].map(([, inner]) => {
      const side = (name: string) => {
        const m = new RegExp(`<w:${name} w:val="(\\w+)"[^>]*?w:sz="(\\d+)"`).exec(inner!);
        return m && m[1] !== 'none' ? Number(m[2]) : 0;
      };
      return { top: side('top'), bottom: side('bottom'), left: side('left'), right: side('right'), insideHorizontal: side('insideH'), insideVertical: side('insideV') };
    });
  };
  const sizes = ({ color: _color, ...rest }: PlanTableRules) => rest;

  test('a body table is ruled all round at 0.5 pt; the 版记 thick above and below, thin between, open at the sides', () => {
    const all = tables(layoutDocument(tableReport(), 'official'));
    const body = all.filter((t) => t.role === 'table');
    const colophon = all.filter((t) => t.role === 'colophon');
    expect(body.length).toBeGreaterThan(0);
    for (const t of body) expect(sizes(t.rules)).toEqual({ top: 4, bottom: 4, left: 4, right: 4, insideHorizontal: 4, insideVertical: 4 });
    expect(colophon.map((t) => sizes(t.rules))).toEqual([{ top: 8, bottom: 8, left: 0, right: 0, insideHorizontal: 6, insideVertical: 0 }]);
  });

  test('the .docx writes exactly the rules the plan holds, whatever they are', async () => {
    const layout = layoutDocument(tableReport(), 'official');
    expect(await writtenRules(layout)).toEqual(tables(layout).map((t) => sizes(t.rules)));
    // A plan with other rules is written with those: the writer decides none itself.
    const changed = tables(layout);
    changed.forEach((t, i) => (t.rules = { color: '000000', top: 12 + i, bottom: 0, left: 2, right: 0, insideHorizontal: 3 + i, insideVertical: 0 }));
    expect(await writtenRules(layout)).toEqual(changed.map((t) => sizes(t.rules)));
  });
});

describe('the .docx', () => {
  test('carries the page, grid, East Asian font slots, odd/even footers and no character grid', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(shortReport(), { fonts: { body: '仿宋' } }));
    const doc = await zip.file('word/document.xml')!.async('string');
    const settings = await zip.file('word/settings.xml')!.async('string');
    expect(doc).toContain('w:w="11906" w:h="16838"');
    expect(doc).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1588"/);
    expect(doc).toContain('w:linePitch="579"');
    expect(doc).not.toContain('linesAndChars');
    expect(doc).toContain('w:eastAsia="仿宋" w:hAnsi="Times New Roman" w:hint="eastAsia"');
    expect(doc).toContain('w:eastAsia="方正小标宋简体"');
    expect(doc).toContain('w:line="579" w:lineRule="exact"');
    expect(doc).toContain('<w:spacing w:val="-5"/>');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.keys(zip.files).filter((f) => /footer\d+\.xml$/.test(f));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    const footerXml = await Promise.all(footers.map((f) => zip.file(f)!.async('string')));
    expect(footerXml.some((x) => x.includes('PAGE') && x.includes('— '))).toBe(true);
  });

  test('the web version leaves out the 发文机关标志 and 版记; the draft is marked', async () => {
    const text = async (variant: 'web' | 'draft') => {
      const zip = await JSZip.loadAsync(await buildDocx(shortReport(), { variant }));
      return Promise.all(Object.keys(zip.files).filter((f) => f.endsWith('.xml')).map((f) => zip.file(f)!.async('string'))).then((x) => x.join(''));
    };
    const web = await text('web');
    expect(web).not.toContain('互助县人民政府文件');
    expect(web).not.toContain('印发');
    expect(web).toContain('法治政府建设情况的报告');
    expect(await text('draft')).toContain('草稿（未定稿）');
  });

  test('proposes "<title>.docx" safe for Windows', () => {
    const doc = shortReport();
    expect(exportFileName(doc)).toBe('互助县人民政府关于2024年度法治政府建设情况的报告.docx');
    expect(exportFileName(doc, 'web')).toBe('互助县人民政府关于2024年度法治政府建设情况的报告（网站公开版）.docx');
    const bad = { ...doc, meta: { ...doc.meta, title: 'a/b:c*d?"e"<f>|g. ' } };
    expect(exportFileName(bad)).toBe('a_b_c_d__e__f__g.docx');
    expect(exportFileName({ ...doc, meta: { ...doc.meta, title: '  ' } })).toBe('未命名公文.docx');
    expect(exportFileName({ ...doc, meta: { ...doc.meta, title: 'CON' } })).toBe('CON_.docx');
  });
});

describe('--set fields', () => {
  const doc = shortReport();
  test('fill header and colophon fields by name', () => {
    const out = applyMetaFields(
      doc,
      [
        'header=互助县人民政府文件',
        'docNumber=互政〔2025〕12号',
        'signers=张三,李四',
        'addressee=海东市人民政府',
        'organ=互助县人民政府',
        'date=2025年3月17日',
        'cc=县委办公室，县人大常委会办公室。',
        'printedBy=互助县人民政府办公室',
        'printedDate=2025年3月20日',
        'title=互助县人民政府关于2024年度法治政府建设情况的报告',
        'year=2024',
      ].map(parseAssignment),
    );
    expect(out.meta.organ.headerText).toBe('互助县人民政府文件');
    expect(out.meta.docNumber).toEqual({ code: '互政', year: 2025, seq: 12 });
    expect(out.meta.signers).toEqual(['张三', '李四']);
    expect(out.meta.signature).toMatchObject({ organ: '互助县人民政府', date: '2025年3月17日' });
    expect(out.meta.cc).toEqual(['县委办公室', '县人大常委会办公室']);
    expect(out.meta.printedDate).toBe('2025年3月20日');
    expect(out.meta.year).toBe(2024);
    expect(doc.meta.signers).toEqual(['张三']); // the input is left as it was
  });

  test.each([
    ['docNumber=互政[2025]12号', 'BAD_DOC_NUMBER', '六角括号'],
    ['docNumber=互政〔2025〕012号', 'BAD_DOC_NUMBER', '虚位'],
    ['docNumber=互政〔2025〕第12号', 'BAD_DOC_NUMBER', '第'],
    ['date=2025-03-17', 'BAD_INPUT', '成文日期'],
    ['printedDate=2025年03月20日', 'BAD_INPUT', '印发日期'],
    ['year=24', 'BAD_INPUT', '四位年份'],
    ['colour=红', 'BAD_INPUT', '未知字段'],
    ['docNumber', 'BAD_INPUT', '字段=取值'],
  ])('%s is refused with a Chinese message', (assignment, code, words) => {
    try {
      applyMetaFields(doc, [parseAssignment(assignment)]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe(code);
      expect((err as AppError).message).toContain(words);
    }
  });
});

describe('fonts', () => {
  test('settings merge over the defaults; the check names what is missing and what replaces it', () => {
    const fonts = resolveFonts({ body: '仿宋', heading2: ' ' });
    expect(fonts.body).toBe('仿宋');
    expect(fonts.heading2).toBe(DEFAULT_FONTS.heading2);
    const installed = new Set(['仿宋', 'KaiTi', 'SimHei', '宋体', 'Times New Roman']);
    const rows = checkFonts(resolveFonts(), (f) => installed.has(f));
    const byRole = Object.fromEntries(rows.map((r) => [r.role, r]));
    expect(byRole.body).toMatchObject({ wanted: '仿宋_GB2312', missing: true, used: '仿宋' });
    expect(byRole.heading2).toMatchObject({ wanted: '楷体_GB2312', missing: true, used: 'KaiTi' });
    expect(byRole.heading1).toMatchObject({ wanted: '黑体', missing: true, used: 'SimHei' });
    expect(byRole.latin).toMatchObject({ missing: false, used: 'Times New Roman' });
    expect(byRole.title).toMatchObject({ wanted: '方正小标宋简体', missing: true, used: '宋体' });
  });
});
