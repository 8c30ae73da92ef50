/**
 * ReportDocument → the typeset plan: every paragraph and table of the exported file with its
 * font roles, sizes, indents and exact line heights, decided once from the GB/T 9704 numbers.
 * The DOCX writer (shared/docx) and the paged preview both draw this plan, and the paginator
 * (./paginate) counts its lines, so the file, the preview and the 版记 placement agree.
 */
import type { Block, ReportDocument, Run, Table } from '../model/document';
import { runsText } from '../model/document';
import { numberSections } from '../numbering';
import { formatDocNumber } from '../doc-number';
import type { FontRole } from '../fonts';
import { CHAR, COLOR, GRID, HEADER, INDENT, PAGE, RULE, SIGNATURE, SIZE } from '../gbt9704';
import { breakLines, textWidth, type LineBox, type StyledText } from './linebreak';
import { balanceTitle } from './title';
import { isEmptyHeading } from '../check/rules/headings';

/** The preview's on-screen mark beside an empty heading (see `PlanPara.problem`). */
export const EMPTY_HEADING_MARK = '标题为空';

export type Variant = 'official' | 'web' | 'draft';
/** The mark on every page of a 草稿 (the .docx page header and the preview). */
export const DRAFT_MARK = '草稿（未定稿）';
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface PlanRun {
  /** May hold '\t' (to the next tab stop) and '\n' (line break). */
  text: string;
  font: FontRole;
  /** Points. */
  size: number;
  /** Character spacing, twips. */
  spacing: number;
  bold?: boolean;
  color?: string;
  /** A figure carried over from last year, still to be confirmed (highlighted in drafts). */
  highlight?: boolean;
  /** Horizontal scale in percent (发文机关标志 too long for one line). */
  scale?: number;
  /** The current page number (footers). */
  pageField?: boolean;
}

export interface PlanTab {
  pos: number;
  align: 'left' | 'right';
}

export interface PlanBorder {
  /** Eighths of a point. */
  sz: number;
  color: string;
  /** Distance from the text, points. */
  space: number;
}

export type ParaRole =
  | 'headerField'
  | 'organMark'
  | 'blank'
  | 'docNumber'
  | 'signers'
  | 'title'
  | 'addressee'
  | 'body'
  | 'heading'
  | 'attachNote'
  | 'signature'
  | 'date'
  | 'note'
  | 'attachLabel'
  | 'attachTitle'
  | 'cell'
  | 'colophon'
  | 'pad'
  | 'footer'
  | 'draftMark';

export interface PlanPara {
  kind: 'para';
  role: ParaRole;
  runs: PlanRun[];
  align: Align;
  /** Twips; `firstLine` negative = hanging. */
  indent: { left: number; right: number; firstLine: number };
  /** Exact line height, twips. */
  line: number;
  /** Space before, twips. */
  before: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  tabs?: PlanTab[];
  borderBottom?: PlanBorder;
  /** Heading level, for headings. */
  level?: number;
  /**
   * What the preview marks on screen, beside the text (never printed, never in the .docx): a
   * heading left empty, which would print a bare “二、”. The checker refuses the official file.
   */
  problem?: string;
}

export interface PlanCell {
  paras: PlanPara[];
}
export interface PlanRow {
  cells: PlanCell[];
  header: boolean;
  /** Exact row height (twips) when fixed (版记 rows). */
  exactHeight?: number;
}
export interface PlanTable {
  kind: 'table';
  role: 'table' | 'colophon';
  /** Column widths, twips; they sum to the 版心 width. */
  columns: number[];
  rows: PlanRow[];
  /** Cell margins left/right, twips. */
  cellMargin: number;
  /** What the table's bottom border adds below its last row (LibreOffice draws it outside), twips. */
  bottomBorder: number;
}
export type PlanBlock = PlanPara | PlanTable;

const NO_INDENT = { left: 0, right: 0, firstLine: 0 };
const BODY_STYLE = { size: SIZE.body, spacing: GRID.charSpacing };

export function para(role: ParaRole, runs: PlanRun[], opts: Partial<Omit<PlanPara, 'kind' | 'role' | 'runs'>> = {}): PlanPara {
  return { kind: 'para', role, runs, align: 'justify', indent: NO_INDENT, line: GRID.line, before: 0, ...opts };
}

