/** Every Chinese word of the draft workspace's own frame (the panels and the editor keep theirs). */
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
