/**
 * .docx bytes → ReportDocument. Reads word/document.xml (with styles.xml and numbering.xml) into
 * lines and tables, then hands them to the same builder as .txt (build.ts).
 *
 * Word's automatic numbering (w:numPr + numbering.xml) is turned back into the number a reader
 * sees ("（一）", "1."), which converters such as mammoth drop; the typed-number rules then read
 * the level from it, exactly as for typed numbers. Heading styles (标题 1-4 / Heading 1-4, or an
 * outline level) and short bold lines are headings too.
 *
 * Guards, each an AppError with a clear message: not a .docx (renamed .doc/.wps, PDF, RTF, HTML),
 * password-protected, corrupt zip, zip bomb (declared sizes checked from the zip directory before
 * anything is inflated, and actual inflated bytes counted), huge file, a part whose CRC-32 or size
 * does not match its zip entry, and XML past the reader's limits (xml.ts: node count, depth, text)
 * — the last with the one message for a hostile file (limits.ts).
 */
import type { Run, SectionLevel, Table, TableCell } from '../model/document';
import { AppError } from '../errors';
import { chineseNumeral } from '../headings/index';
import { buildDocument, type ImportOptions, type ImportResult, type SourceItem, type SourceLine } from './build';
import { notDocxError, sniff } from './sniff';
import { entryData, readZipDirectory, type ZipEntry } from './zip-directory';
import {
  child,
  childVal,
  elements,
  parseXml,
  xmlBudget,
  XML_LIMITS,
  XmlError,
  XmlLimitError,
  type XmlBudget,
  type XmlElement,
} from './xml';
import { crc32 } from '../crc32';
import { HOSTILE_FILE } from './limits';
import { mergeRuns } from './runs';
import { IMPORT_MESSAGES } from './messages';

/** Largest .docx accepted (photos make reports big; 50 MB is far beyond any real one). */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** Sum of the declared uncompressed sizes of all parts. */
const MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024;
/** Bytes actually inflated for one XML part we read. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

const { corrupt: CORRUPT, checksum: CHECKSUM, encryptedPart: ENCRYPTED_PART, bomb: BOMB } = IMPORT_MESSAGES;

export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const items = await readDocxItems(bytes, options.onStage);
  options.onStage?.('arrange');
  return buildDocument(items, options);
}

/** The .docx's paragraphs and tables as builder items (exported for tests and the bench). */
export async function readDocxItems(bytes: Uint8Array, onStage?: ImportOptions['onStage']): Promise<SourceItem[]> {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw new AppError(
      'TOO_LARGE',
      IMPORT_MESSAGES.docxTooLarge((bytes.byteLength / 1024 / 1024).toFixed(1)),
    );
  }
  const kind = sniff(bytes);
  if (kind !== 'zip') throw notDocxError(kind, bytes);

  let directory: ZipEntry[];
  try {
    directory = readZipDirectory(bytes);
  } catch {
    throw new AppError('BAD_FILE', CORRUPT);
  }
  const declared = directory.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_UNCOMPRESSED_BYTES || directory.some((e) => e.uncompressedSize === 0xffffffff)) throw new AppError('TOO_LARGE', BOMB);
  const names = new Set(directory.map((e) => e.name));
  if (!names.has('[Content_Types].xml')) {
    if (names.has('mimetype') || names.has('content.xml'))
      throw new AppError('BAD_FILE', IMPORT_MESSAGES.odt);
    throw new AppError('BAD_FILE', IMPORT_MESSAGES.zipNotDocx);
  }

  onStage?.('unzip');
  const byName = new Map(directory.map((e) => [e.name, e]));
  const budget = xmlBudget();
  const read = (name: string) => readPart(bytes, byName.get(name));
  const mainPath = await mainDocumentPath(read, budget);
  if (!mainPath || !byName.has(mainPath)) {
    if ([...names].some((n) => n.startsWith('xl/'))) throw new AppError('BAD_FILE', IMPORT_MESSAGES.excel);
    if ([...names].some((n) => n.startsWith('ppt/')))
      throw new AppError('BAD_FILE', IMPORT_MESSAGES.powerpoint);
    throw new AppError('BAD_FILE', IMPORT_MESSAGES.noMainPart);
  }
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const [documentXml, stylesXml, numberingXml] = await Promise.all([read(mainPath), read(`${dir}styles.xml`), read(`${dir}numbering.xml`)]);
  onStage?.('parse');
  let root: XmlElement;
  let styles: Styles;
  let numbering: Numbering;
  try {
    root = parseXml(documentXml ?? '', budget);
    styles = readStyles(stylesXml ? parseXml(stylesXml, budget) : undefined);
    numbering = new Numbering(numberingXml ? parseXml(numberingXml, budget) : undefined);
  } catch (err) {
    if (err instanceof XmlLimitError) throw new AppError('TOO_LARGE', HOSTILE_FILE);
    if (err instanceof XmlError)
      throw new AppError('BAD_FILE', IMPORT_MESSAGES.badXml);
    throw err;
  }
  const body = findBody(root);
  if (!body) throw new AppError('BAD_FILE', IMPORT_MESSAGES.noBody);
  onStage?.('read');
  const items: SourceItem[] = [];
  new BodyReader(styles, numbering, items).blocks(body);
  return items;
}

