/** Every sentence the editor says to the clerk, in one place. */

export const MSG = {
  keepRequired: (h: string) => `“${h}”是必备部分的标题，可以改写，不能删除或并入其他段落。`,
  rangeRequired: (h: string) => `所选内容跨过必备部分的标题“${h}”，不能整体删除或替换；请在各部分内分别修改。`,
  cutRequired: (h: string) => `所选内容包含必备部分的标题“${h}”，不能剪切；可以复制。`,
  dragRequired: (h: string) => `所选内容包含必备部分的标题“${h}”，不能拖动。`,
  restored: '必备部分的标题不能删除、合并或移动，已恢复原样。',
  noMerge: '标题和正文不能合并为一段。要改为正文，请用“转为正文”。',
  noMergeHeadings: '两个标题不能合并。',
  requiredLevel: '必备部分的标题层级不能更改。',
  requiredMove: '必备部分的顺序由模板规定，不能移动。',
  requiredDelete: (h: string) => `“${h}”是必备部分，不能删除。`,
  requiredToBody: '必备部分的标题不能转为正文。',
  topLevel: '本模板的一级标题由模板规定；新增小节最高为二级（“（一）”）。',
  deepest: '已是最低一级（“（1）”）。',
  needSection: '请先把光标放在某一部分之内，再新增小节。',
  notHeading: '请先把光标放在小节标题上。',
  firstSibling: '已经是同级的第一项，不能再上移。',
  lastSibling: '已经是同级的最后一项，不能再下移。',
  deleted: (h: string) => `已删除小节“${h}”。如属误删，请按 Ctrl+Z 撤销。`,
  runInOn: '已改为段首标题：标题句与正文连成一段。',
  runInOff: '已改为单独成行的标题。',
  notInTable: '请先把光标放在表格内。',
  tableInHeading: '标题中不能插入表格。',
  lastRow: '表格至少保留一行；要删除整张表格，请用“删除表格”。',
  lastColumn: '表格至少保留一列；要删除整张表格，请用“删除表格”。',
  pasted: (n: number) => `已粘贴，识别出 ${n} 个标题，编号已按位置重排。`,
  pasteInHeading: '标题中只粘贴文字，已去掉换行。',
  figuresConfirmed: (n: number) => `已确认 ${n} 处数字。`,
  noFigures: '所选内容中没有待核实的数字。',
  emptyHeading: '请输入小节标题',
} as const;

/** How a heading is named in a message: its text, else its template wording. */
export function headingName(text: string, fallback = '该标题'): string {
  const t = text.trim();
  return t.length > 24 ? t.slice(0, 24) + '…' : t || fallback;
}
