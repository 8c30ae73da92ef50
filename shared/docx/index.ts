/**
 * ReportDocument → .docx bytes, by GB/T 9704-2012 (official), as 网站公开版 (web: no 版头, no
 * 版记) or as a marked 草稿 (draft). The layout (what goes where, line breaks, the 版记's place)
 * is decided in shared/layout; this module only writes it with the `docx` package.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { ReportDocument } from '../model/document';
import { COLOR, FOOTER_LINE, GRID, INDENT, PAGE, RULE, SIZE, pageNumberText } from '../gbt9704';
import { resolveFonts, type FontSettings } from '../fonts';
import { layoutDocument, type Layout } from '../layout/index';
import { DRAFT_MARK, type Align, type PlanPara, type PlanRun, type PlanTable, type Variant } from '../layout/plan';

export type DocxVariant = Variant;
export interface DocxOptions {
  variant?: DocxVariant;
  fonts?: Partial<FontSettings>;
  /** Zips the package's parts; by default the `docx` package's own (pure JS) zip. */
  zip?: ZipParts;
}

/**
 * Turns the package's parts (path → XML text or bytes, in order) into the .docx file. Node passes
 * native zlib (electron/fs/zip.ts): the pure-JS deflate is most of a one-off export's time when
 * it runs cold, as in every `gongwen export`.
 */
export type ZipParts = (parts: ReadonlyMap<string, string | Uint8Array>) => Uint8Array;

/** The `docx` package's compiler, the step of `Packer` before zipping (not in its typings). */
const compiler = (Packer as unknown as { compiler: { compile(file: Document): Map<string, string | Uint8Array> } }).compiler;

export async function buildDocx(doc: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const variant = options.variant ?? 'official';
  return writeDocx(layoutDocument(doc, variant), resolveFonts(options.fonts), doc.meta.title, options.zip);
}