async function mainDocumentPath(read: (name: string) => Promise<string | undefined>, budget: XmlBudget): Promise<string | undefined> {
  const rels = await read('_rels/.rels');
  if (rels) {
    try {
      for (const r of elements(
        parseXml(rels, budget).children.find((c): c is XmlElement => typeof c !== 'string') ?? { name: '', attrs: {}, children: [] },
        'Relationship',
      )) {
        if (/\/officeDocument$/.test(r.attrs.Type ?? '') && r.attrs.Target) return r.attrs.Target.replace(/^\//, '');
      }
    } catch (err) {
      if (err instanceof XmlLimitError) throw new AppError('TOO_LARGE', HOSTILE_FILE);
      // otherwise fall through to the usual place
    }
  }
  return 'word/document.xml';
}

/**
 * Inflate one part, counting bytes and element openings as they come: a lying zip directory or a
 * flood of elements is stopped while it inflates, long before a tree (or the whole part) exists.
 * The bytes must then match the directory's CRC-32 and size, or the part is corrupt (a damaged
 * copy would otherwise import silently with garbage in it). Inflation is the platform's own
 * (DecompressionStream, in Node, Electron and browsers alike), cancelled at the first limit.
 */
async function readPart(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string | undefined> {
  if (!entry) return undefined;
  if (entry.flags & 1) throw new AppError('BAD_FILE', ENCRYPTED_PART);
  if (entry.method !== 0 && entry.method !== 8) throw new AppError('BAD_FILE', CORRUPT);
  let data: Uint8Array;
  try {
    data = entryData(bytes, entry);
  } catch {
    throw new AppError('BAD_FILE', CORRUPT);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tags = 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.byteLength;
    if (total > MAX_PART_BYTES) throw new AppError('TOO_LARGE', BOMB);
    tags += countTagOpenings(chunk);
    if (tags > XML_LIMITS.maxNodes) throw new AppError('TOO_LARGE', HOSTILE_FILE);
    chunks.push(chunk);
  };
  if (entry.method === 0) take(data);
  else {
    const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(value);
      }
    } catch (e) {
      void reader.cancel().catch(() => undefined);
      throw e instanceof AppError ? e : new AppError('BAD_FILE', CORRUPT);
    }
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  if (entry.uncompressedSize !== total || entry.crc32 !== crc32(all)) throw new AppError('BAD_FILE', CHECKSUM);
  return decodeXmlBytes(all);
}

/** "<" not followed by "/", "!" or "?": an element start (in UTF-8 and, its high byte being 0, UTF-16LE alike). */
function countTagOpenings(chunk: Uint8Array): number {
  let n = 0;
  for (let at = chunk.indexOf(0x3c); at >= 0; at = chunk.indexOf(0x3c, at + 1)) {
    const next = chunk[at + 1];
    if (next !== 0x2f && next !== 0x21 && next !== 0x3f) n++;
  }
  return n;
}

function decodeXmlBytes(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  return new TextDecoder('utf-8').decode(b);
}

function findBody(root: XmlElement): XmlElement | undefined {
  const doc = elements(root).find((e) => e.name.endsWith(':document') || e.name === 'document');
  return doc ? elements(doc).find((e) => e.name === 'w:body') : undefined;
}

// ---------------------------------------------------------------------------------------------
// styles.xml

interface StyleInfo {
  name: string;
  basedOn?: string | undefined;
  outlineLevel?: number | undefined;
  bold?: boolean | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
}
interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph?: string | undefined;
}

function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}

