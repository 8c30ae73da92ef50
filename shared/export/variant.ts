/**
 * THE export variant: which version of a draft is produced. The layout, the .docx writer, the
 * gate, the file name, the contract and the preview all take this one type, so a fourth version
 * is one row here and a compile error everywhere that must decide about it.
 *
 * A leaf module (no imports): the layout reads it without reaching into the export pipeline.
 */
export const EXPORT_VARIANTS = ['official', 'web', 'draft'] as const;

/** official: 正式文件 by GB/T 9704; web: 网站公开版 (no 版头, no 版记); draft: marked 草稿. */
export type ExportVariant = (typeof EXPORT_VARIANTS)[number];

/** Each version's name, as the clerk reads it in buttons, dialogs, notices and the CLI. */
export const VERSION_NAMES: Record<ExportVariant, string> = { official: '正式文件', web: '网站公开版', draft: '草稿' };

/** What an exported file's name adds after the title (the official file adds nothing). */
export const VERSION_SUFFIX: Record<ExportVariant, string> = {
  official: '',
  web: `（${VERSION_NAMES.web}）`,
  draft: `（${VERSION_NAMES.draft}）`,
};