export function blank(height: number = GRID.line): PlanPara {
  return para('blank', [], { line: height, align: 'left' });
}

function run(text: string, font: FontRole, extra: Partial<PlanRun> = {}): PlanRun {
  return { text, font, size: SIZE.body, spacing: GRID.charSpacing, ...extra };
}

function modelRuns(runs: readonly Run[], font: FontRole, variant: Variant, size: number = SIZE.body, spacing: number = GRID.charSpacing): PlanRun[] {
  return runs
    .filter((r) => r.text)
    .map((r) => ({
      text: r.text.replace(/[\r\n\t]+/g, ' '),
      font,
      size,
      spacing,
      ...(r.bold ? { bold: true } : {}),
      ...(variant === 'draft' && r.marks?.includes('unconfirmed') ? { highlight: true } : {}),
    }));
}

/** Styled text of a paragraph's runs, for measuring. */
export function styledText(p: PlanPara): StyledText[] {
  return p.runs.map((r) => ({ text: r.text, style: { size: r.size, spacing: r.spacing, ...(r.bold ? { bold: true } : {}) } }));
}

/** The available measure of a paragraph's first and following lines, in a column `width` wide. */
export function measures(p: PlanPara, width: number = PAGE.textWidth): { first: number; rest: number } {
  const base = width - p.indent.left - p.indent.right;
  return { first: base - p.indent.firstLine, rest: base };
}

/** Lines already broken, per paragraph and measure: pagination asks more than once. */
const lineCache = new WeakMap<PlanPara, Map<number, LineBox[]>>();

/** Line boxes of a paragraph (tabbed lines are single lines). Plan paragraphs are not mutated after creation. */
export function paraLines(p: PlanPara, width: number = PAGE.textWidth): LineBox[] {
  let byWidth = lineCache.get(p);
  if (!byWidth) lineCache.set(p, (byWidth = new Map()));
  let lines = byWidth.get(width);
  if (!lines) byWidth.set(width, (lines = computeLines(p, width)));
  return lines;
}

function computeLines(p: PlanPara, width: number): LineBox[] {
  if (p.tabs?.length || p.runs.length === 0) {
    // Tab lines are laid out by stops, and may hold '\n' only between whole lines.
    const text = p.runs.map((r) => r.text).join('');
    const lines: LineBox[] = [];
    let s = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === '\n') {
        lines.push({ start: s, end: i === text.length ? i : i + 1, width: 0 });
        s = i + 1;
      }
    }
    return lines;
  }
  const m = measures(p, width);
  return breakLines(styledText(p), m.first, m.rest);
}

export function paraHeight(p: PlanPara, width?: number): number {
  const n = paraLines(p, width).length;
  return p.before + n * p.line + (p.borderBottom ? borderExtra(p.borderBottom) : 0);
}

/** Width of a border line in twips (docx `sz` is in eighths of a point). */
export function borderWidth(sz: number): number {
  return Math.round((sz / 8) * 20);
}

/** Height of a table: its rows and its bottom border (twips). */
export function tableHeight(t: PlanTable): number {
  return t.rows.reduce((h, r) => h + rowHeight(t, r), 0) + t.bottomBorder;
}

/** What a bottom border adds to a paragraph's height: its distance and its width (twips). */
export function borderExtra(b: PlanBorder): number {
  return Math.round(b.space * 20 + (b.sz / 8) * 20);
}

// ───────────────────────────── 版头 ─────────────────────────────

/** 发文机关标志: as large as fits one line of the 版心, squeezed horizontally below the minimum size. */
export function organMarkSize(text: string): { size: number; scale: number } {
  const n = [...text].length || 1;
  const fit = Math.floor((PAGE.textWidth / 20 / n) * 2) / 2; // pt, half-point steps
  if (fit >= SIZE.organMark.min) return { size: Math.min(SIZE.organMark.max, fit), scale: 100 };
  const size = SIZE.organMark.min;
  return { size, scale: Math.max(33, Math.floor((PAGE.textWidth / 20 / (n * size)) * 100)) };
}