function readStyles(root: XmlElement | undefined): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraph: string | undefined;
  const stylesEl = root ? elements(root).find((e) => e.name === 'w:styles') : undefined;
  for (const s of stylesEl ? elements(stylesEl, 'w:style') : []) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const outline = childVal(pPr, 'w:outlineLvl');
    byId.set(id, {
      name: (childVal(s, 'w:name') ?? id).toLowerCase(),
      basedOn: childVal(s, 'w:basedOn'),
      outlineLevel: outline !== undefined ? Number(outline) : undefined,
      bold: onOff(child(child(s, 'w:rPr'), 'w:b')),
      numId: childVal(numPr, 'w:numId'),
      ilvl: listLevel(childVal(numPr, 'w:ilvl') ?? ''),
    });
    if (s.attrs['w:type'] === 'paragraph' && (s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true')) defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

/** A style property, looked up along the basedOn chain. */
function styleProp<K extends keyof StyleInfo>(styles: Styles, id: string | undefined, key: K): StyleInfo[K] | undefined {
  for (let depth = 0; id && depth < 12; depth++) {
    const s = styles.byId.get(id);
    if (!s) return undefined;
    if (s[key] !== undefined) return s[key];
    id = s.basedOn;
  }
  return undefined;
}

function styleHeadingLevel(styles: Styles, id: string | undefined): { level?: SectionLevel; title: boolean } {
  const name = id ? (styles.byId.get(id)?.name ?? '') : '';
  if (/^(?:title|标题)$/.test(name)) return { title: true };
  const m = /^(?:heading|标题)\s*(\d)$/.exec(name);
  const fromName = m ? Number(m[1]) : undefined;
  const outline = styleProp(styles, id, 'outlineLevel');
  const level = fromName ?? (outline !== undefined && outline < 9 ? outline + 1 : undefined);
  return level !== undefined && level >= 1 && level <= 4 ? { level: level as SectionLevel, title: false } : { title: false };
}

// ---------------------------------------------------------------------------------------------
// numbering.xml

interface LevelDef {
  fmt: string;
  text: string;
  start: number;
}

/** Word's list counters, so each numbered paragraph gets the number Word would show. */
class Numbering {
  private abstractLevels = new Map<string, Map<number, LevelDef>>();
  private numToAbstract = new Map<string, string>();
  private overrides = new Map<string, Map<number, number>>();
  private counters = new Map<string, number[]>();

  constructor(root: XmlElement | undefined) {
    const numbering = root ? elements(root).find((e) => e.name === 'w:numbering') : undefined;
    if (!numbering) return;
    for (const a of elements(numbering, 'w:abstractNum')) {
      const levels = new Map<number, LevelDef>();
      for (const l of elements(a, 'w:lvl')) {
        const ilvl = listLevel(l.attrs['w:ilvl'] ?? '0');
        if (ilvl !== undefined) levels.set(ilvl, levelDef(l));
      }
      this.abstractLevels.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of elements(numbering, 'w:num')) {
      const id = n.attrs['w:numId'] ?? '';
      this.numToAbstract.set(id, childVal(n, 'w:abstractNumId') ?? '');
      const over = new Map<number, number>();
      for (const o of elements(n, 'w:lvlOverride')) {
        const start = childVal(o, 'w:startOverride');
        const lvl = child(o, 'w:lvl');
        const ilvl = listLevel(o.attrs['w:ilvl'] ?? '0');
        if (ilvl === undefined) continue;
        if (start !== undefined) over.set(ilvl, startValue(start));
        else if (lvl) over.set(ilvl, levelDef(lvl).start);
      }
      if (over.size) this.overrides.set(id, over);
    }
  }

  /** The label for the next paragraph of list `numId` at `ilvl` (0-8), e.g. "（二）"; '' for bullets. */
  next(numId: string, ilvl: number): string {
    const abstractId = this.numToAbstract.get(numId);
    const levels = abstractId !== undefined ? this.abstractLevels.get(abstractId) : undefined;
    const def = levels?.get(ilvl);
    if (!levels || !def || abstractId === undefined) return '';
    // Lists sharing an abstract definition continue one another, unless a num restarts it.
    const key = this.overrides.has(numId) ? `num:${numId}` : `abs:${abstractId}`;
    let counts = this.counters.get(key);
    if (!counts) {
      counts = [];
      this.counters.set(key, counts);
    }
    const startOf = (l: number) => this.overrides.get(numId)?.get(l) ?? levels.get(l)?.start ?? 1;
    const current = counts[ilvl];
    // Capped like the start: only a file with hundreds of thousands of list items gets near it.
    counts[ilvl] = current === undefined ? startOf(ilvl) : Math.min(current + 1, 2 * MAX_LIST_START);
    counts.length = ilvl + 1; // deeper levels restart
    if (def.fmt === 'bullet' || def.fmt === 'none') return '';
    return def.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counts[l] ?? startOf(l);
      return formatNumber(value, levels.get(l)?.fmt ?? 'decimal');
    });
  }
}

