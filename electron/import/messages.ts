/**
 * What importing a file and rolling a report forward tell the clerk on the back end, in one place
 * for review. (What the importer finds in a file: shared/import/messages.ts.)
 */
export const IMPORT_RUN_MESSAGES = {
  cancelled: '已取消导入，没有新建草稿。',
  noWorker: '找不到导入组件，请先构建（npm run build:main）。',
  jobRunning: '该导入任务已在进行。',
  /** The new draft's first history note. */
  importedFrom: (fileName: string) => `导入自“${fileName}”`,
  notAnnual: (template: string) => `“${template}”不是年度报告，不按年度滚动；如需相似的文稿，请用“复制”。`,
  rolledFrom: (title: string, year: number) => `由“${title}”（${year}年度）新建`,
  /** Where a rolled-forward draft's notes come from: the source draft, and its own import while those notes are open. */
  rolloverSource: (title: string, year: number, importedFrom: string | null) =>
    `${title || '（无标题）'}（${year}年度）${importedFrom === null ? '' : `；导入自“${importedFrom}”`}`,
} as const;