/** Offset of a CJK glyph's ink top below the top of an exact-height line (LibreOffice, Noto CJK; twips). */
function inkTopInLine(line: number, sizePt: number): number {
  // An exact line keeps the font's descent at its bottom; ideographs' ink reaches this far above the baseline.
  return line - sizePt * 20 * (ORGAN_MARK_DESCENT + ORGAN_MARK_INK);
}
/**
 * Measured on the LibreOffice render with Noto Serif CJK (descent 0.288 em) standing in for
 * 方正小标宋; 方正小标宋's own descent is smaller, so Word puts the 标志 ~2 mm lower (docs/export.md).
 */
const ORGAN_MARK_DESCENT = 0.288;
const ORGAN_MARK_INK = 0.857;
/** The 标志's exact line height in ems: roomy, so no application clips the glyph tops. */
const ORGAN_MARK_LINE = 1.5;

function headerBlock(doc: ReportDocument, variant: Variant): PlanBlock[] {
  const m = doc.meta;
  const out: PlanBlock[] = [];
  let y = 0;
  for (const v of [m.copyNo, m.secrecy, m.urgency]) {
    if (!v?.trim()) continue;
    out.push(para('headerField', [run(v.trim(), 'headerFields', { spacing: 0 })], { align: 'left' }));
    y += GRID.line;
  }
  const markText = m.organ.headerText.trim() || m.organ.fullName.trim();
  if (markText) {
    const { size, scale } = organMarkSize(markText);
    const line = Math.ceil(size * 20 * ORGAN_MARK_LINE);
    const before = Math.max(0, Math.round(HEADER.organMarkTop - y - inkTopInLine(line, size)));
    out.push(
      para('organMark', [run(markText, 'organMark', { size, spacing: 0, color: COLOR.red, ...(scale < 100 ? { scale } : {}) })], {
        align: 'center',
        line,
        before,
      }),
    );
    out.push(blank(HEADER.blankLinesAfterMark * GRID.line));
  }
  out.push(...numberLines(doc, variant));
  return out;
}

/** 发文字号 (and 签发人 for 上行文) with the red rule under the last line. */
function numberLines(doc: ReportDocument, variant: Variant): PlanPara[] {
  const m = doc.meta;
  // A 草稿 may go out before the number is given: it says so, beside the 签发人 too.
  const number = m.docNumber ? formatDocNumber(m.docNumber) : variant === 'draft' ? '（发文字号待定）' : '';
  const rule: PlanBorder = { sz: RULE.redSz, color: COLOR.red, space: RULE.redSpacePt };
  const signers = m.direction === 'up' ? m.signers.map((s) => s.trim()).filter(Boolean) : [];
  const style = { spacing: 0 };
  if (!signers.length) {
    return [para('docNumber', number ? [run(number, 'body', style)] : [], { align: 'center', borderBottom: rule })];
  }
  // Names two a line, the label once; the 发文字号 on the line of the last names. The paragraph
  // carries no indent (the rule would shrink with it): the 1字 insets are tab stops.
  const label = '签发人：';
  const pairs: string[][] = [];
  for (let i = 0; i < signers.length; i += 2) pairs.push(signers.slice(i, i + 2));
  const sep = '　';
  const w = (t: string) => textWidth([{ text: t, style: { size: SIZE.body, spacing: 0 } }]);
  const widest = Math.max(...pairs.map((p) => w(p.join(sep))));
  const labelStart = Math.round(PAGE.textWidth - INDENT.docNumberInset - w(label) - widest);
  const namesStart = Math.round(labelStart + w(label));
  // Tab stops, not indents, carry the insets. The label and the names follow each other without
  // a tab (text ending exactly on a stop would jump to the next default stop).
  const numberTab: PlanTab = { pos: INDENT.docNumberInset, align: 'left' };
  return pairs.map((pair, i) => {
    const last = i === pairs.length - 1;
    const lead = last && number ? `\t${number}\t` : '\t\t';
    const runs: PlanRun[] = [run(i === 0 ? `${lead}${label}` : lead, 'body', style), run(pair.join(sep), 'signer', style)];
    const tabs = [numberTab, { pos: i === 0 ? labelStart : namesStart, align: 'left' as const }];
    return para('signers', runs, { align: 'left', tabs, ...(last ? { borderBottom: rule } : {}) });
  });
}

// ───────────────────────────── 主体 ─────────────────────────────

