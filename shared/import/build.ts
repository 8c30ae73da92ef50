/**
 * Lines (from a .txt or a .docx) → ReportDocument. Both importers reduce their file to a list of
 * lines with a few hints (Word heading style, bold, Title style) and tables; everything after
 * that is here, so .txt and .docx read the same report the same way.
 *
 * Order of work: drop web noise; take the end matter off the end (版记, 附件 pages, 成文日期,
 * 署名, 附件说明); take the front matter off the start (发文机关标志, 发文字号, title, 主送);
 * then headings and paragraphs into a tree; then slots (shared/slots.ts). Nothing that is not
 * noise is dropped: what cannot be placed stays as body text.
 */
import { readFixedTables } from './fixed-tables';
import type { Block, DocNumber, Paragraph, ReportDocument, Run, Section, SectionLevel, Table, Attachment } from '../model/document';
import { SavableDocument, SCHEMA_VERSION, runsText } from '../model/document';
import { describeIssue } from '../model/describe-issue';
import type { Template } from '../model/template';
import { AppError } from '../errors';
import { getTemplate, newSectionId, type OrganDefaults } from '../templates';
import { assignSlots, slotsForHeading, type UnmappedSection } from '../slots';
import { cleanHeading, endsLikeSentence, headingLabel, numberSections, parseHeadingPrefix, splitRunIn } from '../headings/index';
import { findSpam, isNoiseLine } from './noise';
import { mergeRuns, sliceRuns, trimRuns } from './runs';
import { trimEndChars } from '../trim';
import { IMPORT_MESSAGES } from './messages';

export interface SourceLine {
  kind: 'line';
  runs: Run[];
  /** Level from a Word heading style or outline level (1-4). */
  styleLevel?: SectionLevel | undefined;
  /** The whole paragraph is bold (directly or by its style). */
  bold?: boolean | undefined;
  /** Word's Title style. */
  titleStyle?: boolean | undefined;
}
interface SourceTable {
  kind: 'table';
  table: Table;
}
export type SourceItem = SourceLine | SourceTable;

export interface ImportOptions {
  /** Template to import onto; default fazhi-annual. */
  templateId?: string | undefined;
  /** Reported year to use when the file does not say. */
  year?: number | undefined;
  /** The clerk's organ profile: fills organ, 主送, 签发人 and 印发机关 where the file is silent. */
  organ?: OrganDefaults | undefined;
  /** Told as the import moves on, for a progress display (the import worker reports it). */
  onStage?: ((stage: ImportStage) => void) | undefined;
}

/** unzip → parse → read (paragraphs and tables) → arrange (the outline); a .txt only arranges. */
export type ImportStage = 'unzip' | 'parse' | 'read' | 'arrange';

export interface ImportResult {
  doc: ReportDocument;
  /** Notes for the clerk, in Chinese. */
  warnings: string[];
  /** First-level sections that fill no template slot (they stay in the document). */
  unmapped: UnmappedSection[];
  /** Lines removed as web-page furniture, as they stood. */
  dropped: string[];
}

interface Line {
  kind: 'line';
  text: string;
  runs: Run[];
  styleLevel?: SectionLevel | undefined;
  bold?: boolean | undefined;
  titleStyle?: boolean | undefined;
}
type Item = Line | SourceTable;

const DATE_LINE =
  /^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
