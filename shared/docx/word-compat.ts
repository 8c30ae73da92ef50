/**
 * What the exported file says about every layout behaviour where Word/WPS and LibreOffice differ
 * when a file is silent. Our layout engine (shared/layout) decides each line and page as
 * LibreOffice 7.4 draws them (the render test proves it); Word and WPS must not be left to their
 * own defaults where those differ. This table is the one place those choices live: the writer
 * (./package.ts) applies it to docDefaults, every style and settings.xml, the section grid comes
 * from it, the tests resolve every paragraph of an export against it, and docs/export.md explains it.
 *
 * Sources: ISO/IEC 29500-1 (the "absent means" of each element), LibreOffice 7.4's DOCX import
 * (writerfilter: which elements it reads at all), shared/layout/linebreak.ts and metrics.ts.
 */
import { NO_LINE_END, NO_LINE_START } from '../layout/metrics';
import { GRID } from '../gbt9704';

/** Paragraph and run properties are written in docDefaults and in every style, so each paragraph inherits them. */
interface StyleProperty {
  part: 'pPr' | 'rPr';
  /** WordprocessingML element (w: namespace), an on/off property. */
  element: string;
  /** Where a clerk finds it in Word (段落 → 中文版式 …). */
  wordUi: string;
  /** What an absent element means to Word and WPS (ISO/IEC 29500-1). */
  absentMeans: boolean;
  wordDefault: string;
  libreOffice: string;
  engine: string;
  /** The value every paragraph must resolve to. */
  value: boolean;
  /**
   * Written explicitly (docDefaults and every style), or deliberately left out because absence
   * already means `value` to Word and writing it would change what LibreOffice draws.
   */
  write: boolean;
}

/** settings.xml elements and the section's document grid: attributes as written. */
interface DocumentSetting {
  part: 'settings' | 'sectPr';
  element: string;
  attrs: Readonly<Record<string, string>>;
  wordUi: string;
  wordDefault: string;
  libreOffice: string;
  engine: string;
}

type CompatEntry = StyleProperty | DocumentSetting;

const chars = (set: ReadonlySet<string>) => [...set].join('');

