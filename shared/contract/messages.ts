/**
 * What the contract says when a call's input is refused, in one place for review. The limits of
 * a document are worded by shared/model/describe-issue.ts; these are the contract's own checks.
 */
export const CONTRACT_MESSAGES = {
  unknownCall: (name: string) => `不支持的操作：${name}`,
  overLimit: (sentence: string) => `提交的内容超出上限：${sentence}`,
  /** A malformed call, with where it went wrong when that can be said. */
  malformed: (where: string | null) => `提交的内容格式不正确${where ? `（位置：${where}）` : ''}。`,
  draftId: '草稿编号格式不正确',
  importJobId: '导入任务编号格式不正确',
  titleEmpty: '标题不能为空',
  versionNameEmpty: '请填写版本名称',
  versionNameTooLong: (chars: number) => `版本名称最多 ${chars} 个字`,
  codeEmpty: '请填写机关代字',
  tooManyFonts: (n: number) => `字体设置最多 ${n} 项`,
} as const;
