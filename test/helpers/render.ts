/**
 * Render .docx files through LibreOffice and read the PDF back: text boxes (pdftotext -bbox) and
 * pixels (pdftoppm). Fonts come from test/fonts/fonts.conf, which maps the official font names to
 * the CJK fonts installed on this machine.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** test/fonts/fonts.conf, found from this file or (when bundled elsewhere) from the working directory. */
const FONTS_CONF = [path.resolve(import.meta.dirname, '../fonts/fonts.conf'), path.resolve('test/fonts/fonts.conf')].find((p) => fs.existsSync(p));
if (!FONTS_CONF) throw new Error('test/fonts/fonts.conf not found: renders would use arbitrary fonts');

/** Convert several .docx in one soffice run (a private profile so parallel runs do not collide). Returns the PDF paths. */
export function renderPdf(docxPaths: readonly string[], outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
      { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF, SAL_USE_VCLPLUGIN: 'svp' }, stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdfs = docxPaths.map((p) => path.join(outDir, path.basename(p).replace(/\.docx$/, '.pdf')));
  for (const p of pdfs) if (!fs.existsSync(p)) throw new Error(`LibreOffice did not produce ${p}`);
  return pdfs;
}

export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
export interface PdfPage {
  /** Points. */
  width: number;
  height: number;
  words: Word[];
}
export interface TextLine {
  y0: number;
  y1: number;
  x0: number;
  x1: number;
  text: string;
  words: Word[];
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Word boxes per page, in points from the top-left of the paper. */
export function readBoxes(pdfPath: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (let m; (m = pageRe.exec(html)); ) {
    const words: Word[] = [];
    const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (let w; (w = wordRe.exec(m[3]!)); ) {
      words.push({ x0: +w[1]!, y0: +w[2]!, x1: +w[3]!, y1: +w[4]!, text: unescape(w[5]!) });
    }
    pages.push({ width: +m[1]!, height: +m[2]!, words });
  }
  return pages;
}

/** Words grouped into lines by their vertical position (within 2 pt), top to bottom, left to right. */
export function textLines(page: PdfPage): TextLine[] {
  const sorted = [...page.words].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const lines: TextLine[] = [];
  for (const w of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y0 - w.y0) < 2) {
      last.words.push(w);
      last.x0 = Math.min(last.x0, w.x0);
      last.x1 = Math.max(last.x1, w.x1);
      last.y1 = Math.max(last.y1, w.y1);
    } else lines.push({ y0: w.y0, y1: w.y1, x0: w.x0, x1: w.x1, text: '', words: [w] });
  }
  for (const l of lines) {
    l.words.sort((a, b) => a.x0 - b.x0);
    l.text = l.words.map((w) => w.text).join('');
  }
  return lines;
}

export interface Raster {
  width: number;
  height: number;
  /** RGB bytes, row-major. */
  data: Buffer;
  /** Pixels per point. */
  scale: number;
}

/** Rasterise one page (1-based) at `dpi` as RGB (PPM). */
export function rasterPage(pdfPath: string, page: number, dpi = 72): Raster {
  const buf = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdfPath], { maxBuffer: 256 * 1024 * 1024 });
  // P6\n<w> <h>\n255\n<data>
  let off = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[off]!))) off++;
    let tok = '';
    while (!/\s/.test(String.fromCharCode(buf[off]!))) tok += String.fromCharCode(buf[off++]!);
    fields.push(tok);
  }
  off++;
  return { width: +fields[1]!, height: +fields[2]!, data: buf.subarray(off), scale: dpi / 72 };
}

/** Write page PNGs (for looking at them) as <prefix>-<n>.png. */
export function pagePngs(pdfPath: string, prefix: string, pages: readonly number[], dpi = 60): string[] {
  return pages.map((p) => {
    execFileSync('pdftoppm', ['-png', '-singlefile', '-r', String(dpi), '-f', String(p), '-l', String(p), pdfPath, `${prefix}-${p}`]);
    return `${prefix}-${p}.png`;
  });
}

export function pageCount(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Pixel predicates. */
export const isRed = (r: number, g: number, b: number) => r > 180 && g < 90 && b < 90;
export const isDark = (r: number, g: number, b: number) => r < 110 && g < 110 && b < 110;

/** Rows (in points from the top) where at least `minRun` consecutive pixels match, with the run's x extent in points. */
export function horizontalRuns(img: Raster, match: (r: number, g: number, b: number) => boolean, minRunPt: number): { y: number; x0: number; x1: number }[] {
  const out: { y: number; x0: number; x1: number }[] = [];
  const minRun = Math.round(minRunPt * img.scale);
  for (let y = 0; y < img.height; y++) {
    let run = 0;
    let best = { len: 0, end: 0 };
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      if (match(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) {
        run++;
        if (run > best.len) best = { len: run, end: x };
      } else run = 0;
    }
    if (best.len >= minRun) out.push({ y: y / img.scale, x0: (best.end - best.len + 1) / img.scale, x1: (best.end + 1) / img.scale });
  }
  return out;
}

/** Bounding box (points) of all pixels matching `match`, or null. */
export function pixelBox(img: Raster, match: (r: number, g: number, b: number) => boolean): { x0: number; y0: number; x1: number; y1: number } | null {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      if (match(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  return { x0: x0 / img.scale, y0: y0 / img.scale, x1: (x1 + 1) / img.scale, y1: (y1 + 1) / img.scale };
}