function titleParas(title: string, role: 'title' | 'attachTitle'): PlanPara {
  const style = { size: SIZE.title, spacing: 0 };
  const lines = balanceTitle(title, style, PAGE.textWidth);
  return para(role, [{ text: lines.join('\n'), font: 'title', ...style }], { align: 'center' });
}

const HEADING_FONT: Record<number, FontRole> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' };
const SENTENCE_END = /[。！？；：…]$/;

function bodyPara(runs: PlanRun[]): PlanPara {
  return para('body', runs, { indent: { left: 0, right: 0, firstLine: INDENT.firstLine } });
}

function blocks(blocksIn: readonly Block[], labels: Map<string, string>, variant: Variant): PlanBlock[] {
  const out: PlanBlock[] = [];
  for (const b of blocksIn) {
    if (b.type === 'paragraph') {
      out.push(bodyPara(modelRuns(b.runs, 'body', variant)));
    } else if (b.type === 'table') {
      out.push(table(b, variant));
    } else {
      const font = HEADING_FONT[b.level]!;
      const label = labels.get(b.id) ?? '';
      const heading = b.heading.trim();
      const problem = isEmptyHeading(b.heading) ? { problem: EMPTY_HEADING_MARK } : {};
      const first = b.children[0];
      if (b.runIn && first?.type === 'paragraph') {
        // Run-in: the heading sentence, closed by 。, then the first paragraph in the body font.
        const sentence = SENTENCE_END.test(heading) ? heading : `${heading}。`;
        out.push({ ...bodyPara([run(label + sentence, font), ...modelRuns(first.runs, 'body', variant)]), ...problem });
        out.push(...blocks(b.children.slice(1), labels, variant));
      } else {
        out.push(
          para('heading', [run(label + heading, font)], {
            indent: { left: 0, right: 0, firstLine: INDENT.firstLine },
            keepNext: true,
            level: b.level,
            ...problem,
          }),
        );
        out.push(...blocks(b.children, labels, variant));
      }
    }
  }
  return out;
}

// ───────────────────────────── tables ─────────────────────────────

const CELL_MARGIN = 85; // 1.5 mm
/** Cell text: 四号 on exact 20 pt lines, so rows stay compact in Word, WPS and LibreOffice. */
export const CELL_LINE = 400;

function table(t: Table, variant: Variant): PlanTable {
  const ncol = Math.max(...t.rows.map((r) => r.length));
  const cellStyle = (bold: boolean) => ({ size: SIZE.table, spacing: 0, ...(bold ? { bold } : {}) });
  // Natural width of each column: its widest cell (capped), at least two characters.
  const natural = new Array<number>(ncol).fill(0);
  t.rows.forEach((r, ri) =>
    r.forEach((c, ci) => {
      const w = textWidth([{ text: runsText(c.runs), style: cellStyle(ri < t.headerRows) }]);
      natural[ci] = Math.max(natural[ci]!, Math.min(w, PAGE.textWidth * 0.6));
    }),
  );
  const columns = fitColumns(natural.map((w) => Math.max(w + 2 * CELL_MARGIN + 20, 2 * SIZE.table * 20 + 2 * CELL_MARGIN)), PAGE.textWidth);
  const rows: PlanRow[] = t.rows.map((r, ri) => {
    const header = ri < t.headerRows;
    const cells: PlanCell[] = [];
    for (let ci = 0; ci < ncol; ci++) {
      const c = r[ci];
      const runs = c ? modelRuns(c.runs, 'body', variant, SIZE.table, 0).map((x) => (header ? { ...x, bold: true } : x)) : [];
      cells.push({ paras: [para('cell', runs, { align: header ? 'center' : 'left', line: CELL_LINE })] });
    }
    return { cells, header };
  });
  return { kind: 'table', role: 'table', columns, rows, cellMargin: CELL_MARGIN, bottomBorder: borderWidth(RULE.tableSz) };
}

