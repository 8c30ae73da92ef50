/** Why a text is not a 发文字号, in the clerk's words (the rule itself: ./doc-number.ts). */
import { DOC_NUMBER_LIMITS } from './model/document';

export const DOC_NUMBER_MESSAGES = {
  empty: '请输入发文字号，如：互政〔2025〕12号。',
  noCode: '发文字号缺少机关代字，应写成“机关代字〔年份〕序号号”，如：互政〔2025〕12号。',
  codeBad: '机关代字中不能含空格、括号或数字。',
  codeLong: `机关代字过长（最多 ${DOC_NUMBER_LIMITS.codeMax} 个字）。`,
  wrongBrackets: '年份应使用六角括号“〔〕”，不能用“［］”“【】”“（）”“()”或“[]”。',
  noBrackets: '年份应放在六角括号“〔〕”中，如：互政〔2025〕12号。',
  yearDigits: '年份应为 4 位阿拉伯数字，如〔2025〕。',
  yearRange: `年份应在 ${DOC_NUMBER_LIMITS.yearMin} 至 ${DOC_NUMBER_LIMITS.yearMax} 之间。`,
  fullWidth: '年份和序号请使用半角阿拉伯数字（0-9），不要用全角数字或汉字数字。',
  noSeq: '缺少发文顺序号，应写成“〔年份〕序号号”，如：〔2025〕12号。',
  ordinal: '发文顺序号前不加“第”字，应写成“12号”。',
  leadingZero: '发文顺序号不编虚位，不能以 0 开头（写“1号”，不写“01号”）。',
  seqRange: `发文顺序号应在 1 至 ${DOC_NUMBER_LIMITS.seqMax} 之间。`,
  noHao: '发文字号应以“号”字结尾，如：互政〔2025〕12号。',
  trailing: '“号”字之后不能再有其他文字。',
} as const;