function levelDef(l: XmlElement): LevelDef {
  return {
    fmt: childVal(l, 'w:numFmt') ?? 'decimal',
    text: childVal(l, 'w:lvlText') ?? '',
    start: startValue(childVal(l, 'w:start') ?? '1'),
  };
}

/**
 * List levels and start values as Word allows them ([MS-OI29500] 2.1.280: Word will not load an
 * ilvl outside 0-8; its 起始编号 goes up to 32767). Anything else in a file is hostile or broken:
 * an ilvl of 4294967295 would size an array, a start of 1e12 would spell a Roman numeral a
 * billion letters long. A bad level drops the list label; a bad start counts from 1.
 */
const MAX_LIST_LEVEL = 8;
const MAX_LIST_START = 32767;

function listLevel(raw: string): number | undefined {
  if (!/^\s*\d{1,3}\s*$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= MAX_LIST_LEVEL ? n : undefined;
}

function startValue(raw: string): number {
  const t = raw.trim();
  if (/^-\d{1,12}$/.test(t)) return 0;
  if (!/^\d{1,12}$/.test(t)) return 1;
  return Math.min(Number(t), MAX_LIST_START);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n < 1000 ? chineseNumeral(n) : String(n);
    case 'ideographTraditional':
      return HEAVENLY[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n); // Roman numerals stop at MMMCMXCIX
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// document.xml body

const CONTAINERS = new Set(['w:hyperlink', 'w:smartTag', 'w:ins', 'w:customXml', 'w:fldSimple', 'w:moveTo', 'w:bdo', 'w:dir']);
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:proofErr',
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:commentRangeStart',
  'w:commentRangeEnd',
]);

class BodyReader {
  constructor(
    private styles: Styles,
    private numbering: Numbering,
    private out: SourceItem[],
  ) {}

  blocks(parent: XmlElement): void {
    for (const el of elements(parent)) {
      if (el.name === 'w:p') this.paragraph(el);
      else if (el.name === 'w:tbl') this.table(el);
      else if (el.name === 'w:sdt') {
        const content = child(el, 'w:sdtContent');
        if (content) this.blocks(content);
      } else if (el.name === 'w:customXml' || el.name === 'w:ins' || el.name === 'w:moveTo') this.blocks(el);
    }
  }

  private paragraph(p: XmlElement): void {
    const pPr = child(p, 'w:pPr');
    const styleId = childVal(pPr, 'w:pStyle') ?? this.styles.defaultParagraph;
    const styleBold = styleProp(this.styles, styleId, 'bold') ?? false;
    const numPr = child(pPr, 'w:numPr');
    const numId = childVal(numPr, 'w:numId') ?? styleProp(this.styles, styleId, 'numId');
    const ilvlRaw = childVal(numPr, 'w:ilvl') ?? styleProp(this.styles, styleId, 'ilvl');
    const outline = childVal(pPr, 'w:outlineLvl');
    const heading = styleHeadingLevel(this.styles, styleId);
    let styleLevel = heading.level;
    if (outline !== undefined && Number(outline) < 4) styleLevel = (Number(outline) + 1) as SectionLevel;

    const lines: Run[][] = [[]];
    const textBoxes: XmlElement[] = [];
    this.inline(p, styleBold, lines, textBoxes);
    for (const box of textBoxes) this.blocks(box);

    const ilvl = typeof ilvlRaw === 'number' ? ilvlRaw : listLevel(ilvlRaw ?? '0');
    let label = numId && numId !== '0' && ilvl !== undefined ? this.numbering.next(numId, ilvl) : '';
    for (const runs of lines) {
      const merged = mergeRuns(runs);
      const text = merged.map((r) => r.text).join('');
      if (!text.trim()) continue;
      const bold = merged.every((r) => r.bold || !r.text.trim());
      if (label) {
        merged.unshift({ text: label, ...(merged[0]?.bold ? { bold: true } : {}) });
        label = '';
      }
      const line: SourceLine = { kind: 'line', runs: merged, bold, styleLevel, titleStyle: heading.title };
      this.out.push(line);
    }
  }