export const WORD_COMPAT: readonly CompatEntry[] = [
  {
    part: 'pPr',
    element: 'autoSpaceDE',
    wordUi: '中文版式：自动调整中文与西文的间距',
    absentMeans: true,
    wordDefault: 'on (§17.3.1.2): ¼ em between ideographs and Latin letters',
    libreOffice: 'not read on import; always ⅕ em (its own “apply spacing between Asian and non-Asian text”)',
    engine: '⅕ em gap, as LibreOffice draws it',
    value: false,
    write: true,
  },
  {
    part: 'pPr',
    element: 'autoSpaceDN',
    wordUi: '中文版式：自动调整中文与数字的间距',
    absentMeans: true,
    wordDefault: 'on (§17.3.1.3): ¼ em between ideographs and digits',
    libreOffice: 'not read on import; always ⅕ em',
    engine: '⅕ em gap, as LibreOffice draws it',
    value: false,
    write: true,
  },
  {
    part: 'pPr',
    element: 'kinsoku',
    wordUi: '中文版式：按中文习惯控制首尾字符',
    absentMeans: true,
    wordDefault: 'on (§17.3.1.16) for zh-CN text, with Word’s own character lists',
    libreOffice: 'not read; its zh-CN forbidden-character rules always apply',
    engine: 'NO_LINE_START / NO_LINE_END (shared/layout/metrics.ts)',
    value: true,
    write: true,
  },
  {
    part: 'pPr',
    element: 'wordWrap',
    wordUi: '中文版式：允许西文在单词中间换行（关闭）',
    absentMeans: true,
    wordDefault: 'on (§17.3.1.45): Latin words break only between words',
    libreOffice: 'not read; never breaks inside a Latin word that fits a line',
    engine: 'no break between two Latin characters',
    value: true,
    write: true,
  },
  {
    part: 'pPr',
    element: 'overflowPunct',
    wordUi: '中文版式：允许标点溢出边界',
    absentMeans: true,
    wordDefault: 'on (§17.3.1.21): punctuation may hang past the right margin',
    libreOffice: 'absent: hanging punctuation on; an explicit w:overflowPunct is read inverted (val="1" turns hanging off)',
    engine: 'HANGING punctuation after Chinese text hangs in the margin (in the text; never past a table cell, where LibreOffice hangs none)',
    value: true,
    write: false,
  },
  {
    part: 'pPr',
    element: 'topLinePunct',
    wordUi: '中文版式：允许行首标点压缩',
    absentMeans: false,
    wordDefault: 'off (§17.3.1.43)',
    libreOffice: 'not read; never compresses',
    engine: 'every full-width punctuation mark is one em wide',
    value: false,
    write: true,
  },
  {
    part: 'pPr',
    element: 'snapToGrid',
    wordUi: '段落：如果定义了文档网格，则对齐到网格',
    absentMeans: true,
    wordDefault: 'on (§17.3.1.32): lines snap to the document grid when there is one',
    libreOffice: 'not read; LibreOffice snaps only by the section’s grid type',
    engine: 'exact 579-twip lines, no grid',
    value: false,
    write: true,
  },
  {
    part: 'pPr',
    element: 'adjustRightInd',
    wordUi: '段落：如果定义了文档网格，则自动调整右缩进',
    absentMeans: true,
    wordDefault: 'on (§17.3.1.1): right indent rounded to the character grid',
    libreOffice: 'not read',
    engine: 'right indents exactly as planned',
    value: false,
    write: true,
  },
  {
    part: 'pPr',
    element: 'widowControl',
    wordUi: '段落：孤行控制',
    absentMeans: true,
    wordDefault: 'on (§17.3.1.44)',
    libreOffice: 'read (2 lines when on)',
    engine: 'pages fill to 22 lines; no widow/orphan moves',
    value: false,
    write: true,
  },
  {
    part: 'rPr',
    element: 'snapToGrid',
    wordUi: '字体：对齐到网格（字符网格）',
    absentMeans: true,
    wordDefault: 'on (§17.3.2.34): characters take the character grid’s pitch when there is one',
    libreOffice: 'not read for layout',
    engine: 'advance widths plus the run’s character spacing, no grid',
    value: false,
    write: true,
  },
  {
    part: 'settings',
    element: 'characterSpacingControl',
    attrs: { 'w:val': 'doNotCompress' },
    wordUi: '中文版式 → 字符间距控制：不压缩',
    wordDefault: 'doNotCompress when absent (§17.15.1.18), but Word’s Chinese templates write compressPunctuation',
    libreOffice: 'not read (its own default: no compression)',
    engine: 'no punctuation compression',
  },
  {
    part: 'settings',
    element: 'noLineBreaksAfter',
    attrs: { 'w:lang': 'zh-CN', 'w:val': chars(NO_LINE_END) },
    wordUi: '中文版式 → 首尾字符设置：自定义，不能位于行尾的字符',
    wordDefault: 'Word’s built-in zh-CN list (§17.3.1.16, annex: also $£¥· and others)',
    libreOffice: 'not read (its zh-CN locale list)',
    engine: 'NO_LINE_END',
  },
  {
    part: 'settings',
    element: 'noLineBreaksBefore',
    attrs: { 'w:lang': 'zh-CN', 'w:val': chars(NO_LINE_START) },
    wordUi: '中文版式 → 首尾字符设置：自定义，不能位于行首的字符',
    wordDefault: 'Word’s built-in zh-CN list (it also keeps … from starting a line)',
    libreOffice: 'not read (its zh-CN locale list)',
    engine: 'NO_LINE_START',
  },
  {
    part: 'sectPr',
    element: 'docGrid',
    attrs: { 'w:type': 'default', 'w:linePitch': String(GRID.line) },
    wordUi: '页面设置 → 文档网格：无网格',
    wordDefault: 'no grid when w:type is absent (§17.6.5); the docx package writes linePitch 360',
    libreOffice: 'read: no grid',
    engine: 'no grid; exact 579-twip lines',
  },
];

export const STYLE_PROPERTIES: readonly StyleProperty[] = WORD_COMPAT.filter((e): e is StyleProperty => e.part === 'pPr' || e.part === 'rPr');
export const DOCUMENT_SETTINGS: readonly DocumentSetting[] = WORD_COMPAT.filter((e): e is DocumentSetting => e.part === 'settings' || e.part === 'sectPr');

/** The section grid from the table (the docx package writes sectPr itself). */
export function sectionGrid(): { type: string; linePitch: number } {
  const g = DOCUMENT_SETTINGS.find((s) => s.element === 'docGrid')!;
  return { type: g.attrs['w:type']!, linePitch: Number(g.attrs['w:linePitch']) };
}
