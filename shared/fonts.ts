/**
 * Font families per role. Defaults follow GB/T 9704; many offices lack the GB2312 fonts, so the
 * family per role is a setting. The exporter writes the chosen names; the preview and the 字体检查
 * resolve them through the same fallback chains.
 */
import { ownValue } from './own';

export const FONT_ROLES = [
  'organMark', // 发文机关标志
  'title', // 标题
  'body', // 主送、正文、附件说明、署名、成文日期、附注、发文字号、“签发人：”
  'heading1', // 一、
  'heading2', // （一）
  'heading3', // 1.
  'heading4', // （1）
  'signer', // 签发人姓名
  'headerFields', // 份号、密级、紧急程度
  'colophon', // 抄送、印发
  'pageNumber', // — 1 —
  'attachmentLabel', // 附件1
  'latin', // digits and Latin letters everywhere
] as const;
export type FontRole = (typeof FONT_ROLES)[number];
export type FontSettings = Record<FontRole, string>;

const FONT_ROLE_LABELS: Record<FontRole, string> = {
  organMark: '发文机关标志',
  title: '标题',
  body: '正文',
  heading1: '一级标题（一、）',
  heading2: '二级标题（（一））',
  heading3: '三级标题（1.）',
  heading4: '四级标题（（1））',
  signer: '签发人姓名',
  headerFields: '份号、密级、紧急程度',
  colophon: '版记（抄送、印发）',
  pageNumber: '页码',
  attachmentLabel: '附件标识',
  latin: '数字和西文',
};

export const DEFAULT_FONTS: FontSettings = {
  organMark: '方正小标宋简体',
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  heading3: '仿宋_GB2312',
  heading4: '仿宋_GB2312',
  signer: '楷体_GB2312',
  headerFields: '黑体',
  colophon: '仿宋_GB2312',
  pageNumber: '宋体',
  attachmentLabel: '黑体',
  latin: 'Times New Roman',
};

/**
 * What to use when a family is missing, best first (spec "Fallback chains"). The last entries
 * are the Windows (SimSun …) and macOS (ST…) names, so a chain ends in something most PCs have.
 */
export const FONT_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  方正小标宋简体: ['方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun'],
  方正小标宋_GBK: ['方正小标宋简体', '华文中宋', 'STZhongsong', '宋体', 'SimSun'],
  仿宋_GB2312: ['仿宋', 'FangSong', 'STFangsong'],
  仿宋: ['FangSong', '仿宋_GB2312', 'STFangsong'],
  楷体_GB2312: ['楷体', 'KaiTi', 'STKaiti'],
  楷体: ['KaiTi', '楷体_GB2312', 'STKaiti'],
  黑体: ['SimHei', 'STHeiti'],
  宋体: ['SimSun', 'STSong'],
  'Times New Roman': ['Times'],
};

/**
 * What a .docx tells Word and WPS about each face (word/fontTable.xml), so a PC without the face
 * substitutes a close one instead of its default East Asian font. `standIn` goes to `w:altName`:
 * the face Chinese Windows has (仿宋_GB2312 → 仿宋). Values as Word itself records the Windows faces;
 * `charset` 86 is GB2312; the CJK faces are fixed-pitch (one em a character) except 宋体, which
 * Windows reports as variable.
 */
interface FontFace {
  standIn?: string;
  panose1?: string;
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  pitch: 'fixed' | 'variable' | 'default';
}

