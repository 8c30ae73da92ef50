/**
 * What the Electron shell says (save and open dialogs, the close prompt, start-up failures), in
 * one place for review. The menu's labels are in menu-template.ts, the menu itself.
 */
export const SHELL = {
  appName: '公文工作室',
  saveDocx: { title: '导出 Word 文件', filter: 'Word 文档' },
  savePdf: { title: '导出 PDF 文件', filter: 'PDF 文件' },
  savePackage: { title: '导出数据包', filter: '公文工作室数据包' },
  openPackage: '导入数据包',
  unsaved: { stay: '留下', close: '仍然关闭', message: '有未保存的修改。', detail: '关闭后，未保存的内容会在下次打开此文稿时提示恢复。' },
  cannotOpenData: '公文工作室无法打开数据文件',
  pdfFailed: '未能生成 PDF：分页预览未能打开该草稿。',
  printFailed: '未能打印：分页预览未能打开该草稿。',
  printerFailed: (why: string) => `打印失败：${why}`,
} as const;
