/**
 * The plan of shared/layout as WordprocessingML: paragraphs, runs, tables, the page-number footers,
 * the 草稿 header and each section's properties, written straight into strings. The layout has
 * decided every line and page already; this only says it in the file's words. Elements are written
 * in schema order (ISO/IEC 29500-1): Word refuses a file whose elements are out of order.
 */
import { stripNonXmlChars } from '../model/xml-chars';
import { COLOR, FOOTER_LINE, INDENT, PAGE, SIZE, pageNumberText } from '../gbt9704';
import type { FontRole, FontSettings } from '../fonts';
import { DRAFT_MARK, type Align, type PlanPara, type PlanRow, type PlanRun, type PlanTable } from '../layout/index';
import { sectionGrid } from './word-compat';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/;
const SPECIALS = /[&<>"]/g;

/**
 * Text or an attribute value as XML: the last line of defence strips whatever character XML 1.0
 * forbids (a stored draft read leniently, a font name from the settings), then escapes.
 */
export function xmlText(s: string): string {
  const clean = stripNonXmlChars(s);
  return SPECIAL.test(clean) ? clean.replace(SPECIALS, (c) => ESCAPES[c]!) : clean;
}

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

const spacing = (line: number, before: number) => `<w:spacing w:after="0" w:before="${before}" w:line="${line}" w:lineRule="exact"/>`;
const t = (text: string) => `<w:t xml:space="preserve">${xmlText(text)}</w:t>`;

/** The page number field: begin, the PAGE instruction, separate, end; each its own run. */
const PAGE_FIELD = [
  '<w:fldChar w:fldCharType="begin"/>',
  '<w:instrText xml:space="preserve">PAGE</w:instrText>',
  '<w:fldChar w:fldCharType="separate"/>',
  '<w:fldChar w:fldCharType="end"/>',
];

/** What a section's sectPr refers to: its header and footer parts, by relationship id. */
export interface SectionRefs {
  headers?: { default: string; even: string };
  footers: { default: string; even: string };
}

export class BodyWriter {
  /** Every family the file names, with the role it was written for (the font table), in first use order. */
  readonly fontsUsed = new Map<string, FontRole>();
  private readonly rFontsCache = new Map<string, string>();
  constructor(private readonly fonts: FontSettings) {}

  /** East Asian slot from the role, Latin from the Latin setting, hint so — “” … use the Chinese font. */
  rFonts(role: FontRole, latinToo = false): string {
    const key = latinToo ? `${role}+` : role;
    let xml = this.rFontsCache.get(key);
    if (xml === undefined) {
      const latinRole: FontRole = latinToo ? role : 'latin';
      const eastAsia = this.fonts[role];
      const latin = this.fonts[latinRole];
      this.use(eastAsia, role);
      this.use(latin, latinRole);
      xml = `<w:rFonts w:ascii="${xmlText(latin)}" w:eastAsia="${xmlText(eastAsia)}" w:hAnsi="${xmlText(latin)}" w:hint="eastAsia"/>`;
      this.rFontsCache.set(key, xml);
    }
    return xml;
  }

  private use(family: string, role: FontRole): void {
    if (!this.fontsUsed.has(family)) this.fontsUsed.set(family, role);
  }

  private rPr(r: PlanRun): string {
    const sz = Math.round(r.size * 2);
    return (
      '<w:rPr>' +
      this.rFonts(r.font) +
      (r.bold ? '<w:b/><w:bCs/>' : '') +
      (r.color ? `<w:color w:val="${xmlText(r.color)}"/>` : '') +
      (r.spacing ? `<w:spacing w:val="${r.spacing}"/>` : '') +
      (r.scale ? `<w:w w:val="${r.scale}"/>` : '') +
      `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>` +
      (r.highlight ? '<w:highlight w:val="yellow"/>' : '') +
      '</w:rPr>'
    );
  }

  /** A run per line of the text ('\n' a line break), '\t' a tab. */
  private runs(runs: readonly PlanRun[]): string {
    let out = '';
    for (const r of runs) {
      const rPr = this.rPr(r);
      const lines = r.text.split('\n');
      for (let li = 0; li < lines.length; li++) {
        out += '<w:r>' + rPr + (li > 0 ? '<w:br/>' : '');
        const parts = lines[li]!.split('\t');
        for (let pi = 0; pi < parts.length; pi++) {
          if (pi > 0) out += '<w:tab/>';
          if (parts[pi]) out += t(parts[pi]!);
        }
        out += '</w:r>';
      }
    }
    return out;
  }

  /** `sectPr`: the properties of the section this paragraph ends (all but the last section). */
  paragraph(p: PlanPara, sectPr = ''): string {
    const { left, right, firstLine } = p.indent;
    const tabs = p.tabs?.length
      ? `<w:tabs>${p.tabs.map((tab) => `<w:tab w:val="${tab.align === 'right' ? 'right' : 'left'}" w:pos="${tab.pos}"/>`).join('')}</w:tabs>`
      : '';
    const border = p.borderBottom
      ? `<w:pBdr><w:bottom w:val="single" w:color="${xmlText(p.borderBottom.color)}" w:sz="${p.borderBottom.sz}" w:space="${p.borderBottom.space}"/></w:pBdr>`
      : '';
    const ind = firstLine < 0 ? `w:hanging="${-firstLine}"` : `w:firstLine="${firstLine}"`;
    return (
      '<w:p><w:pPr>' +
      (p.keepNext ? '<w:keepNext/>' : '') +
      (p.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
      '<w:widowControl w:val="false"/>' +
      border +
      tabs +
      spacing(p.line, p.before) +
      `<w:ind w:left="${left}" w:right="${right}" ${ind}/>` +
      `<w:jc w:val="${JC[p.align]}"/>` +
      sectPr +
      '</w:pPr>' +
      this.runs(p.runs) +
      '</w:p>'
    );
  }

  table(tbl: PlanTable): string {
    // The rules are the plan's (body table or 版记); 0 is no rule.
    const { color, top, bottom, left, right, insideHorizontal, insideVertical } = tbl.rules;
    const line = (side: string, size: number) =>
      size > 0
        ? `<w:${side} w:val="single" w:color="${xmlText(color)}" w:sz="${size}"/>`
        : `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`;
    const margin = tbl.cellMargin;
    const tcMar = `<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${margin}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${margin}"/></w:tcMar>`;
    let out =
      '<w:tbl><w:tblPr>' +
      `<w:tblW w:type="dxa" w:w="${PAGE.textWidth}"/><w:jc w:val="center"/>` +
      '<w:tblBorders>' +
      line('top', top) +
      line('left', left) +
      line('bottom', bottom) +
      line('right', right) +
      line('insideH', insideHorizontal) +
      line('insideV', insideVertical) +
      '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>' +
      `<w:tblGrid>${tbl.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    for (const row of tbl.rows) {
      const height = row.minHeight
        ? `<w:trHeight w:val="${row.minHeight}" w:hRule="atLeast"/>`
        : row.exactHeight
          ? `<w:trHeight w:val="${row.exactHeight}" w:hRule="exact"/>`
          : '';
      out += '<w:tr><w:trPr><w:cantSplit/>' + (row.header ? '<w:tblHeader/>' : '') + height + '</w:trPr>';
      row.cells.forEach((cell, ci) => {
        out +=
          '<w:tc><w:tcPr>' +
          `<w:tcW w:type="dxa" w:w="${spanTwips(tbl, row, ci)}"/>` +
          (cell.colSpan ? `<w:gridSpan w:val="${cell.colSpan}"/>` : '') +
          (cell.vMerge ? `<w:vMerge w:val="${cell.vMerge}"/>` : '') +
          tcMar +
          '<w:vAlign w:val="center"/></w:tcPr>' +
          // Word requires a paragraph in every cell.
          (cell.paras.length ? cell.paras.map((p) => this.paragraph(p)).join('') : '<w:p/>') +
          '</w:tc>';
      });
      out += '</w:tr>';
    }
    return out + '</w:tbl>';
  }

  /** "— N —", 四号 宋体; odd pages right and even pages left, 1字 in. */
  footer(side: 'odd' | 'even'): string {
    const [before, after] = pageNumberText(0).split('0');
    const rPr = `<w:rPr>${this.rFonts('pageNumber', true)}<w:sz w:val="${SIZE.pageNumber * 2}"/><w:szCs w:val="${SIZE.pageNumber * 2}"/></w:rPr>`;
    const run = (content: string) => `<w:r>${rPr}${content}</w:r>`;
    return (
      '<w:p><w:pPr><w:widowControl w:val="false"/>' +
      spacing(FOOTER_LINE, 0) +
      (side === 'odd'
        ? `<w:ind w:right="${INDENT.pageNumberInset}"/><w:jc w:val="right"/>`
        : `<w:ind w:left="${INDENT.pageNumberInset}"/><w:jc w:val="left"/>`) +
      '</w:pPr>' +
      run(t(before!)) +
      PAGE_FIELD.map(run).join('') +
      run(t(after!)) +
      '</w:p>'
    );
  }

  emptyFooter(): string {
    return `<w:p><w:pPr>${spacing(FOOTER_LINE, 0)}</w:pPr></w:p>`;
  }

  draftHeader(): string {
    const rPr = `<w:rPr>${this.rFonts('heading1')}<w:b/><w:bCs/><w:color w:val="${COLOR.draftMark}"/><w:sz w:val="${SIZE.draftMark * 2}"/><w:szCs w:val="${SIZE.draftMark * 2}"/></w:rPr>`;
    return `<w:p><w:pPr>${spacing(FOOTER_LINE, 0)}<w:jc w:val="center"/></w:pPr><w:r>${rPr}${t(DRAFT_MARK)}</w:r></w:p>`;
  }
}

/**
 * A section's properties: its headers and footers (even pages apart: the page number changes
 * side), the A4 page and margins, and no document grid (./word-compat.ts). A section after the
 * first starts on a new page.
 */
export function sectionProperties(refs: SectionRefs, first: boolean): string {
  const grid = sectionGrid();
  const ref = (kind: 'header' | 'footer', type: string, id: string) => `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`;
  return (
    '<w:sectPr>' +
    (refs.headers ? ref('header', 'default', refs.headers.default) + ref('header', 'even', refs.headers.even) : '') +
    ref('footer', 'default', refs.footers.default) +
    ref('footer', 'even', refs.footers.even) +
    (first ? '' : '<w:type w:val="nextPage"/>') +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${PAGE.marginTop}" w:right="${PAGE.marginRight}" w:bottom="${PAGE.marginBottom}" w:left="${PAGE.marginLeft}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="${PAGE.gutter}"/>` +
    '<w:pgNumType/>' +
    `<w:docGrid w:type="${xmlText(grid.type)}" w:linePitch="${grid.linePitch}"/>` +
    '</w:sectPr>'
  );
}

/** Width of a row's cell `ci` over the grid columns it spans (merged headers), twips. */
function spanTwips(tbl: PlanTable, row: PlanRow, ci: number): number {
  let at = 0;
  for (let i = 0; i < ci; i++) at += row.cells[i]!.colSpan ?? 1;
  let w = 0;
  const end = at + (row.cells[ci]!.colSpan ?? 1);
  for (let i = at; i < end && i < tbl.columns.length; i++) w += tbl.columns[i]!;
  return w;
}