  /** Runs of a paragraph (or of a container inside it); a break starts a new line. */
  private inline(el: XmlElement, styleBold: boolean, lines: Run[][], textBoxes: XmlElement[]): void {
    for (const c of elements(el)) {
      if (c.name === 'w:r') this.run(c, styleBold, lines, textBoxes);
      else if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        if (content) this.inline(content, styleBold, lines, textBoxes);
      } else if (CONTAINERS.has(c.name)) this.inline(c, styleBold, lines, textBoxes);
      else if (SKIPPED.has(c.name)) continue;
    }
  }

  private run(r: XmlElement, styleBold: boolean, lines: Run[][], textBoxes: XmlElement[]): void {
    const rPr = child(r, 'w:rPr');
    if (onOff(child(rPr, 'w:vanish'))) return;
    const runStyleBold = styleProp(this.styles, childVal(rPr, 'w:rStyle'), 'bold');
    const bold = onOff(child(rPr, 'w:b')) ?? runStyleBold ?? styleBold;
    const push = (text: string) => {
      const line = lines[lines.length - 1]!;
      line.push(bold ? { text, bold: true } : { text });
    };
    for (const c of elements(r)) {
      switch (c.name) {
        case 'w:t':
          push(c.children.filter((x): x is string => typeof x === 'string').join(''));
          break;
        case 'w:tab':
        case 'w:ptab':
          push(' ');
          break;
        case 'w:br':
        case 'w:cr':
          lines.push([]);
          break;
        case 'w:noBreakHyphen':
          push('-');
          break;
        case 'mc:AlternateContent':
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          collectTextBoxes(c, textBoxes);
          break;
      }
    }
  }

  private table(tbl: XmlElement): void {
    const rows = elements(tbl, 'w:tr').map((tr) => cellsOf(tr));
    const cellCount = rows.reduce((n, r) => n + r.length, 0);
    // A one-cell table is a frame around text (a red header, a boxed note): read it as text.
    if (cellCount === 1) {
      const tc = elements(elements(tbl, 'w:tr')[0]!).find((e) => e.name === 'w:tc' || e.name === 'w:sdt');
      if (tc) this.blocks(tc.name === 'w:tc' ? tc : (child(tc, 'w:sdtContent') ?? tc));
      return;
    }
    const tableRows: TableCell[][] = [];
    for (const tr of rows) {
      if (!tr.length) continue;
      tableRows.push(tr.slice(0, 30).map((tc) => ({ runs: this.cellRuns(tc) })));
    }
    if (!tableRows.length) return;
    const headerRows = elements(tbl, 'w:tr').findIndex((tr) => !onOff(child(child(tr, 'w:trPr'), 'w:tblHeader')));
    const table: Table = {
      type: 'table',
      headerRows: Math.min(5, Math.max(headerRows < 0 ? tableRows.length : headerRows, 1)),
      rows: tableRows.slice(0, 2_000),
    };
    this.out.push({ kind: 'table', table });
  }

  /** A cell's paragraphs as runs, paragraphs joined by a line break; nested tables flattened. */
  private cellRuns(tc: XmlElement): Run[] {
    const sub: SourceItem[] = [];
    new BodyReader(this.styles, this.numbering, sub).blocks(tc);
    const runs: Run[] = [];
    for (const item of sub) {
      const itemRuns =
        item.kind === 'line' ? item.runs : item.table.rows.flatMap((row) => row.flatMap((cell) => [...cell.runs, { text: ' ' }]));
      if (runs.length) runs.push({ text: '\n' });
      runs.push(...itemRuns);
    }
    return mergeRuns(runs);
  }
}

function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(tr)) {
    if (c.name === 'w:tc') {
      // The continuation of a vertically merged cell is empty: keep it so columns stay aligned.
      out.push(c);
    } else if (c.name === 'w:sdt') {
      const content = child(c, 'w:sdtContent');
      if (content) out.push(...elements(content, 'w:tc'));
    }
  }
  return out;
}

/** Text boxes inside a drawing; of mc:AlternateContent only one branch (they duplicate). */
function collectTextBoxes(el: XmlElement, out: XmlElement[]): void {
  if (el.name === 'w:txbxContent') {
    out.push(el);
    return;
  }
  if (el.name === 'mc:AlternateContent') {
    const branch = elements(el).find((e) => e.name === 'mc:Choice') ?? elements(el).find((e) => e.name === 'mc:Fallback');
    if (branch) collectTextBoxes(branch, out);
    return;
  }
  for (const c of elements(el)) collectTextBoxes(c, out);
}
