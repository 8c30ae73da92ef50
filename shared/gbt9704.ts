/**
 * GB/T 9704-2012 《党政机关公文格式》 as numbers: every measure the exporter, the paged preview and
 * the pagination model use. Nothing else in the code base may hard-code a page measure.
 *
 * Units: twips (1/20 pt) unless the name says otherwise. 1 mm = 56.693 twips.
 * Source: GB/T 9704-2012 as summarised in ../shared/spec/gbt9704-layout.md beside the repository (see docs/export.md for the choices made here).
 */

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

/** Chinese type sizes in points. */
const PT = {
  chu: 42, // 初号
  xiaochu: 36, // 小初
  yi: 26, // 一号
  xiaoyi: 24, // 小一
  er: 22, // 二号
  xiaoer: 18, // 小二
  san: 16, // 三号
  xiaosan: 15, // 小三
  si: 14, // 四号
  xiaosi: 12, // 小四
  wu: 10.5, // 五号
} as const;

/** A4 with the standard's margins. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 2098, // 37 mm 天头
  marginBottom: 1984, // 35 mm
  marginLeft: 1588, // 28 mm 订口
  marginRight: 1474, // 26 mm
  /** 版心 */
  textWidth: 8844, // 156 mm
  textHeight: 12756, // 225 mm
  /** Footer distance from the paper edge: puts the dashes at ~269 mm and keeps 22 body lines. */
  footer: 1500,
  header: 1000,
  gutter: 0,
} as const;

/** The exact grid every full page follows. */
export const GRID = {
  linesPerPage: 22,
  charsPerLine: 28,
  /** Exact line pitch: 22 × 579 = 12738 ≤ 12756. 580 overflows to 21 lines in Word. */
  line: 579,
  /**
   * Body runs are 16 pt with −0.25 pt spacing: 28 × 15.75 pt = 441 pt fits the 442.2 pt line in
   * both Word and LibreOffice (−0.2 pt would not). Value in twips (docx `w:spacing`).
   */
  charSpacing: -5,
} as const;

/** 1字 for a 三号 line and for a 四号 line (版记, page numbers). */
export const CHAR = {
  san: 320,
  si: 280,
} as const;

/** Colours (hex, no #). */
export const COLOR = {
  red: 'FF0000',
  black: '000000',
  /** Grey, so the 草稿 mark is never taken for the red 版头. */
  draftMark: '808080',
} as const;

/** Rules. docx border `sz` is in eighths of a point. */
export const RULE = {
  /** Red separator under the 发文字号: practice 1–1.5 pt. */
  redSz: 8 * 1.25, // 1.25 pt
  /**
   * Distance from the 发文字号 line to the red rule (paragraph border space, whole points): 7 pt
   * puts the rule 4.1 mm under the glyphs' lower edge on the render (11 pt gave 5.6 mm).
   */
  redSpacePt: 7,
  /** 版记: first and last rule 0.35 mm, between items 0.25 mm. */
  colophonThickSz: 8,
  colophonThinSz: 6,
  /** Table cell borders, 0.5 pt. */
  tableSz: 4,
} as const;

/** Sizes (pt) per element. */
export const SIZE = {
  organMark: { max: PT.chu + 6, min: PT.xiaoyi }, // 发文机关标志: as large as fits, 48 pt down to 24 pt
  headerFields: PT.san, // 份号 密级 紧急程度
  docNumber: PT.san,
  title: PT.er,
  body: PT.san,
  colophon: PT.si,
  pageNumber: PT.si,
  table: PT.si,
  draftMark: PT.si,
} as const;

/** Vertical placement of the 版头 (twips from the top of the 版心). */
export const HEADER = {
  /** Top edge of the 发文机关标志: 35 mm below the top of the 版心 (72 mm from the paper edge). */
  organMarkTop: mm(35),
  /** The 发文字号 sits two blank lines under the 标志. */
  blankLinesAfterMark: 2,
  /** The red rule 4 mm below the 发文字号. */
  redRuleBelowNumber: mm(4),
  /** Two blank lines between the red rule and the title. */
  blankLinesBeforeTitle: 2,
  /** One blank line between the title and the 主送. */
  blankLinesAfterTitle: 1,
} as const;

/** Indents in 三号 characters. */
export const INDENT = {
  firstLine: 2 * CHAR.san,
  /** 上行文: 发文字号 1字 from the left, 签发人 1字 from the right. */
  docNumberInset: CHAR.san,
  /** Sealed: 成文日期 right indent 4字. Unsealed: 署名 right indent 2字, date 2字 further right. */
  sealedDateRight: 4 * CHAR.san,
  unsealedSignatureRight: 2 * CHAR.san,
  unsealedDateShift: 2 * CHAR.san,
  /** 版记 items 1字 (四号) in from both sides; page numbers 1字 in from the 版心 edge. */
  colophonInset: CHAR.si,
  pageNumberInset: CHAR.si,
} as const;

/** Blank lines left for the seal above the 署名 (sealed) or between body and 署名 (unsealed). */
export const SIGNATURE = {
  sealedBlankLines: 2,
  unsealedBlankLines: 1,
} as const;

/** Footer paragraph: exact 14 pt line so the footer box never reaches into the body area. */
export const FOOTER_LINE = 280;

/** "— N —" with em dashes; half-width digits. */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}
