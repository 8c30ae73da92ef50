/**
 * Every Chinese word of the export buttons and the refuse-or-confirm dialog, in one place for
 * review. The refusal itself, the level names and the versions' names are shared (the 检查 panel
 * and `gongwen export` say the same): shared/export/messages.ts, shared/check/level-names.ts,
 * shared/export/variant.ts.
 */
import { LEVEL_NAMES } from '../../../shared/check/level-names';
import { VERSION_NAMES } from '../../../shared/export/variant';
import { DRAFT_MARK } from '../../../shared/layout/types';
import { NUMBER_PENDING } from '../../../shared/layout/masthead';

type Kind = 'docx' | 'pdf';

export const EX = {
  word: '导出 Word',
  web: `导出${VERSION_NAMES.web}`,
  webTitle: '不含版头和版记，供政府网站公开',
  pdf: '导出 PDF',
  pdfOf: (version: string) => `${version} PDF`,
  busy: (version: string) => `正在导出${version}…`,
  done: (fileName: string, pending: string) => `已导出：${fileName}${pending}`,
  /** After 已导出: what the official file still lacks (`gaps`, the checker's words) and where it is noted. */
  pending: (gaps: string, confirmed: boolean) => `。${gaps}${confirmed ? '，已在“历史版本”中记下' : '，见“检查”面板'}`,
  printHere: (version: string) => `已在新窗口打开${version}的打印页：请在打印对话框中选择“另存为 PDF”。`,

  confirmTitle: (version: string) => `导出${version}前请确认`,
  confirmIntro: (n: number) =>
    `以下 ${n} 处${LEVEL_NAMES.gap}：导出的正式文件将缺少这些内容，但不会印错。确认后照常导出，并在“历史版本”中记下本次确认。`,
  confirmAll: (n: number, version: string) => `确认以上 ${n} 处，导出${version}`,
  backToFill: '返回补齐',
  insteadDraft: (kind: Kind) => (kind === 'pdf' ? '改为导出草稿 PDF' : '改为导出草稿'),

  gapsLater: (n: number) => `另有 ${n} 处${LEVEL_NAMES.gap}，改好上面的问题后导出时再逐项确认。`,
  draftNote: `草稿每页标有“${DRAFT_MARK}”，缺少的发文字号印作“${NUMBER_PENDING}”，可随时导出供传阅、修改。`,
  backToFix: '返回修改',
  exportDraft: (kind: Kind) => (kind === 'pdf' ? '导出草稿 PDF' : '导出草稿'),
} as const;