/** Share `total` among columns: narrow columns keep their natural width, the rest split what is left in proportion. */
export function fitColumns(natural: number[], total: number): number[] {
  const sum = natural.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum <= total) widths = natural.map((w) => (w / sum) * total);
  else {
    const fixed = new Set<number>();
    for (;;) {
      const free = natural.map((_, i) => i).filter((i) => !fixed.has(i));
      const room = total - [...fixed].reduce((a, i) => a + natural[i]!, 0);
      const freeSum = free.reduce((a, i) => a + natural[i]!, 0);
      const share = room / free.length;
      const more = free.filter((i) => natural[i]! <= share);
      if (!more.length || free.length === more.length) {
        widths = natural.map((w, i) => (fixed.has(i) ? w : (w / freeSum) * room));
        break;
      }
      more.forEach((i) => fixed.add(i));
    }
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

export function cellWidth(t: PlanTable, ci: number): number {
  return t.columns[ci]! - 2 * t.cellMargin;
}

/** Height of a table row: its tallest cell (twips). */
export function rowHeight(t: PlanTable, row: PlanRow): number {
  if (row.exactHeight) return row.exactHeight;
  return Math.max(...row.cells.map((c, ci) => c.paras.reduce((h, p) => h + paraHeight(p, cellWidth(t, ci)), 0)));
}

// ───────────────────────────── end matter ─────────────────────────────

function attachmentNote(doc: ReportDocument): PlanPara[] {
  const list = doc.meta.attachments.map((a) => a.title.trim()).filter(Boolean);
  if (!list.length) return [];
  const lead = '附件：';
  const leadW = 3 * CHAR.san;
  if (list.length === 1) {
    return [blank(), para('attachNote', [run(lead + list[0], 'body')], { indent: { left: INDENT.firstLine + leadW, right: 0, firstLine: -leadW } })];
  }
  return [
    blank(),
    ...list.map((t, i) =>
      para('attachNote', [run(`${i === 0 ? lead : ''}${i + 1}.${t}`, 'body')], {
        indent: { left: INDENT.firstLine + leadW, right: 0, firstLine: i === 0 ? -leadW : 0 },
      }),
    ),
  ];
}

function signatureBlock(doc: ReportDocument): PlanPara[] {
  const s = doc.meta.signature;
  const organ = s.organ.trim();
  const date = s.date.trim();
  if (!organ && !date) return [];
  const w = (t: string) => textWidth([{ text: t, style: BODY_STYLE }]) - GRID.charSpacing;
  const out: PlanPara[] = [];
  if (s.sealed) {
    for (let i = 0; i < SIGNATURE.sealedBlankLines; i++) out.push(blank());
    // 成文日期 right indent 4字; 署名 centred over the date.
    const dateRight = INDENT.sealedDateRight;
    if (organ) {
      const right = date ? Math.max(0, Math.round(dateRight + (w(date) - w(organ)) / 2)) : dateRight;
      out.push(para('signature', [run(organ, 'body')], { align: 'right', indent: { left: 0, right, firstLine: 0 } }));
    }
    if (date) out.push(para('date', [run(date, 'body')], { align: 'right', indent: { left: 0, right: dateRight, firstLine: 0 } }));
  } else {
    for (let i = 0; i < SIGNATURE.unsealedBlankLines; i++) out.push(blank());
    // 署名 right indent 2字; the date starts 2字 right of the 署名's first character. A longer
    // date keeps 2字 from the right and pushes the 署名 left.
    let organRight = INDENT.unsealedSignatureRight;
    let dateLeft = PAGE.textWidth - organRight - w(organ) + INDENT.unsealedDateShift;
    if (dateLeft + w(date) > PAGE.textWidth - INDENT.unsealedSignatureRight) {
      dateLeft = PAGE.textWidth - INDENT.unsealedSignatureRight - w(date);
      organRight = Math.max(0, PAGE.textWidth - (dateLeft - INDENT.unsealedDateShift) - w(organ));
    }
    if (organ) out.push(para('signature', [run(organ, 'body')], { align: 'right', indent: { left: 0, right: Math.round(organRight), firstLine: 0 } }));
    if (date) out.push(para('date', [run(date, 'body')], { align: 'left', indent: { left: Math.max(0, Math.round(dateLeft)), right: 0, firstLine: 0 } }));
  }
  return out;
}

function notePara(doc: ReportDocument): PlanPara[] {
  const note = doc.meta.note.trim();
  if (!note) return [];
  const text = /^[（(].*[)）]$/.test(note) ? note.replace(/^\(/, '（').replace(/\)$/, '）') : `（${note}）`;
  return [bodyPara([run(text, 'body')])].map((p) => ({ ...p, role: 'note' as const }));
}

function attachmentPages(doc: ReportDocument, variant: Variant): PlanBlock[] {
  const list = doc.meta.attachments;
  const out: PlanBlock[] = [];
  list.forEach((a, i) => {
    const label = list.length > 1 ? `附件${i + 1}` : '附件';
    out.push(para('attachLabel', [run(label, 'attachmentLabel', { spacing: 0 })], { align: 'left', pageBreakBefore: true }));
    out.push(blank());
    if (a.title.trim()) out.push(titleParas(a.title, 'attachTitle'), blank());
    out.push(...blocks(a.blocks, numberSections(a.blocks), variant));
  });
  return out;
}

// ───────────────────────────── 版记 ─────────────────────────────

/** The 版记 as a one-column table (LibreOffice drops floating ones): 抄送 and 印发 rows between thick and thin rules. */
export function colophon(doc: ReportDocument): PlanTable | null {
  const m = doc.meta;
  const cc = m.cc.map((c) => c.trim()).filter(Boolean);
  const printedBy = m.printedBy.trim();
  const printedDate = m.printedDate.trim();
  if (!cc.length && !printedBy && !printedDate) return null;
  const style = { size: SIZE.colophon, spacing: 0 };
  const inset = INDENT.colophonInset;
  const rows: PlanRow[] = [];
  if (cc.length) {
    const lead = '抄送：';
    const leadW = 3 * CHAR.si;
    let text = lead + cc.join('，');
    if (!/[。.]$/.test(text)) text += '。';
    const p = para('colophon', [{ text, font: 'colophon', ...style }], { align: 'left', indent: { left: inset + leadW, right: inset, firstLine: -leadW } });
    rows.push({ cells: [{ paras: [p] }], header: false, exactHeight: paraHeight(p) });
  }
  const printed = printedDate ? `${printedDate}${printedDate.endsWith('印发') ? '' : '印发'}` : '';
  const p = para('colophon', [{ text: `${printedBy}\t${printed}`, font: 'colophon', ...style }], {
    align: 'left',
    indent: { left: inset, right: 0, firstLine: 0 },
    tabs: [{ pos: PAGE.textWidth - inset, align: 'right' }],
  });
  // The thick bottom rule is drawn below the last row: take it off that row, so the rule's lower
  // edge lands where the row's last grid line ends.
  const bottomBorder = borderWidth(RULE.colophonThickSz);
  rows.push({ cells: [{ paras: [p] }], header: false, exactHeight: GRID.line - bottomBorder });
  return { kind: 'table', role: 'colophon', columns: [PAGE.textWidth], rows, cellMargin: 0, bottomBorder };
}

// ───────────────────────────── the whole ─────────────────────────────

/** Everything before the 版记, in order. */
export function contentBlocks(doc: ReportDocument, variant: Variant): PlanBlock[] {
  const out: PlanBlock[] = [];
  const m = doc.meta;
  if (variant !== 'web') {
    out.push(...headerBlock(doc, variant));
    // Two blank lines under the red rule, rounded so the title sits on the page grid.
    const above = out.reduce((h, b) => h + (b.kind === 'para' ? paraHeight(b) : 0), 0);
    const titleTop = Math.round((above + HEADER.blankLinesBeforeTitle * GRID.line) / GRID.line) * GRID.line;
    out.push(blank(Math.max(Math.round(1.5 * GRID.line), titleTop - above)));
  }
  if (m.title.trim()) out.push(titleParas(m.title, 'title'));
  if (m.addressee.trim()) {
    for (let i = 0; i < HEADER.blankLinesAfterTitle; i++) out.push(blank());
    let a = m.addressee.trim();
    if (!/[：:]$/.test(a)) a += '：';
    out.push(para('addressee', [run(a, 'body')], { align: 'justify' }));
  } else if (m.title.trim()) out.push(blank());
  for (const p of doc.lead) out.push(bodyPara(modelRuns(p.runs, 'body', variant)));
  out.push(...blocks(doc.body, numberSections(doc.body), variant));
  out.push(...attachmentNote(doc));
  out.push(...signatureBlock(doc));
  out.push(...notePara(doc));
  out.push(...attachmentPages(doc, variant));
  return out;
}
