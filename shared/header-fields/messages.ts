/** Every sentence about setting a header or colophon field from text (`--set`), in one place for review. */
export const SET_MESSAGES = {
  /** A value refused in the words of the rule it breaks, naming the field and the value. */
  refused: (label: string, value: string, problem: string) => `${label}“${value}”不正确：${problem}`,
  // The rules of the fields the form does not show (the others are the checker's, shared/check/messages.ts).
  yearForm: '应为四位年份，如 2024。',
  sealedForm: '应为“是”或“否”（true/false）。',
  directionForm: '应为 up（上行文）或 down（下行文）。',
  assignment: (text: string) => `“${text}”应写作 字段=取值，如 docNumber=互政〔2025〕12号。`,
  unknown: (name: string, names: readonly string[]) => `未知字段“${name}”。可用字段：${names.join('、')}。`,
  tooLong: (label: string) => `${label}取值不符合要求（可能过长）。`,
  someField: '设置的字段',
} as const;
