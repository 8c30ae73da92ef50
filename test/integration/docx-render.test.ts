/**
 * The exported .docx, rendered by LibreOffice and read back from the PDF (text boxes and pixels):
 * the page, the grid, the 版头, the title, page numbers and the 版记 where GB/T 9704 puts them.
 * One soffice run converts every file. Page PNGs are left in OUT for looking at.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, DRAFT_MARK } from '../../shared/docx/index';
import { cellColumns, layoutDocument, paraLines, spanWidth, type Layout, type PlanPara } from '../../shared/layout/index';
import type { ExportVariant as Variant } from '../../shared/export/variant';
import { GRID, PAGE } from '../../shared/gbt9704';
import type { ReportDocument } from '../../shared/model/document';
import { NO_LINE_END, NO_LINE_START } from '../../shared/layout/metrics';
import { SEED_INFO, seedReport, shortReport, tableReport } from '../helpers/reports';
import { STYLE_PROPERTIES } from '../../shared/docx/word-compat';
import { onOff, readWordModel } from '../helpers/word-model';
import {
  horizontalRuns,
  isDark,
  isRed,
  pagePngs,
  pixelBox,
  rasterPage,
  readBoxes,
  renderPdf,
  textLines,
  type PdfPage,
  type Raster,
  type TextLine,
} from '../helpers/render';

const OUT = path.join(os.tmpdir(), 'gongwen-docx-render');
const pt = (twips: number) => twips / 20;
const MM = 72 / 25.4;

/** The 版心 in points from the paper's top-left corner. */
const BLOCK = {
  left: pt(PAGE.marginLeft),
  right: pt(PAGE.marginLeft + PAGE.textWidth),
  top: pt(PAGE.marginTop),
  bottom: pt(PAGE.marginTop + PAGE.textHeight),
  center: pt(PAGE.marginLeft + PAGE.textWidth / 2),
};
/** 1字 of 三号 and of 四号, points. */
const CHAR_SAN = 16;
const CHAR_SI = 14;

interface Case {
  name: string;
  /** The exported file's bytes (kept in memory: OUT is shared by every checkout on this machine). */
  bytes: Uint8Array;
  doc: ReportDocument;
  variant: Variant;
  layout: Layout;
  pdf: string;
  pages: PdfPage[];
}
const cases: Case[] = [];
const byName = (n: string) => cases.find((c) => c.name === n)!;

const inputs: { name: string; doc: () => ReportDocument; variant: Variant }[] = [
  ...SEED_INFO.map((info) => ({ name: info.file, doc: () => seedReport(info), variant: 'official' as const })),
  { name: 'short', doc: shortReport, variant: 'official' },
  { name: 'short-web', doc: shortReport, variant: 'web' },
  { name: 'table', doc: tableReport, variant: 'official' },
  { name: 'fushun-draft', doc: () => seedReport(SEED_INFO[2]!), variant: 'draft' },
];

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  for (const input of inputs) {
    const doc = input.doc();
    const file = path.join(OUT, `${input.name}.docx`);
    const bytes = await buildDocx(doc, { variant: input.variant });
    fs.writeFileSync(file, bytes);
    files.push(file);
    cases.push({ name: input.name, bytes, doc, variant: input.variant, layout: layoutDocument(doc, input.variant), pdf: '', pages: [] });
  }
  const pdfs = renderPdf(files, OUT);
  cases.forEach((c, i) => {
    c.pdf = pdfs[i]!;
    c.pages = readBoxes(c.pdf);
    pagePngs(c.pdf, path.join(OUT, c.name), [...new Set([1, c.pages.length])]);
  });
}, 240_000);

