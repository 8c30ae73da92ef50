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

export const FONT_ROLE_LABELS: Record<FontRole, string> = {
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
}

/**
 * 字体检查: which wanted families this PC lacks and what will be drawn instead. `installed` answers
 * whether a family is present (the renderer uses document.fonts.check, tests a fixed set).
 */
export function checkFonts(settings: FontSettings, installed: (family: string) => boolean): FontCheckRow[] {
  return FONT_ROLES.map((role) => {
    const wanted = settings[role];
    if (installed(wanted)) return { role, label: FONT_ROLE_LABELS[role], wanted, used: wanted, missing: false };
    const used = (ownValue(FONT_FALLBACKS, wanted) ?? []).find((f) => installed(f)) ?? null;
    return { role, label: FONT_ROLE_LABELS[role], wanted, used, missing: true };
  });
}
