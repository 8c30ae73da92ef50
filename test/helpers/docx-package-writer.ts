/**
 * The .docx writer as it was before shared/docx wrote XML itself: the plan written with the `docx`
 * package's object model, then styles, settings and the font table patched with the compat table.
 * Kept for one purpose: test/unit/docx-writer.test.ts compares every part of the current writer
 * with this one, canonicalised, so a rewrite of the writer cannot lose any meaning.
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
  VerticalMergeType,
  WidthType,
  type DocumentGridType,
  type ISectionOptions,
} from 'docx';
import { stripNonXmlChars, stripNonXmlDeep } from '../../shared/model/xml-chars';
import { COLOR, FOOTER_LINE, GRID, INDENT, PAGE, SIZE, pageNumberText } from '../../shared/gbt9704';
import { fontFace, type FontRole, type FontSettings } from '../../shared/fonts';
import { DRAFT_MARK, type Align, type Layout, type PlanPara, type PlanRow, type PlanRun, type PlanTable } from '../../shared/layout/index';
import { sectionGrid } from '../../shared/docx/word-compat';
import { DOCUMENT_SETTINGS, STYLE_PROPERTIES } from '../../shared/docx/word-compat';
import { ORDER } from '../../shared/docx/package';
import { attr, childElements, element, ensureChild, parseXml, serializeXml, setChild, type XmlElement } from './xml-tree';

/** The `docx` package's compiler, the step of `Packer` before zipping (not in its typings). */
const compiler = (Packer as unknown as { compiler: { compile(file: Document): Map<string, string | Uint8Array> } }).compiler;

/** The parts the previous writer made of a layout (the `docx` package's compiler, then finished). */
export function packageWriterParts(rawLayout: Layout, rawFonts: FontSettings, rawTitle = ''): Map<string, string | Uint8Array> {
  // The last line of defence: whatever text reached here (a stored draft read leniently, a font
  // name from the settings), no character XML 1.0 forbids is written into any part.
  const layout = stripNonXmlDeep(rawLayout);
  const fonts = stripNonXmlDeep(rawFonts);
  const title = stripNonXmlChars(rawTitle);
  const w = new Writer(fonts);
  const grid = sectionGrid();
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
      // No document grid (LibreOffice would spread each glyph over two cells), said explicitly
      // (./word-compat.ts); the line pitch is written anyway, since the docx package otherwise writes 360.
      grid: { linePitch: grid.linePitch, type: grid.type as (typeof DocumentGridType)[keyof typeof DocumentGridType] },
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
  // The layout behaviours and the font table the docx package cannot write (./package.ts).
  return finishParts(compiler.compile(document), w.fontsUsed);
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

class Writer {
  /** Every family the file names, with the role it was written for (the font table). */
  readonly fontsUsed = new Map<string, FontRole>();
  constructor(private readonly fonts: FontSettings) {}

  /** East Asian slot from the role, Latin from the Latin setting, hint so — “” … use the Chinese font. */
  font(role: FontRole, latinToo = false) {
    const latinRole: FontRole = latinToo ? role : 'latin';
    const latin = this.fonts[latinRole];
    this.use(this.fonts[role], role);
    this.use(latin, latinRole);
    return { eastAsia: this.fonts[role], ascii: latin, hAnsi: latin, hint: 'eastAsia' };
  }

  private use(family: string, role: FontRole): void {
    if (!this.fontsUsed.has(family)) this.fontsUsed.set(family, role);
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
      ...(p.tabs?.length
        ? { tabStops: p.tabs.map((t) => ({ type: t.align === 'right' ? TabStopType.RIGHT : TabStopType.LEFT, position: t.pos })) }
        : {}),
      ...(p.borderBottom
        ? {
            border: {
              bottom: { style: BorderStyle.SINGLE, size: p.borderBottom.sz, color: p.borderBottom.color, space: p.borderBottom.space },
            },
          }
        : {}),
      children: this.runs(p.runs),
    });
  }

  table(t: PlanTable): Table {
    // The rules are the plan's (body table or 版记); 0 is no rule.
    const { color, top, bottom, left, right, insideHorizontal, insideVertical } = t.rules;
    const line = (size: number) =>
      size > 0 ? { style: BorderStyle.SINGLE, size, color } : { style: BorderStyle.NONE, size: 0, color: 'auto' };
    const borders = {
      top: line(top),
      bottom: line(bottom),
      left: line(left),
      right: line(right),
      insideHorizontal: line(insideHorizontal),
      insideVertical: line(insideVertical),
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
            ...(row.minHeight ? { height: { value: row.minHeight, rule: HeightRule.ATLEAST } } : {}),
            children: row.cells.map(
              (cell, ci) =>
                new TableCell({
                  width: { size: spanTwips(t, row, ci), type: WidthType.DXA },
                  ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
                  ...(cell.vMerge
                    ? { verticalMerge: cell.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
                    : {}),
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
    return new Footer({
      children: [new Paragraph({ spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] })],
    });
  }

  draftHeader(): Header {
    return new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: [
            new TextRun({ text: DRAFT_MARK, font: this.font('heading1'), size: SIZE.draftMark * 2, color: COLOR.draftMark, bold: true }),
          ],
        }),
      ],
    });
  }
}