const ORGAN_AND_DATE = /^(\S.{0,38}?)[\s\u3000]+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/;
/** Date and 印发 at the end of the 版记 line; what stands before it (after a space) is the organ. */
const PRINTED_DATE = /((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*印发$/;
const CC = /^抄\s*送[：:]\s*(.*)$/;
const ATTACHMENT_NOTE = /^附\s*件[：:]\s*(.*)$/;
const ATTACHMENT_PAGE = /^附\s*件\s*(\d{0,2})\s*[：:]?$/;
const CLOSING = /^(?:特此报告|特此请示|特此函告|特此说明|妥否[，,]?\s*请批示|以上报告[，,]?\s*请审[阅议])[。.！!]?$/;
const DOC_NUMBER = /^(.{1,20}?)\s*[〔[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*(\d{1,5})\s*号/;
const TITLE_END = /(?:报告|请示|意见|函|通知|汇报|总结|情况)$/;
/** Endings that make a title only with 关于 or a year in it ("工作情况" alone is a heading). */
const WEAK_TITLE_END = /(?:情况|总结|汇报)$/;
const YEAR = /(?:19|20)\d{2}\s*年/;
/** The first line of a title broken after 关于 or after the year. */
const TITLE_START = /(?:关于|(?:19|20)\d{2}\s*年度?)$/;
/** Characters no title carries: page furniture (breadcrumbs, index rows, "来源：…"). */
const NOT_IN_TITLE = /[|｜>＞›»:：*]/;
/** Shorter than this, a line ending in 报告 is a page's column name ("工作报告"), not a title. */
const MIN_TITLE = 8;
/** An index row that carries the title: "标 题 | XX关于…的报告 |". */
const TITLE_ROW = /^标\s*题\s*[|｜:：]?/;
/** What follows a title glued to its first paragraph: a year, or the usual openings. */
const AFTER_GLUED_TITLE = /^\s*(?:(?:19|20)\d{2}\s*年|近年来|今年以来|一年来|[一二三四五六七八九十]{1,2}、)/;
const ORGAN_END =
  /(?:人民政府|政府|委员会|办公室|办公厅|管理局|局|厅|委|院|部|中心|所|站|队|处|科|县|区|市|州|盟|旗|镇|乡|街道|公司|党组|党委)$/;
const NOTE = /^[（(].{1,200}[)）]$/;
/** Longer than this, a numbered line is a paragraph, not a heading. */
const MAX_HEADING = 150;
/** Front matter is short: stop looking for it after this many lines. */
const FRONT_WINDOW = 12;

/**
 * "XX人民政府办公室  2024年12月30日印发" → [organ, date]. Not one regex: /^(.+?)\s+(date)印发$/
 * retries the lazy prefix at every character of a long run of spaces (quadratic).
 */
function printedLine(t: string): [string, string, string] | null {
  const m = PRINTED_DATE.exec(t);
  if (!m) return null;
  const before = t.slice(0, m.index);
  const organ = trimEndChars(before, /[\s\u3000]/);
  if (!organ || organ.length === before.length) return null;
  return [t, organ, m[1]!];
}

export function buildDocument(source: readonly SourceItem[], options: ImportOptions = {}): ImportResult {
  const template = resolveTemplate(options.templateId);
  const warnings: string[] = [];
  const dropped: string[] = [];

  let items: Item[] = [];
  for (const it of source) {
    if (it.kind === 'table') {
      items.push(it);
      continue;
    }
    const runs = trimRuns(it.runs.map((r) => ({ ...r, text: r.text.replace(/\u00a0/g, ' ') })));
    const text = runsText(runs);
    if (!text) continue;
    if (isNoiseLine(text)) {
      dropped.push(text);
      continue;
    }
    items.push({ kind: 'line', text, runs, styleLevel: it.styleLevel, bold: it.bold, titleStyle: it.titleStyle });
  }

  const end = takeEndMatter(items);
  items = end.rest;
  const front = takeFrontMatter(items, dropped);
  items = front.rest;

  const { lead, body, sequenceWarnings } = buildTree(items, template);
  if (!lead.length && !body.length && !front.title) throw new AppError('BAD_FILE', IMPORT_MESSAGES.nothingToImport);
  warnings.push(...sequenceWarnings);
  const slots = assignSlots(body, template);
  warnings.push(...slots.warnings);
  // Prescribed tables (政府信息公开 样表) read by their row and column labels; rows the outline
  // took for headings go back into their table, and the notes about those headings go too.
  const fixed = readFixedTables(body, template);
  if (fixed.absorbed.length) {
    // Renumbering notes are stale too: the misread rows shifted the positions they compared with.
    const labels = numberSections(body);
    const numbered = new Set(body.filter((b): b is Section => b.type === 'section').map((s) => `${labels.get(s.id) ?? ''}${s.heading}`));
    const misread = (w: string) =>
      fixed.absorbed.some((h) => w.includes(h.slice(0, 12))) || [...numbered].some((n) => w.startsWith(IMPORT_MESSAGES.renumberedHead(n)));
    const kept = warnings.filter((w) => !misread(w));
    warnings.length = 0;
    warnings.push(...kept);
    slots.unmapped = slots.unmapped.filter((u) => !fixed.absorbed.includes(u.heading));
  }
  warnings.push(...fixed.notes);

  const attachments = mergeAttachments(end.attachmentTitles, end.attachmentPages);
  const titleOrgan = front.title ? organFromTitle(front.title) : '';
  const profile = options.organ;
  const organ = titleOrgan || end.signatureOrgan || profile?.fullName || '';
  const year = reportedYear(front.title, lead, end.signatureDate, options.year, items);

  if (!front.title) warnings.push(IMPORT_MESSAGES.noTitle);
  if (!end.signatureDate) warnings.push(IMPORT_MESSAGES.noSignature);
  if (!organ) warnings.push(IMPORT_MESSAGES.noOrgan);
  if (dropped.length) warnings.push(IMPORT_MESSAGES.droppedWebLines(dropped.length));
  warnings.push(...front.notes);
  const spam = findSpam([front.title, ...items.map((i) => (i.kind === 'line' ? i.text : ''))].join('\n'));
  if (spam) warnings.push(IMPORT_MESSAGES.spam(spam));

  const doc: ReportDocument = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      year,
      templateId: template.id,
      kind: template.kind,
      direction: template.direction,
      organ: {
        fullName: organ,
        headerText: front.headerText || profile?.headerText || '',
        code: front.docNumber?.code || profile?.code || '',
      },
      docNumber: front.docNumber,
      signers: front.signers.length ? front.signers : (profile?.signers ?? []),
      title: front.title,
      addressee: front.addressee || profile?.addressee || template.addressee,
      signature: { organ: end.signatureOrgan, date: end.signatureDate, sealed: template.endMatter.sealed },
      note: end.note,
      attachments,
      cc: end.cc,
      printedBy: end.printedBy || profile?.printedBy || '',
      printedDate: end.printedDate,
    },
    lead,
    body,
  };
  // What is imported must be savable: a draft the clerk could open but never save loses work.
  const checked = SavableDocument.safeParse(doc);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const why = first ? `：${describeIssue(first, doc).text}` : '';
    throw new AppError('TOO_LARGE', IMPORT_MESSAGES.overDraftLimit(why));
  }
  return { doc: checked.data, warnings, unmapped: slots.unmapped, dropped };
}

function resolveTemplate(id: string | undefined): Template {
  const template = getTemplate(id ?? 'fazhi-annual');
  if (!template) throw new AppError('NOT_FOUND', IMPORT_MESSAGES.noTemplate(id));
  return template;
}

// ---------------------------------------------------------------------------------------------
// End matter

interface EndMatter {
  rest: Item[];
  signatureOrgan: string;
  signatureDate: string;
  note: string;
  attachmentTitles: string[];
  attachmentPages: Attachment[];
  cc: string[];
  printedBy: string;
  printedDate: string;
}

function lineText(it: Item | undefined): string {
  return it?.kind === 'line' ? it.text : '';
}

function takeEndMatter(all: Item[]): EndMatter {
  const items = [...all];
  const out: EndMatter = {
    rest: items,
    signatureOrgan: '',
    signatureDate: '',
    note: '',
    attachmentTitles: [],
    attachmentPages: [],
    cc: [],
    printedBy: '',
    printedDate: '',
  };

  // 版记: 抄送 and 印发 lines at the very end.
  for (;;) {
    const t = lineText(items[items.length - 1]);
    const printed = printedLine(t);
    const cc = CC.exec(t);
    if (printed) {
      out.printedBy = printed[1].trim();
      out.printedDate = printed[2];
    } else if (cc) {
      out.cc = cc[1]!
        .replace(/[。.]$/, '')
        .split(/[，,、；;]\s*/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else break;
    items.pop();
  }

  // 成文日期: the last date line after which only a 附注 and 附件 pages follow.
  let dateAt = -1;
  let organInline = '';
  for (let i = items.length - 1; i >= 0 && dateAt < 0; i--) {
    const t = lineText(items[i]);
    const both = ORGAN_AND_DATE.exec(t);
    if ((DATE_LINE.test(t) || (both && !endsLikeSentence(both[1]!))) && tailIsEndMatter(items, i + 1)) {
      dateAt = i;
      if (!DATE_LINE.test(t) && both) {
        organInline = both[1]!.trim();
        out.signatureDate = both[2]!.replace(/\s+/g, '');
      } else out.signatureDate = t.replace(/\s+/g, '');
    }
  }
  if (dateAt < 0) return out;

  // After the date: 附注, then attachment pages.
  let i = dateAt + 1;
  if (NOTE.test(lineText(items[i]))) out.note = lineText(items[i++]);
  let page: Attachment | undefined;
  for (; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'line' && ATTACHMENT_PAGE.test(it.text)) {
      page = { title: '', blocks: [] };
      out.attachmentPages.push(page);
    } else if (page && !page.title && it.kind === 'line') {
      page.title = it.text;
    } else if (page) {
      page.blocks.push(it.kind === 'table' ? it.table : { type: 'paragraph', runs: it.runs });
    }
  }

  // 署名 above the date.
  let start = dateAt;
  if (organInline) out.signatureOrgan = organInline;
  else {
    const above = lineText(items[dateAt - 1]);
    if (above && isOrganLine(above)) {
      out.signatureOrgan = above;
      start = dateAt - 1;
    }
  }

  // 附件说明 above the signature: "附件：1.××" and the numbered lines after it.
  let noteAt = -1;
  for (let j = start - 1; j >= Math.max(0, start - 12); j--) {
    if (ATTACHMENT_NOTE.test(lineText(items[j]))) {
      noteAt = j;
      break;
    }
  }
  if (noteAt >= 0) {
    const first = ATTACHMENT_NOTE.exec(lineText(items[noteAt]))![1]!;
    const titles = [first, ...items.slice(noteAt + 1, start).map(lineText)]
      .map((t) => t.replace(/^\d{1,2}\s*[.．、]\s*/, '').trim())
      .filter(Boolean);
    out.attachmentTitles = titles;
    start = noteAt;
  }
  out.rest = items.slice(0, start);
  return out;
}

/** Only a 附注 and attachment pages (or nothing) from `from` to the end. */
function tailIsEndMatter(items: Item[], from: number): boolean {
  let i = from;
  if (NOTE.test(lineText(items[i]))) i++;
  return i >= items.length || ATTACHMENT_PAGE.test(lineText(items[i]));
}

function isOrganLine(t: string): boolean {
  return t.length <= 40 && !/[。，,；;：:！？]/.test(t) && !parseHeadingPrefix(t) && !CLOSING.test(t) && !DATE_LINE.test(t);
}

function mergeAttachments(titles: string[], pages: Attachment[]): Attachment[] {
  const n = Math.max(titles.length, pages.length);
  const out: Attachment[] = [];
  for (let i = 0; i < n; i++) out.push({ title: titles[i] || pages[i]?.title || '', blocks: pages[i]?.blocks ?? [] });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Front matter

interface FrontMatter {
  rest: Item[];
  title: string;
  addressee: string;
  headerText: string;
  docNumber: DocNumber | null;
  signers: string[];
  notes: string[];
}

function isShortLine(it: Item | undefined): it is Line {
  return it?.kind === 'line' && it.text.length <= 60 && !endsLikeSentence(it.text) && !parseHeadingPrefix(it.text);
}

/**
 * Spaces a web copy puts inside a title: before 关于 ("古丈县司法局 关于…") and around figures
 * ("某县 2025 年度…", text pulled from a PDF). Other spaces (between two joint issuers) stay.
 */
function tidyTitle(t: string): string {
  return t
    .replace(/[\s\u3000]+(?=关于)/g, '')
    .replace(/(?<=\d)[\s\u3000]+(?=[\d年度])|(?<=[^\s\u3000])[\s\u3000]+(?=\d)/g, '')
    .trim();
}

/** Does this text, on its own, read as a document title? */
function isTitleText(raw: string): boolean {
  const text = tidyTitle(raw);
  if (text.length < MIN_TITLE || text.length > 80 || NOT_IN_TITLE.test(text) || !TITLE_END.test(text)) return false;
  if (WEAK_TITLE_END.test(text)) return text.includes('关于') || YEAR.test(text);
  return text.includes('关于') || /报告$/.test(text);
}

/** A line naming an organ and nothing else ("赵县人民政府"): the first line of a two-line title. */
function isOrganName(t: string): boolean {
  return t.length <= 30 && ORGAN_END.test(t) && !/[\s\u3000。，,；;：:！？|｜>]/.test(t) && !findSpam(t);
}

/** The smallest window of 1-3 short lines at `at` that reads as a title; its length, or 0. */
function titleWindow(items: Item[], at: number): { size: number; text: string } | null {
  let text = '';
  for (let size = 1; size <= 3; size++) {
    const it = items[at + size - 1];
    if (!isShortLine(it)) return null;
    text += it.text;
    if (text.length > 80) return null;
    if (size === 1 && it.titleStyle) return { size, text };
    // A title set on several lines has 关于 or a year, and no spaces inside a line: a menu
    // line ("首页 政务公开 互动交流") above a column name ("工作报告") is not one.
    if (size > 1 && /[\s\u3000]/.test(it.text + lineText(items[at]))) return null;
    if (isTitleText(text) && (size === 1 || text.includes('关于') || YEAR.test(text))) {
      // A complete title on the last line alone: what stands above it is page furniture
      // ("工作报告" column names, dates), unless it is the start of the same title: an organ
      // ("赵县人民政府"), or a line ending in 关于 or a year ("互助县人民政府关于2024年度").
      if (size > 1 && isTitleText(it.text)) {
        const above = items.slice(at, at + size - 1).every((x) => x.kind === 'line' && (isOrganName(x.text) || TITLE_START.test(x.text)));
        if (!above) return null;
      }
      return { size, text: tidyTitle(text) };
    }
  }
  return null;
}

/** A title glued to the first paragraph ("……情况报告2024年，全县……"): [title, where the text starts]. */
function gluedTitle(line: Line): [string, number] | null {
  const head = line.text.slice(0, 90);
  for (const m of head.matchAll(/报告|汇报|总结|情况/g)) {
    const end = m.index + m[0].length;
    const title = head.slice(0, end);
    if (/[，,。；;！？!?]/.test(title)) return null;
    if (AFTER_GLUED_TITLE.test(line.text.slice(end)) && isTitleText(title)) return [tidyTitle(title), end];
  }
  return null;
}

function takeFrontMatter(source: Item[], dropped: string[]): FrontMatter {
  let items = source;
  const out: FrontMatter = { rest: items, title: '', addressee: '', headerText: '', docNumber: null, signers: [], notes: [] };
  let i = 0;
  const skipped: string[] = [];
  const limit = Math.min(items.length, FRONT_WINDOW);
  // A table above the title (份号/密级 boxes, a 红头 laid out in a table) is passed over, not lost.
  const tablesAbove: Item[] = [];
  for (; i < limit; i++) {
    const t = lineText(items[i]);
    if (items[i]?.kind === 'table' && !out.title) {
      tablesAbove.push(items[i]!);
      continue;
    }
    if (!t) break;
    if (!out.headerText && /^.{2,30}文件$/.test(t) && !out.title) {
      out.headerText = t;
      continue;
    }
    const num = DOC_NUMBER.exec(t);
    if (num && !out.docNumber && t.length <= 60) {
      out.docNumber = { code: num[1]!.trim(), year: Number(num[2]), seq: Number(num[3]) };
      const signer = /签\s*发\s*人[：:]\s*(.+)$/.exec(t);
      if (signer) out.signers = signer[1]!.split(/[\s\u3000、，,]+/).filter(Boolean);
      continue;
    }
    const signerOnly = /^签\s*发\s*人[：:]\s*(.+)$/.exec(t);
    if (signerOnly) {
      out.signers = signerOnly[1]!.split(/[\s\u3000、，,]+/).filter(Boolean);
      continue;
    }
    const row = TITLE_ROW.exec(t);
    // Not one regex for label, title and closing bar: a lazy title before optional spaces and
    // bars would retry at every character (see the linear-trims test).
    const rowTitle = row ? trimEndChars(t.slice(row[0].length), /[\s\u3000|｜]/).trim() : '';
    if (rowTitle && isTitleText(rowTitle) && !out.title) {
      // The page's index block names the title; the document's own copy may follow.
      out.title = tidyTitle(rowTitle);
      const again = titleWindow(items, i + 1);
      if (again && again.text === out.title) i += again.size;
      i++;
      break;
    }
    const win = titleWindow(items, i);
    if (win) {
      out.title = win.text;
      i += win.size;
      // Printed twice (page headline, then the document's own title)?
      const again = titleWindow(items, i);
      if (again && (again.text.endsWith(out.title) || out.title.endsWith(again.text))) {
        out.title = pickTitle(out.title, again.text, out.notes);
        i += again.size;
      }
      break;
    }
    if (isShortLine(items[i])) {
      skipped.push(t);
      continue;
    }
    const glued = items[i]?.kind === 'line' ? gluedTitle(items[i] as Line) : null;
    if (glued) {
      const line = items[i] as Line;
      out.title = glued[0];
      const runs = trimRuns(sliceRuns(line.runs, glued[1]));
      items = [...items];
      items[i] = { ...line, runs, text: runsText(runs) };
    }
    break;
  }
  // Short lines before a title are page furniture; without any front matter they may be text:
  // then nothing is taken off the start.
  if (out.title || out.headerText || out.docNumber) dropped.push(...skipped);
  else {
    i = 0;
    tablesAbove.length = 0;
    out.signers = [];
  }

  const maybeAddressee = lineText(items[i]);
  if (
    out.title &&
    /[：:]$/.test(maybeAddressee) &&
    maybeAddressee.length <= 80 &&
    // 主送 lists organs (、 between them); a sentence (，, "如下：") is the lead.
    !/[。，,]|如下/.test(maybeAddressee) &&
    !parseHeadingPrefix(maybeAddressee)
  ) {
    out.addressee = maybeAddressee;
    i++;
  }
  out.rest = [...tablesAbove, ...items.slice(i)];
  return out;
}

/** Of a title printed twice, the longer one, unless what it adds does not read as an organ. */
function pickTitle(a: string, b: string, notes: string[]): string {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long === short) return long;
  const prefix = long.slice(0, long.length - short.length);
  if (ORGAN_END.test(prefix) && !findSpam(prefix)) return long;
  notes.push(IMPORT_MESSAGES.doubledTitle(prefix, short));
  return short;
}

/** Place names end like organs too; without 关于 only a real organ before the year is taken. */
const PLACE_ONLY = /(?:县|区|市|州|盟|旗|镇|乡)$/;

function organFromTitle(title: string): string {
  const at = title.indexOf('关于');
  if (at > 0) {
    const organ = title.slice(0, at);
    return ORGAN_END.test(organ) && !findSpam(organ) ? organ : '';
  }
  // "龙川县司法局2024年法治政府建设年度报告": the organ stands before the year.
  const year = /(?:19|20)\d{2}\s*年/.exec(title);
  const organ = year ? title.slice(0, year.index) : '';
  return organ && ORGAN_END.test(organ) && !PLACE_ONLY.test(organ) && !findSpam(organ) ? organ : '';
}

function reportedYear(title: string, lead: Paragraph[], signatureDate: string, fallback: number | undefined, items: Item[]): number {
  const first = (text: string) => {
    for (const m of text.matchAll(/((?:19|20)\d{2})\s*年/g)) if (Number(m[1]) >= 1949) return Number(m[1]);
    return undefined;
  };
  const fromTitle = first(title);
  if (fromTitle) return fromTitle;
  const fromLead = first(lead.map((p) => runsText(p.runs)).join(''));
  if (fromLead) return fromLead;
  const signed = first(signatureDate);
  if (signed) return signed - 1;
  if (fallback) return fallback;
  const counts = new Map<number, number>();
  for (const it of items) {
    if (it.kind !== 'line') continue;
    for (const m of it.text.matchAll(/((?:19|20)\d{2})\s*年/g)) {
      const y = Number(m[1]);
      if (y >= 1949) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((x, y) => y[1] - x[1])[0];
  return best ? best[0] : new Date().getFullYear() - 1;
}

// ---------------------------------------------------------------------------------------------
// Body

interface Heading {
  level: SectionLevel;
  number: number | null;
  label: string;
  heading: string;
  body: Run[];
}

function classify(line: Line, template: Template, hasTypedTopLevel: boolean): Heading | null {
  const prefix = parseHeadingPrefix(line.text);
  if (prefix) {
    const restStart = line.text.length - prefix.rest.length;
    const split = splitRunIn(prefix.rest);
    // A "heading" of several lines' length is a numbered paragraph (a list item): keep it as text.
    if (split.heading.length > MAX_HEADING) return null;
    return {
      level: prefix.level,
      number: prefix.number,
      label: prefix.label,
      heading: split.heading,
      body: trimRuns(sliceRuns(line.runs, restStart + split.bodyStart)),
    };
  }
  const short = line.text.length <= 40 && !endsLikeSentence(line.text);
  const slotWording = short && line.text.length <= 30 && slotsForHeading(line.text, template).length > 0;
  if (line.styleLevel && line.text.length <= 100) {
    const split = splitRunIn(line.text);
    return {
      level: line.styleLevel,
      number: null,
      label: '',
      heading: split.heading,
      body: trimRuns(sliceRuns(line.runs, split.bodyStart)),
    };
  }
  if (slotWording) return { level: 1, number: null, label: '', heading: cleanHeading(line.text), body: [] };
  if (short && line.bold) return { level: hasTypedTopLevel ? 2 : 1, number: null, label: '', heading: cleanHeading(line.text), body: [] };
  return null;
}

function buildTree(items: Item[], template: Template): { lead: Paragraph[]; body: Block[]; sequenceWarnings: string[] } {
  const hasTypedTopLevel = items.some((it) => it.kind === 'line' && parseHeadingPrefix(it.text)?.level === 1);
  const lead: Paragraph[] = [];
  const body: Block[] = [];
  const closing: Paragraph[] = [];
  const stack: Section[] = [];
  const counters = new Map<Section | null, Map<number, number>>();
  const sequenceWarnings: string[] = [];
  let seenHeading = false;

  const container = (): Block[] => (stack.length ? stack[stack.length - 1]!.children : body);

  for (const it of items) {
    if (it.kind === 'table') {
      container().push(it.table);
      continue;
    }
    if (CLOSING.test(it.text)) {
      closing.push({ type: 'paragraph', runs: mergeRuns(it.runs) });
      continue;
    }
    const h = classify(it, template, hasTypedTopLevel);
    if (!h) {
      const p: Paragraph = { type: 'paragraph', runs: mergeRuns(it.runs) };
      if (seenHeading) container().push(p);
      else lead.push(p);
      continue;
    }
    seenHeading = true;
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const section: Section = {
      type: 'section',
      id: newSectionId(),
      level: h.level,
      heading: h.heading,
      runIn: h.body.length > 0,
      children: [],
    };
    if (h.body.length) section.children.push({ type: 'paragraph', runs: mergeRuns(h.body) });
    (parent ? parent.children : body).push(section);
    stack.push(section);

    const perLevel = counters.get(parent) ?? new Map<number, number>();
    counters.set(parent, perLevel);
    const expected = (perLevel.get(h.level) ?? 0) + 1;
    perLevel.set(h.level, expected);
    if (h.number !== null && h.number !== expected && sequenceWarnings.length < 20) {
      sequenceWarnings.push(
        IMPORT_MESSAGES.renumbered(`${h.label}${h.heading}`, h.label, headingLabel(h.level, expected)),
      );
    }
  }

  // Without any heading, the lead is the opening paragraph (up to "……报告如下"); the rest is body.
  if (!seenHeading && lead.length > 1) {
    const upTo = lead.findIndex((p, i) => i < 3 && /如下[：:。]?$/.test(runsText(p.runs)));
    body.push(...lead.splice(upTo >= 0 ? upTo + 1 : 1));
  }
  body.push(...closing);
  return { lead, body, sequenceWarnings };
}
