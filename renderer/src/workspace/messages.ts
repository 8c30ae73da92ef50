/** Every Chinese word of the draft workspace's own frame (the panels and the editor keep theirs). */
import { FC, PV } from '../preview/messages';

/** The recovery copy's offer on opening a draft, and the question before leaving one unsaved. */
export const RV = {
  label: '未保存的修改',
  offer: (time: string) => `上次有未保存的修改（${time}），是否恢复？`,
  includes: (line: string) => `其中有：“${line}”`,
  olderBase: '这些修改是在较早的版本上做的；恢复后，现在的版本仍可在“历史版本”中找到。',
  restore: '恢复',
  discard: '放弃',
  discardConfirm: '放弃后，这些修改将无法找回。确定放弃？',
  discardYes: '确定放弃',
  leaveTitle: '离开此文稿？',
  leaveKept: '有未保存的修改，离开后可在下次打开此文稿时恢复。确定离开？',
  leaveLost: '有未保存的修改，而且本机无法为它保留恢复副本（内容过大或本机存储已满），离开后这些修改将会丢失。确定离开？',
  leave: '离开',
  stay: '留下',
} as const;

/** How the 分页预览 sits: not shown, beside the editor, or over the whole width (the editor kept open). */
export type PreviewMode = 'off' | 'beside' | 'full';

/** The title bar's words. */
export const W = {
  untitled: '（无标题）',
  preview: PV.title,
  previewFull: '全宽',
  previewFullTitle: '分页预览占满窗口宽度；再点一次回到与正文并排',
  opening: '正在打开…',
  fonts: FC.title,
  moreTitle: '字体检查、以此为模板新建下一年度报告',
} as const;

/** The save state beside the title, and why a document cannot be saved as it stands. */
export const SAVE = {
  saved: '已保存',
  unsaved: '未保存',
  saving: '保存中…',
  conflict: '保存冲突',
  failed: '保存失败',
  /** Ends a limit's sentence: what to do, then 后自动保存将继续. */
  resumes: '后自动保存将继续',
  refused: (problem: string) => `${problem}，暂不能保存；已输入的内容仍保留在窗口中。`,
} as const;