/** Width of a row's cell `ci` over the grid columns it spans (merged headers), twips. */
function spanTwips(t: PlanTable, row: PlanRow, ci: number): number {
  const at = row.cells.slice(0, ci).reduce((a, c) => a + (c.colSpan ?? 1), 0);
  return t.columns.slice(at, at + (row.cells[ci]!.colSpan ?? 1)).reduce((a, b) => a + b, 0);
}

const onOff = (name: string, value: boolean) => element(`w:${name}`, { 'w:val': value ? '1' : '0' });

/** The style properties of the table, written into a pPr or rPr. */
function applyProperties(target: XmlElement, part: 'pPr' | 'rPr'): void {
  for (const p of STYLE_PROPERTIES) if (p.part === part && p.write) setChild(target, onOff(p.element, p.value), ORDER[part]);
}

/** Style kinds whose pPr / rPr a paragraph's or run's properties inherit from. */
const PPR_STYLES = new Set(['paragraph', 'table']);
const RPR_STYLES = new Set(['paragraph', 'character', 'table']);

function patchStyles(xml: string): string {
  const doc = parseXml(xml);
  const styles = doc.root;
  const defaults = ensureChild(styles, 'w:docDefaults', ORDER.styles);
  applyProperties(ensureChild(ensureChild(defaults, 'w:pPrDefault', ORDER.docDefaults), 'w:pPr', ORDER.pPrDefault), 'pPr');
  applyProperties(ensureChild(ensureChild(defaults, 'w:rPrDefault', ORDER.docDefaults), 'w:rPr', ORDER.rPrDefault), 'rPr');
  for (const style of childElements(styles, 'w:style')) {
    const type = attr(style, 'w:type') ?? 'paragraph';
    if (PPR_STYLES.has(type)) applyProperties(ensureChild(style, 'w:pPr', ORDER.style), 'pPr');
    if (RPR_STYLES.has(type)) applyProperties(ensureChild(style, 'w:rPr', ORDER.style), 'rPr');
  }
  return serializeXml(doc);
}

function patchSettings(xml: string): string {
  const doc = parseXml(xml);
  for (const s of DOCUMENT_SETTINGS) if (s.part === 'settings') setChild(doc.root, element(`w:${s.element}`, s.attrs), ORDER.settings);
  return serializeXml(doc);
}

/** word/fontTable.xml listing `fonts` (family → the role it was written for), keeping the part's root element. */
function fontTable(xml: string, fonts: ReadonlyMap<string, FontRole>): string {
  const doc = parseXml(xml);
  doc.root.children = [...fonts].map(([name, role]) => {
    const f = fontFace(name, role);
    const children = [
      ...(f.standIn ? [element('w:altName', { 'w:val': f.standIn })] : []),
      ...(f.panose1 ? [element('w:panose1', { 'w:val': f.panose1 })] : []),
      element('w:charset', { 'w:val': f.charset }),
      element('w:family', { 'w:val': f.family }),
      element('w:pitch', { 'w:val': f.pitch }),
    ];
    return element('w:font', { 'w:name': name }, children);
  });
  return serializeXml(doc);
}

type Parts = Map<string, string | Uint8Array>;

/** Rewrite styles, settings and the font table among the package's parts, before they are zipped. */
function finishParts(parts: Parts, fonts: ReadonlyMap<string, FontRole>): Parts {
  const edit = (path: string, change: (xml: string) => string) => {
    const part = parts.get(path);
    if (typeof part !== 'string') throw new Error(`${path} missing from the compiled document`);
    parts.set(path, change(part));
  };
  edit('word/styles.xml', patchStyles);
  edit('word/settings.xml', patchSettings);
  edit('word/fontTable.xml', (xml) => fontTable(xml, fonts));
  return parts;
}
