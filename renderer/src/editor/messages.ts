/** Every sentence the editor says to the clerk, in one place. */
import { LIMITS, formatCount as n } from '../../../shared/model/limits';
import type { SectionLevel } from '../../../shared/model/document';
import { headingLabel } from '../../../shared/headings/index';

export const MSG = {
  keepRequired: (h: string) => `“${h}”是必备部分的标题，可以改写，不能删除或并入其他段落。`,
  rangeRequired: (h: string) => `所选内容跨过必备部分的标题“${h}”，不能整体删除或替换；请在各部分内分别修改。`,
  cutRequired: (h: string) => `所选内容包含必备部分的标题“${h}”，不能剪切；可以复制。`,
  dragRequired: (h: string) => `所选内容包含必备部分的标题“${h}”，不能拖动。`,
  restored: '必备部分的标题不能删除、合并或移动，已恢复原样。',
  keepTable: (t: string) => `“${t}”是模板规定的表格，不能删除，也不能与前后的文字合并；只能在表中填写数字。`,
  rangeTable: (t: string) => `所选内容跨过模板规定的“${t}”，不能整体删除或替换；表格中的数字请在表内修改。`,
  cutTable: (t: string) => `所选内容包含模板规定的“${t}”，不能剪切；可以复制。`,
  dragTable: (t: string) => `所选内容包含模板规定的“${t}”，不能拖动。`,
  deleteTable: (t: string) => `这一小节中有模板规定的“${t}”，不能删除；请先删除小节中的其他内容。`,
  tableRestored: '模板规定的表格不能删除或移出所在部分，已恢复原样。',
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
  tableSize: (rows: number, columns: number) => `表格行数应为 1～${rows}，列数应为 1～${columns}。`,
  tableInHeading: '标题中不能插入表格。',
  lastRow: '表格至少保留一行；要删除整张表格，请用“删除表格”。',
  lastColumn: '表格至少保留一列；要删除整张表格，请用“删除表格”。',
  pasted: (n: number) => `已粘贴，识别出 ${n} 个标题，编号已按位置重排。`,
  pasteInHeading: '标题中只粘贴文字，已去掉换行。',
  pasteTooLarge: (size: number, room: number) =>
    size > LIMITS.draftChars
      ? `粘贴的内容有 ${n(size)} 字，超过每份草稿 ${n(LIMITS.draftChars)} 字的上限，未粘贴，正文没有改动。请只复制需要的部分分段粘贴；内容确实这么多时，请拆成几份草稿。`
      : `粘贴的内容有 ${n(size)} 字，本稿还能容纳 ${n(room)} 字（每份草稿上限 ${n(LIMITS.draftChars)} 字），未粘贴，正文没有改动。请删减后分段粘贴；整份 Word 文件可在草稿箱用“导入 Word/文本…”另建草稿。`,
  pasteHeadingTooLong: (after: number) =>
    `粘贴后标题将有 ${n(after)} 字，超过标题 ${n(LIMITS.headingChars)} 字的上限，未粘贴。标题只写一句，正文请粘贴到标题下方的段落中。`,
  pasteParagraphTooLong: (after: number) =>
    `粘贴后这一段将有 ${n(after)} 字，超过单段 ${n(LIMITS.runChars)} 字的上限，未粘贴，正文没有改动。请先在原文中分段再粘贴。`,
  pasteTooManyLead: (after: number) =>
    `粘贴后开头将有 ${n(after)} 段，超过 ${n(LIMITS.leadParagraphs)} 段的上限，未粘贴。正文请粘贴到各部分标题之下。`,
  pasteTooManyBlocks: (after: number) =>
    `粘贴后正文将有 ${n(after)} 个段落、表格和小节，超过 ${n(LIMITS.listBlocks)} 个的上限，未粘贴，正文没有改动。请分段粘贴。`,
  /** A pasted block the document's schema refuses, in describe-issue's words. */
  pasteRefused: (sentence: string) => `${sentence}正文没有改动。`,
  /** Where the refused block is, and what to do before pasting again, in pasteRefused's sentence. */
  pasteWhere: '粘贴的内容',
  pasteAgain: '后再粘贴',
  figuresConfirmed: (n: number) => `已确认 ${n} 处数字。`,
  noFigures: '所选内容中没有待核实的数字。',
  /** The tip on a figure carried over from last year's report. */
  figureTitle: '上年数据，待核实',
  /**
   * Shown in place of an empty heading (never stored): an error, not wording. `was` is what the
   * heading said before it was emptied; `template` the template's wording of its part.
   */
  emptyHeading: (was: string | null, template: string | null) =>
    was ? `标题不能为空，原为：${was}` : template ? `标题不能为空，模板用语：${template}` : '标题不能为空，请输入小节标题',
  typedNumber: (level: SectionLevel) =>
    `已转为“${headingLabel(level, 1)}”级标题，序号按位置自动生成。要保留所输文字，请按 Ctrl+Z。`,
} as const;

/** The toolbar's buttons and groups, and the 插入表格 size dialog. */
export const TB = {
  label: '编辑工具',
  group: { section: '小节', format: '格式', table: '表格' },
  addSection: '新增小节',
  promote: '升级',
  demote: '降级',
  moveUp: '上移',
  moveDown: '下移',
  bold: '加粗',
  boldTitle: '加粗（Ctrl+B）',
  insertTable: '插入表格',
  insertTableTitle: '插入表格（先选行数和列数）',
  rowAfter: '加行',
  deleteRow: '删行',
  colAfter: '加列',
  deleteCol: '删列',
  deleteTable: '删除表格',
  deleteSection: '删除小节',
  runIn: '段首标题',
  toBody: '转为正文',
  confirmFigures: '确认数字',
  rows: '行数',
  columns: '列数',
  sizeHint: (rows: number, columns: number) => `第一行为表头。行数 1～${rows}，列数 1～${columns}。`,
  insert: '插入',
  cancel: '取消',
} as const;

/** How a heading is named in a message: its text, else its template wording. */
export function headingName(text: string, fallback = '该标题'): string {
  const t = text.trim();
  return t.length > 24 ? t.slice(0, 24) + '…' : t || fallback;
}
