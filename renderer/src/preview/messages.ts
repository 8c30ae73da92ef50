/** Every Chinese word of 分页预览, 打印 and 字体检查, in one place for review. */

/** The paged preview and its bar. */
export const PV = {
  title: '分页预览',
  version: '版本',
  versionLabel: '预览版本',
  pages: (n: number) => `共 ${n} 页`,
  page: (n: number) => `第 ${n} 页`,
  laying: '正在排版…',
  print: '打印',
  printTitle: '按 A4 打印所选版本，版式与导出的 Word 相同',
  /** Appended to a print's note when the official file still lacks something. */
  printGaps: (n: number) => `（仍有 ${n} 处定稿前应补齐）`,
  printHere: (version: string, gaps: string) => `已在新窗口打开${version}的打印页，请在打印对话框中打印${gaps}。`,
  printed: (version: string, gaps: string) => `已发送到打印机：${version}${gaps}。`,
  printCancelled: '已取消打印。',
} as const;

const ELSEWHERE = '其他电脑缺少时';

/** 字体检查: the table of roles and the dialog or 设置 section around it. */
export const FC = {
  title: '字体检查',
  summaryMissing: (n: number) =>
    `本机缺少 ${n} 项用途的公文字体。导出的文件仍写这些字体名，在装有这些字体的电脑上显示正常；本机预览用替代字体。也可以为各用途改选本机已有的字体。`,
  summaryAll: '本机已安装全部所选字体。',
  inWordNote: `导出的 Word 文件为每种字体写明了替代字体：在没有这些字体的电脑上，Word 和 WPS 按“${ELSEWHERE}”一栏显示。汉字都占一个字宽，分行和分页不变，只是字形不同。`,
  /** A suggested family in the field's list. */
  installedHere: '本机已安装',
  col: { role: '用途', font: '字体', here: '本机', elsewhere: ELSEWHERE },
  field: (role: string) => `${role}字体`,
  installed: '已安装',
  missingUsed: (used: string) => `缺少，以“${used}”代替`,
  missingDefault: '缺少，以本机默认字体代替',
  /** What Word and WPS show on a PC without the family. */
  inWord: {
    windows: 'Windows 自带',
    shownAs: (family: string) => `显示为“${family}”`,
    latinDefault: '显示为默认西文字体',
    cjkDefault: '显示为默认中文字体',
  },
  reset: '恢复标准字体',
  cancel: '取消',
  save: '保存',
  saved: '已保存：导出和预览将使用所选字体。',
  sectionHint: '所选字体保存在默认机关信息中，导出 Word、PDF 和分页预览都使用它。',
  /** Said when 字体检查 is saved before any 机关信息 exists. */
  needProfile: '字体设置随机关信息保存：请先在“设置\u00a0›\u00a0机关信息”中填写本机关的信息，再保存字体。',
} as const;