/** Text lines inside the 版心 (no footer, no draft header). */
function bodyLines(page: PdfPage): TextLine[] {
  return textLines(page).filter((l) => l.y0 >= BLOCK.top - 2 && l.y1 <= BLOCK.bottom + 2);
}
function footerLines(page: PdfPage): TextLine[] {
  return textLines(page).filter((l) => l.y0 > BLOCK.bottom);
}
/** Rows of `img` between y0 and y1 (points) as a smaller raster. */
function band(img: Raster, y0: number, y1: number): Raster {
  const a = Math.max(0, Math.floor(y0 * img.scale));
  const b = Math.min(img.height, Math.ceil(y1 * img.scale));
  return { ...img, height: b - a, data: img.data.subarray(a * img.width * 3, b * img.width * 3), offsetY: a / img.scale } as Raster;
}
const bandOffset = (r: Raster) => (r as Raster & { offsetY: number }).offsetY;
/** Group consecutive pixel rows into rules: [{top, bottom, x0, x1}] in points. */
function rules(runs: { y: number; x0: number; x1: number }[], scale: number) {
  const out: { top: number; bottom: number; x0: number; x1: number }[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r.y - last.bottom <= 1.01 / scale) {
      last.bottom = r.y + 1 / scale;
      last.x0 = Math.min(last.x0, r.x0);
      last.x1 = Math.max(last.x1, r.x1);
    } else out.push({ top: r.y, bottom: r.y + 1 / scale, x0: r.x0, x1: r.x1 });
  }
  return out;
}
/** A paragraph's lines as the model breaks them in a column `width` wide (twips; the 版心 by default). */
function modelLines(p: PlanPara, width?: number): string[] {
  const text = p.runs.map((r) => r.text).join('');
  return paraLines(p, width).map((b) => normalize(text.slice(b.start, b.end)));
}
const CJK_ONLY = /^[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e“”‘’—…·]+$/;
const normalize = (s: string) => s.replace(/\s+/g, '');
const between = (v: number, lo: number, hi: number) => v >= lo && v <= hi;
/** LibreOffice's lines (read from the PDF) are the model's, one for one. */
function sameLines(lo: string[], model: string[], where: string): void {
  expect(lo.length, `${where}: LO ${JSON.stringify(lo)} vs model ${JSON.stringify(model)}`).toBe(model.length);
  lo.forEach((text, k) => {
    // LibreOffice sometimes does not draw a hanging 、 at the end of a justified line.
    const same = text === model[k] || (model[k]!.startsWith(text) && /^[，。、；：？！,.]$/.test(model[k]!.slice(text.length)));
    expect(same, `${where} line ${k + 1}: LO “${text}” vs model “${model[k]}”; next: LO “${lo[k + 1]}”, model “${model[k + 1]}”`).toBe(true);
  });
}