/** Write an already laid-out document (the preview and the exporter share the layout). */
export async function writeDocx(layout: Layout, fonts: FontSettings, title = '', zip?: ZipParts): Promise<Uint8Array> {
  const w = new Writer(fonts);
  const sections: ISectionOptions[] = layout.sections.map((sec, i) => ({
    properties: {
      ...(i > 0 ? { type: SectionType.NEXT_PAGE } : {}),
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: {
          top: PAGE.marginTop,
          bottom: PAGE.marginBottom,
          left: PAGE.marginLeft,
          right: PAGE.marginRight,
          header: PAGE.header,
          footer: PAGE.footer,
          gutter: PAGE.gutter,
        },
      },
      // No character grid (LibreOffice would spread each glyph over two cells); the line pitch
      // is written anyway, since the docx package otherwise writes 360.
      grid: { linePitch: GRID.line },
    },
    footers: sec.numbered ? { default: w.footer('odd'), even: w.footer('even') } : { default: w.emptyFooter(), even: w.emptyFooter() },
    ...(layout.variant === 'draft' ? { headers: { default: w.draftHeader(), even: w.draftHeader() } } : {}),
    children: sec.blocks.map((b) => (b.kind === 'para' ? w.paragraph(b) : w.table(b))),
  }));
  const document = new Document({
    title,
    creator: '公文工作室',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          // zh-CN for East Asian text: LibreOffice picks the CJK face and line-break rules by it.
          run: { font: w.font('body'), size: SIZE.body * 2, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: GRID.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections,
  });
  if (zip) return zip(compiler.compile(document));
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

class Writer {
  constructor(private readonly fonts: FontSettings) {}

  /** East Asian slot from the role, Latin from the Latin setting, hint so — “” … use the Chinese font. */
  font(role: keyof FontSettings, latinToo = false) {
    const latin = latinToo ? this.fonts[role] : this.fonts.latin;
    return { eastAsia: this.fonts[role], ascii: latin, hAnsi: latin, hint: 'eastAsia' };
  }

  runs(runs: readonly PlanRun[]): TextRun[] {
    const out: TextRun[] = [];
    for (const r of runs) {
      const base = {
        font: this.font(r.font),
        size: Math.round(r.size * 2),
        ...(r.spacing ? { characterSpacing: r.spacing } : {}),
        ...(r.bold ? { bold: true } : {}),
        ...(r.color ? { color: r.color } : {}),
        ...(r.highlight ? { highlight: 'yellow' as const } : {}),
        ...(r.scale ? { scale: r.scale } : {}),
      };
      r.text.split('\n').forEach((line, li) => {
        const parts = line.split('\t');
        const children: (string | Tab)[] = [];
        parts.forEach((p, pi) => {
          if (pi > 0) children.push(new Tab());
          if (p) children.push(p);
        });
        out.push(new TextRun({ ...base, children, ...(li > 0 ? { break: 1 } : {}) }));
      });
    }
    return out;
  }

  paragraph(p: PlanPara): Paragraph {
    const { left, right, firstLine } = p.indent;
    return new Paragraph({
      alignment: ALIGN[p.align],
      spacing: { line: p.line, lineRule: LineRuleType.EXACT, before: p.before, after: 0 },
      indent: { left, right, ...(firstLine < 0 ? { hanging: -firstLine } : { firstLine }) },
      widowControl: false,
      ...(p.keepNext ? { keepNext: true } : {}),
      ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
      ...(p.tabs?.length ? { tabStops: p.tabs.map((t) => ({ type: t.align === 'right' ? TabStopType.RIGHT : TabStopType.LEFT, position: t.pos })) } : {}),
      ...(p.borderBottom
        ? { border: { bottom: { style: BorderStyle.SINGLE, size: p.borderBottom.sz, color: p.borderBottom.color, space: p.borderBottom.space } } }
        : {}),
      children: this.runs(p.runs),
    });
  }

  table(t: PlanTable): Table {
    const colophon = t.role === 'colophon';
    const line = (size: number) => ({ style: BorderStyle.SINGLE, size, color: COLOR.black });
    const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
    const borders = colophon
      ? {
          top: line(RULE.colophonThickSz),
          bottom: line(RULE.colophonThickSz),
          insideHorizontal: line(RULE.colophonThinSz),
          left: none,
          right: none,
          insideVertical: none,
        }
      : {
          top: line(RULE.tableSz),
          bottom: line(RULE.tableSz),
          left: line(RULE.tableSz),
          right: line(RULE.tableSz),
          insideHorizontal: line(RULE.tableSz),
          insideVertical: line(RULE.tableSz),
        };
    return new Table({
      width: { size: PAGE.textWidth, type: WidthType.DXA },
      columnWidths: t.columns,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders,
      rows: t.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            ...(row.header ? { tableHeader: true } : {}),
            ...(row.exactHeight ? { height: { value: row.exactHeight, rule: HeightRule.EXACT } } : {}),
            children: row.cells.map(
              (cell, ci) =>
                new TableCell({
                  width: { size: t.columns[ci]!, type: WidthType.DXA },
                  margins: { marginUnitType: WidthType.DXA, top: 0, bottom: 0, left: t.cellMargin, right: t.cellMargin },
                  verticalAlign: VerticalAlign.CENTER,
                  children: cell.paras.map((p) => this.paragraph(p)),
                }),
            ),
          }),
      ),
    });
  }

  /** "— N —", 四号 宋体; odd pages right and even pages left, 1字 in. */
  footer(side: 'odd' | 'even'): Footer {
    const [before, after] = pageNumberText(0).split('0');
    return new Footer({
      children: [
        new Paragraph({
          alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'odd' ? { right: INDENT.pageNumberInset } : { left: INDENT.pageNumberInset },
          spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          widowControl: false,
          children: [
            new TextRun({
              font: this.font('pageNumber', true),
              size: SIZE.pageNumber * 2,
              children: [before!, PageNumber.CURRENT, after!],
            }),
          ],
        }),
      ],
    });
  }

  emptyFooter(): Footer {
    return new Footer({ children: [new Paragraph({ spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] })] });
  }

  draftHeader(): Header {
    return new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: [new TextRun({ text: DRAFT_MARK, font: this.font('heading1'), size: SIZE.draftMark * 2, color: COLOR.draftMark, bold: true })],
        }),
      ],
    });
  }
}

export { DRAFT_MARK };

const VARIANT_SUFFIX: Record<DocxVariant, string> = { official: '', web: '（网站公开版）', draft: '（草稿）' };

/** "<title>.docx", safe as a Windows file name. */
export function exportFileName(doc: ReportDocument, variant: DocxVariant = 'official'): string {
  const stem =
    Array.from(doc.meta.title.replace(/\s+/g, ' '), (c) => (c.charCodeAt(0) < 0x20 ? '_' : c))
      .join('')
      .replace(/[\\/:*?"<>|]/g, '_')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 120) || '未命名公文';
  const safe = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `${stem}_` : stem;
  return `${safe}${VARIANT_SUFFIX[variant]}.docx`;
}