export const FONT_FACES: Readonly<Record<string, FontFace>> = {
  方正小标宋简体: { standIn: '宋体', charset: '86', family: 'auto', pitch: 'fixed' },
  方正小标宋_GBK: { standIn: '宋体', charset: '86', family: 'auto', pitch: 'fixed' },
  仿宋_GB2312: { standIn: '仿宋', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { standIn: '楷体', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋: { standIn: 'FangSong', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { standIn: 'KaiTi', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { standIn: 'SimHei', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { standIn: 'SimSun', panose1: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  华文中宋: { standIn: '宋体', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { panose1: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
};

/**
 * The font-table record of `family` as the exporter writes it for `role`: its own when known,
 * otherwise (a family the clerk chose) a GB2312 fixed-pitch face standing in for the role's
 * standard face's stand-in, or a plain Latin face for the digits and Latin letters.
 */
export function fontFace(family: string, role: FontRole): FontFace {
  const known = FONT_FACES[family];
  if (known) return known;
  if (role === 'latin') return { charset: '00', family: 'auto', pitch: 'variable' };
  const standard = DEFAULT_FONTS[role];
  const standIn = standard === family ? undefined : (FONT_FACES[standard]?.standIn ?? standard);
  return { ...(standIn ? { standIn } : {}), charset: '86', family: 'auto', pitch: 'fixed' };
}

/**
 * What Word or WPS show on a PC without `family`: the font table's stand-in, if the file names
 * one (null: the program's default Chinese font).
 */
function wordStandIn(family: string, role: FontRole): string | null {
  const s = fontFace(family, role).standIn;
  // 宋体 → SimSun is the same face under its English name, not a substitute.
  return s && !isAliasOf(s, family) ? s : null;
}

/** Faces every Chinese Windows has (Word and WPS find them by either name). */
const WINDOWS_FACES = new Set(['宋体', 'SimSun', '黑体', 'SimHei', '仿宋', 'FangSong', '楷体', 'KaiTi', 'Times New Roman']);
const onEveryWindowsPc = (family: string): boolean => WINDOWS_FACES.has(family);

const ALIASES: readonly (readonly string[])[] = [
  ['宋体', 'SimSun'],
  ['黑体', 'SimHei'],
  ['仿宋', 'FangSong'],
  ['楷体', 'KaiTi'],
];
function isAliasOf(a: string, b: string): boolean {
  return ALIASES.some((names) => names.includes(a) && names.includes(b));
}

/** Merge partial settings over the defaults; blank names fall back to the default. */
export function resolveFonts(partial?: Partial<FontSettings>): FontSettings {
  const out = { ...DEFAULT_FONTS };
  if (partial) {
    for (const role of FONT_ROLES) {
      const v = partial[role]?.trim();
      if (v) out[role] = v;
    }
  }
  return out;
}

/** The family and its fallbacks, as a CSS font-family list (preview). */
export function cssFontStack(family: string, generic: 'serif' | 'sans-serif' = 'serif'): string {
  const names = [family, ...(ownValue(FONT_FALLBACKS, family) ?? [])];
  return [...names.map((n) => `"${n}"`), generic].join(', ');
}

export interface FontCheckRow {
  role: FontRole;
  label: string;
  wanted: string;
  /** The family that will be used: the wanted one, the first installed fallback, or null. */
  used: string | null;
  missing: boolean;
  /** What Word and WPS show on a PC without `wanted` (the exported file's stand-in), or null for their default font. */
  inWord: string | null;
  /** Every Chinese Windows PC has `wanted` itself. */
  onWindows: boolean;
}

/**
 * 字体检查: which wanted families this PC lacks and what will be drawn instead. `installed` answers
 * whether a family is present (the renderer uses document.fonts.check, tests a fixed set).
 */
export function checkFonts(settings: FontSettings, installed: (family: string) => boolean): FontCheckRow[] {
  return FONT_ROLES.map((role) => {
    const wanted = settings[role];
    const word = { inWord: wordStandIn(wanted, role), onWindows: onEveryWindowsPc(wanted) };
    if (installed(wanted)) return { role, label: FONT_ROLE_LABELS[role], wanted, used: wanted, missing: false, ...word };
    const used = (ownValue(FONT_FALLBACKS, wanted) ?? []).find((f) => installed(f)) ?? null;
    return { role, label: FONT_ROLE_LABELS[role], wanted, used, missing: true, ...word };
  });
}