describe('GB/T 9704 export rendered by LibreOffice', () => {
  it('LibreOffice makes as many pages as the layout model (the preview) for every report', () => {
    for (const c of cases) expect(c.pages.length, c.name).toBe(c.layout.pages.length);
    expect(byName('huzhu-2024').pages.length).toBeGreaterThan(5);
  });

  it('renders files that carry the Word/WPS layout settings (so they change nothing in LibreOffice)', async () => {
    // The line-for-line check below is only evidence for the settings if the rendered files hold them.
    for (const c of cases) {
      const m = await readWordModel(c.bytes);
      for (const p of m.paragraphs)
        for (const prop of STYLE_PROPERTIES.filter((x) => x.part === 'pPr')) expect(onOff(p.props, prop.element) ?? prop.absentMeans, `${c.name} ${prop.element}`).toBe(prop.value);
    }
  });

  it('puts the same lines on the same pages as the layout model, in the text and in every table cell', () => {
    let cellsCompared = 0;
    for (const c of cases) {
      c.layout.pages.forEach((mp, i) => {
        const where = `${c.name} page ${i + 1}`;
        // A row of a table of several columns: each cell's lines, read from the words inside it.
        const inRows: { top: number; bottom: number }[] = [];
        const model: string[] = [];
        for (const it of mp.items) {
          if (it.kind === 'line') model.push(normalize(it.para.runs.map((r) => r.text).join('').slice(it.box.start, it.box.end)));
          // Single-column tables (the 版记): the lines of their cells, in the text's flow.
          else if (it.table.columns.length === 1) model.push(...it.table.rows[it.row]!.cells[0]!.paras.flatMap((p) => modelLines(p)));
          else {
            const top = BLOCK.top + pt(it.y);
            const bottom = top + pt(it.height);
            inRows.push({ top, bottom });
            const row = it.table.rows[it.row]!;
            for (const [k, cell] of row.cells.entries()) {
              const col = cellColumns(row)[k]!;
              const x0 = BLOCK.left + pt(it.table.columns.slice(0, col).reduce((a, b) => a + b, 0));
              const x1 = x0 + pt(it.table.columns.slice(col, col + (cell.colSpan ?? 1)).reduce((a, b) => a + b, 0));
              if (cell.vMerge === 'continue') continue;
              const words = c.pages[i]!.words.filter((w) => between((w.y0 + w.y1) / 2, top, bottom) && between((w.x0 + w.x1) / 2, x0, x1));
              const lo = textLines({ ...c.pages[i]!, words }).map((l) => normalize(l.text));
              const want = cell.paras.flatMap((p) => modelLines(p, spanWidth(it.table, row, k))).filter(Boolean);
              sameLines(lo, want, `${where} table row ${it.row + 1} cell ${k + 1}`);
              cellsCompared++;
            }
          }
        }
        const flow = bodyLines({ ...c.pages[i]!, words: c.pages[i]!.words.filter((w) => !inRows.some((r) => between((w.y0 + w.y1) / 2, r.top, r.bottom))) });
        sameLines(
          flow.map((l) => normalize(l.text)),
          model.filter(Boolean),
          where,
        );
      });
    }
    // The table report: its body table and its attachment's, 5 rows of 4 cells each (and any repeated header).
    expect(cellsCompared).toBeGreaterThanOrEqual(2 * 5 * 4);
  });

  it('fills full pages with 22 lines on the 28.95 pt pitch and keeps the margins', () => {
    for (const c of cases.filter((x) => x.name.endsWith('2024') || x.name.endsWith('2019'))) {
      let fullPages = 0;
      c.pages.forEach((page, i) => {
        const lines = bodyLines(page);
        if (!lines.length) return;
        // Margins: text starts at the 版心's left edge and stays inside it (punctuation may hang).
        expect(Math.min(...lines.map((l) => l.x0)), `${c.name} p${i + 1} left`).toBeGreaterThanOrEqual(BLOCK.left - 0.5);
        for (const l of lines) expect(l.x1, `${c.name} p${i + 1} right`).toBeLessThanOrEqual(BLOCK.right + CHAR_SAN + 0.5);
        expect(Math.max(...lines.map((l) => l.y1)), `${c.name} p${i + 1} bottom`).toBeLessThanOrEqual(BLOCK.bottom);
        if (i === 0 || lines.length < GRID.linesPerPage) return;
        fullPages++;
        expect(lines.length).toBe(22);
        expect(Math.abs(lines[0]!.x0 - BLOCK.left) < 0.6 || lines.some((l) => Math.abs(l.x0 - BLOCK.left) < 0.6)).toBe(true);
        // The first line's box starts in the first grid row; the rows are 579 twips apart.
        expect(lines[0]!.y0 - BLOCK.top).toBeGreaterThanOrEqual(0);
        expect(lines[0]!.y0 - BLOCK.top).toBeLessThan(pt(GRID.line));
        const pitches = lines.slice(1).map((l, k) => l.y0 - lines[k]!.y0);
        for (const p of pitches) expect(p).toBeCloseTo(pt(GRID.line), 0);
      });
      expect(fullPages, `${c.name} has full pages`).toBeGreaterThanOrEqual(2);
    }
  });

  it('sets 28 characters on a full line of body text', () => {
    let checked = 0;
    for (const c of cases.filter((x) => x.variant === 'official' && x.name !== 'short')) {
      for (const page of c.pages.slice(1)) {
        const lines = bodyLines(page);
        for (const [k, l] of lines.entries()) {
          const t = normalize(l.text);
          const next = lines[k + 1] ? normalize(lines[k + 1]!.text) : '';
          // A full line of Chinese text from the left edge to the right edge, not ending in
          // hanging punctuation: exactly the grid's 28 characters.
          // (One word: no spaces in the source and no justification gaps.)
          if (!CJK_ONLY.test(t) || l.words.length !== 1 || Math.abs(l.x0 - BLOCK.left) > 0.6 || l.x1 < BLOCK.right - 2) continue;
          if (/[，。、；：？！]$/.test(t)) {
            expect([...t].length, t).toBeLessThanOrEqual(29);
            continue;
          }
          // One fewer when a character that may not begin a line pulled the last one down, or an
          // opening bracket moved down with its word.
          const moved = NO_LINE_START.has(next[0] ?? '') || NO_LINE_END.has(next[0] ?? '') || NO_LINE_START.has(next[1] ?? '');
          if ([...t].length === GRID.charsPerLine - 1 && moved) continue;
          expect([...t].length, `${c.name}: ${t}`).toBe(GRID.charsPerLine);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('draws the red 发文机关标志 35 mm below the top of the 版心, centred, on one line', () => {
    for (const c of cases.filter((x) => x.variant !== 'web')) {
      const img = rasterPage(c.pdf, 1, 144);
      const redRules = rules(horizontalRuns(img, isRed, 0.9 * pt(PAGE.textWidth)), img.scale);
      expect(redRules.length, c.name).toBe(1);
      const mark = pixelBox(band(img, 0, redRules[0]!.top - 30), isRed)!;
      expect(mark, c.name).not.toBeNull();
      // Ink top 72 mm from the paper edge (37 + 35), ±1 mm.
      expect(Math.abs(mark.y0 - 72 * MM), `${c.name} mark top at ${(mark.y0 / MM).toFixed(1)} mm`).toBeLessThan(1 * MM);
      expect(Math.abs((mark.x0 + mark.x1) / 2 - BLOCK.center), `${c.name} mark centred`).toBeLessThan(2);
      expect(mark.x1 - mark.x0).toBeLessThanOrEqual(pt(PAGE.textWidth));
      expect(mark.x1 - mark.x0, 'large: at least 3/4 of the 版心 width').toBeGreaterThan(0.75 * pt(PAGE.textWidth));
      expect(mark.y1 - mark.y0, 'one line').toBeLessThan(60);
    }
  });

  it('draws the red rule 4 mm under the 发文字号, as wide as the 版心', () => {
    for (const c of cases.filter((x) => x.variant !== 'web')) {
      const img = rasterPage(c.pdf, 1, 144);
      const rule = rules(horizontalRuns(img, isRed, 0.9 * pt(PAGE.textWidth)), img.scale)[0]!;
      expect(Math.abs(rule.x0 - BLOCK.left), c.name).toBeLessThan(1);
      expect(Math.abs(rule.x1 - BLOCK.right), c.name).toBeLessThan(1);
      expect(rule.bottom - rule.top, 'about 1–1.5 pt thick').toBeGreaterThanOrEqual(0.9);
      // The 发文字号 line's ink: black pixels between the 标志 and the rule.
      const numberLine = bodyLines(c.pages[0]!).find((l) => /〔\d{4}〕\d+号|发文字号待定/.test(l.text))!;
      const ink = pixelBox(band(img, numberLine.y0, rule.top - 0.5), isDark)!;
      const gap = (rule.top - (bandOffset(band(img, numberLine.y0, rule.top - 0.5)) + ink.y1)) / MM;
      expect(gap, `${c.name} rule ${gap.toFixed(2)} mm under the number`).toBeGreaterThan(3.5);
      expect(gap).toBeLessThan(4.5);
    }
  });

  it('sets the 发文字号 left and 签发人 right on one line for an upward report, centred for a downward one', () => {
    for (const c of cases.filter((x) => x.variant === 'official')) {
      const lines = bodyLines(c.pages[0]!);
      const n = lines.find((l) => /〔\d{4}〕\d+号/.test(l.text))!;
      expect(n, c.name).toBeDefined();
      const numberWord = n.words.find((w) => /〔/.test(w.text))!;
      if (c.doc.meta.direction === 'down') {
        expect(Math.abs((n.x0 + n.x1) / 2 - BLOCK.center), `${c.name} centred`).toBeLessThan(2);
        expect(n.text).not.toContain('签发人');
        continue;
      }
      // 发文字号 1字 from the left, on the line of the last signer; the signers' block ends 1字
      // from the right.
      expect(Math.abs(numberWord.x0 - (BLOCK.left + CHAR_SAN)), `${c.name} number inset`).toBeLessThan(1.5);
      const signers = c.doc.meta.signers;
      expect(normalize(n.text)).toContain(signers[signers.length - 1]!);
      // Several signers: two a line, “签发人：” once, on the first line; names aligned.
      const signerLines = lines.filter((l) => signers.some((s) => l.text.includes(s)));
      expect(Math.abs(Math.max(...signerLines.map((l) => l.x1)) - (BLOCK.right - CHAR_SAN)), `${c.name} signer inset`).toBeLessThan(1.5);
      expect(signerLines.length, c.name).toBe(Math.ceil(signers.length / 2));
      expect(signerLines[0]!.text).toContain('签发人');
      expect(signerLines[signerLines.length - 1]).toBe(n);
      if (signerLines.length > 1) {
        const firstName = (l: TextLine) => l.words.find((w) => signers.some((s) => w.text.includes(s)))!;
        const x = (l: TextLine) => {
          const w = firstName(l);
          const s = signers.find((name) => w.text.includes(name))!;
          return w.x0 + (w.text.indexOf(s) > 0 ? (w.x1 - w.x0) * (w.text.indexOf(s) / w.text.length) : 0);
        };
        expect(Math.abs(x(signerLines[0]!) - x(signerLines[1]!)), 'names aligned').toBeLessThan(1.5);
      }
    }
  });

  it('centres the title two lines under the red rule, in balanced lines', () => {
    for (const c of cases.filter((x) => x.variant !== 'draft')) {
      const titleLines = c.layout.pages[0]!.items.filter((it) => it.kind === 'line' && it.para.role === 'title');
      const texts = titleLines.map((it) => (it.kind === 'line' ? normalize(it.para.runs[0]!.text.slice(it.box.start, it.box.end)) : ''));
      const lo = bodyLines(c.pages[0]!).filter((l) => texts.includes(normalize(l.text)));
      expect(lo.length, c.name).toBe(texts.length);
      for (const l of lo) expect(Math.abs((l.x0 + l.x1) / 2 - BLOCK.center), `${c.name} “${l.text}” centred`).toBeLessThan(2.5);
      if (lo.length > 1) {
        const widths = lo.map((l) => l.x1 - l.x0);
        expect(Math.max(...widths) - Math.min(...widths), 'balanced').toBeLessThan(5 * 22);
      }
      if (c.variant === 'web') {
        expect(lo[0]!.y0 - BLOCK.top, 'web version starts with the title').toBeLessThan(pt(GRID.line));
        continue;
      }
      const img = rasterPage(c.pdf, 1, 144);
      const rule = rules(horizontalRuns(img, isRed, 0.9 * pt(PAGE.textWidth)), img.scale)[0]!;
      const lines = (lo[0]!.y0 - rule.bottom) / pt(GRID.line);
      expect(lines, `${c.name}: title ${lines.toFixed(2)} lines under the rule`).toBeGreaterThan(1.5);
      expect(lines).toBeLessThan(3);
    }
  });

  it('numbers pages “— N —” in 四号, odd right and even left 1字 in, and not the blank and 版记 pages after it', () => {
    for (const c of cases) {
      c.pages.forEach((page, i) => {
        const f = footerLines(page).filter((l) => !l.text.includes(DRAFT_MARK));
        const expected = c.layout.pages[i]!.number;
        if (expected === null) {
          expect(f, `${c.name} p${i + 1} unnumbered`).toHaveLength(0);
          return;
        }
        expect(f, `${c.name} p${i + 1}`).toHaveLength(1);
        const l = f[0]!;
        expect(normalize(l.text)).toBe(`—${i + 1}—`);
        expect(expected).toBe(i + 1);
        // About 7 mm under the 版心 (the dashes' line), 14 pt type.
        expect((l.y0 + l.y1) / 2 - BLOCK.bottom).toBeGreaterThan(3 * MM);
        expect((l.y0 + l.y1) / 2 - BLOCK.bottom).toBeLessThan(12 * MM);
        if ((i + 1) % 2 === 1) expect(Math.abs(l.x1 - (BLOCK.right - CHAR_SI)), `${c.name} p${i + 1} odd right`).toBeLessThan(1.5);
        else expect(Math.abs(l.x0 - (BLOCK.left + CHAR_SI)), `${c.name} p${i + 1} even left`).toBeLessThan(1.5);
      });
    }
  });

  it('puts the 版记 on an even last page, its last rule on the bottom edge of the 版心', () => {
    for (const c of cases.filter((x) => x.variant !== 'web')) {
      const n = c.pages.length;
      expect(n % 2, `${c.name}: ${n} pages`).toBe(0);
      const img = rasterPage(c.pdf, n, 144);
      const found = rules(horizontalRuns(img, isDark, 0.95 * pt(PAGE.textWidth)), img.scale);
      // 抄送 and 印发: three rules, thick – thin – thick, full 版心 width.
      expect(found.length, c.name).toBe(3);
      for (const r of found) {
        expect(Math.abs(r.x0 - BLOCK.left)).toBeLessThan(1);
        expect(Math.abs(r.x1 - BLOCK.right)).toBeLessThan(1);
      }
      const thick = (r: { top: number; bottom: number }) => r.bottom - r.top;
      expect(thick(found[0]!)).toBeGreaterThan(thick(found[1]!));
      expect(thick(found[2]!)).toBeGreaterThan(thick(found[1]!));
      expect(Math.abs(found[2]!.bottom - BLOCK.bottom), `${c.name} last rule at ${found[2]!.bottom} vs ${BLOCK.bottom}`).toBeLessThan(1.5);
      // 抄送 between the first two rules, 印发 line between the last two.
      const lines = bodyLines(c.pages[n - 1]!);
      const cc = lines.find((l) => l.text.startsWith('抄送'))!;
      expect(cc.y0).toBeGreaterThan(found[0]!.bottom - 1);
      expect(cc.y1).toBeLessThan(found[1]!.top + 1);
      expect(Math.abs(cc.x0 - (BLOCK.left + CHAR_SI))).toBeLessThan(1.5);
      const printed = lines.find((l) => l.text.endsWith('印发'))!;
      expect(printed.y0).toBeGreaterThan(found[1]!.bottom - 1);
      expect(Math.abs(printed.x1 - (BLOCK.right - CHAR_SI))).toBeLessThan(1.5);
    }
    // A blank page before it when the text ends on a full even page: both unnumbered.
    const withBlank = cases.filter((c) => c.layout.sections.length === 2);
    for (const c of withBlank) {
      const n = c.pages.length;
      expect(bodyLines(c.pages[n - 2]!)).toHaveLength(0);
      expect(footerLines(c.pages[n - 2]!)).toHaveLength(0);
    }
  });

  it('keeps the short report’s text, 署名 and date on page 1 (sealed: 署名 centred over the date, 4字 from the right)', () => {
    const c = byName('short');
    const lines = bodyLines(c.pages[0]!);
    const sig = lines.find((l) => l.text === c.doc.meta.signature.organ)!;
    const date = lines.find((l) => normalize(l.text) === c.doc.meta.signature.date)!;
    expect(sig && date).toBeTruthy();
    expect(Math.abs(date.x1 - (BLOCK.right - 4 * CHAR_SAN))).toBeLessThan(1.5);
    expect(Math.abs((sig.x0 + sig.x1) / 2 - (date.x0 + date.x1) / 2)).toBeLessThan(2);
    expect(date.y0 - sig.y0).toBeCloseTo(pt(GRID.line), 0);
    // The web version has no 版头 and no 版记, and fits on one page.
    const web = byName('short-web');
    expect(web.pages).toHaveLength(1);
    const img = rasterPage(web.pdf, 1, 72);
    expect(pixelBox(img, isRed)).toBeNull();
    expect(horizontalRuns(img, isDark, 0.95 * pt(PAGE.textWidth))).toHaveLength(0);
  });

  it('renders tables with their grid and repeated header row, attachments on new pages, unsealed signature', () => {
    const c = byName('table');
    // 份号 and 紧急程度 on the first two lines, top-left of the 版心.
    const top = bodyLines(c.pages[0]!);
    expect(top.slice(0, 2).map((l) => normalize(l.text))).toEqual(['000123', '特急']);
    for (const [k, l] of top.slice(0, 2).entries()) {
      expect(Math.abs(l.x0 - BLOCK.left)).toBeLessThan(1);
      expect(Math.floor((l.y0 - BLOCK.top) / pt(GRID.line))).toBe(k);
    }
    const text = c.pages.map((p) => textLines(p).map((l) => normalize(l.text)));
    // The table's rows and the repeated header on the next page.
    const headerHits = text.filter((lines) => lines.some((l) => l.startsWith('项目2023年2024年变化')));
    expect(headerHits.length).toBeGreaterThanOrEqual(3); // body (twice: repeated) and attachment 1
    // Attachments start new pages with 附件1 / 附件2 top-left and the title centred on line 3.
    for (const label of ['附件1', '附件2']) {
      const i = text.findIndex((lines) => lines[0] === label);
      expect(i, label).toBeGreaterThan(0);
      const lines = bodyLines(c.pages[i]!);
      expect(Math.abs(lines[0]!.x0 - BLOCK.left)).toBeLessThan(1);
      const title = lines[1]!;
      expect(Math.round((title.y0 - lines[0]!.y0) / pt(GRID.line))).toBe(2);
      expect(Math.abs((title.x0 + title.x1) / 2 - BLOCK.center)).toBeLessThan(2.5);
    }
    // Unsealed: the date starts 2字 right of the 署名's first character; the 署名 is 2字 from the
    // right, or, when the date is the longer, the date is 2字 from the right and the 署名 moves left.
    const all = c.pages.flatMap((p) => bodyLines(p));
    const sig = all.find((l) => l.text === '互助县人民政府')!;
    const date = all.find((l) => normalize(l.text) === '2025年3月17日')!;
    expect(Math.abs(date.x0 - (sig.x0 + 2 * CHAR_SAN))).toBeLessThan(1.5);
    expect(Math.abs(Math.max(sig.x1, date.x1) - (BLOCK.right - 2 * CHAR_SAN))).toBeLessThan(1.5);
    expect(date.y0 - sig.y0).toBeCloseTo(pt(GRID.line), 0);
    // 附件说明 with the later names aligned under the first; 附注 in full-width brackets, 2字 in.
    const a1 = all.find((l) => l.text.startsWith('附件：1.'))!;
    const a2 = all.find((l) => l.text.startsWith('2.2025'))!;
    expect(Math.abs(a2.x0 - (a1.x0 + 3 * CHAR_SAN))).toBeLessThan(2);
    const note = all.find((l) => l.text.startsWith('（联系人'))!;
    expect(Math.abs(note.x0 - (BLOCK.left + 2 * CHAR_SAN))).toBeLessThan(1.5);
    // Table cells stay inside the 版心 and the grid lines are drawn.
    const img = rasterPage(c.pdf, 1, 144);
    const tableRules = rules(horizontalRuns(img, isDark, 0.95 * pt(PAGE.textWidth)), img.scale);
    expect(tableRules.length).toBeGreaterThanOrEqual(3);
    for (const r of tableRules) expect(r.x1).toBeLessThanOrEqual(BLOCK.right + 1);
  });

  it('marks every page of a draft export as 草稿', () => {
    const c = byName('fushun-draft');
    for (const page of c.pages) expect(textLines(page).some((l) => l.text.includes(DRAFT_MARK))).toBe(true);
  });
});
