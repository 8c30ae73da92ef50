/**
 * DOCX export entry point: ReportDocument → .docx bytes (GB/T 9704 official, 网站公开版, 草稿).
 */
import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ReportDocument } from '../model/document';
import { runsText } from '../model/document';
import { numberSections } from '../numbering';
import { GRID, INDENT, PAGE, SIZE } from '../gbt9704';
import { resolveFonts, type FontSettings } from '../fonts';

export type DocxVariant = 'official' | 'web' | 'draft';
export interface DocxOptions {
  variant?: DocxVariant;
  fonts?: Partial<FontSettings>;
}

function run(text: string, family: string, latin: string, pt: number, extra: { bold?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    font: { eastAsia: family, ascii: latin, hAnsi: latin, hint: 'eastAsia' },
    size: pt * 2,
    characterSpacing: GRID.charSpacing,
    ...extra,
  });
}

export async function buildDocx(doc: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const fonts = resolveFonts(options.fonts);
  const labels = numberSections(doc.body);
  const spacing = { line: GRID.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const body = (text: string) =>
    new DocxParagraph({ spacing, indent: { firstLine: INDENT.firstLine }, alignment: AlignmentType.JUSTIFIED, children: [run(text, fonts.body, fonts.latin, SIZE.body)] });
  const children: (DocxParagraph | DocxTable)[] = [];
  children.push(new DocxParagraph({ spacing, alignment: AlignmentType.CENTER, children: [run(doc.meta.title, fonts.title, fonts.latin, SIZE.title)] }));
  if (doc.meta.addressee) children.push(new DocxParagraph({ spacing, children: [run(doc.meta.addressee, fonts.body, fonts.latin, SIZE.body)] }));
  for (const p of doc.lead) children.push(body(runsText(p.runs)));
  const headingFont = [fonts.heading1, fonts.heading2, fonts.heading3, fonts.heading4];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') children.push(body(runsText(b.runs)));
      else if (b.type === 'table')
        children.push(
          new DocxTable({
            width: { size: PAGE.textWidth, type: WidthType.DXA },
            rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new DocxTableCell({ children: [new DocxParagraph({ children: [run(runsText(c.runs), fonts.body, fonts.latin, SIZE.table)] })] })) })),
          }),
        );
      else {
        children.push(
          new DocxParagraph({
            spacing,
            keepNext: true,
            indent: { firstLine: INDENT.firstLine },
            children: [run(`${labels.get(b.id) ?? ''}${b.heading}`, headingFont[b.level - 1]!, fonts.latin, SIZE.body)],
          }),
        );
        walk(b.children);
      }
    }
  };
  walk(doc.body);
  const document = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight, footer: PAGE.footer, header: PAGE.header },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const VARIANT_SUFFIX: Record<DocxVariant, string> = { official: '', web: '（网站公开版）', draft: '（草稿）' };

/** "<title>.docx", safe as a Windows file name. */
export function exportFileName(doc: ReportDocument, variant: DocxVariant = 'official'): string {
  const stem =
    doc.meta.title
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
      .replace(/[. ]+$/, '')
      .trim()
      .slice(0, 120) || '未命名公文';
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `${stem}_` : stem;
  return `${reserved}${VARIANT_SUFFIX[variant]}.docx`;
}
