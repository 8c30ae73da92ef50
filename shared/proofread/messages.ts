/** Every Chinese sentence the proofreader says, in one place so the wording can be reviewed together. */
const q = (s: string | number) => `“${s}”`;

export const PM = {
  halfWidth: (mark: string, full: string) => `中文中的半角${q(mark)}应为全角${q(full)}。`,
  straightQuoteOdd: '中文中的直引号"无法确定是前引号还是后引号，请改为“”。',
  doubled: (marks: string, one: string) => `标点${q(marks)}重复，应为${q(one)}。`,
  unpairedOpen: (open: string, close: string) => `${q(open)}缺少对应的${q(close)}。`,
  unpairedClose: (close: string, open: string) => `${q(close)}缺少对应的${q(open)}。`,
  listComma: '并列的机关名称之间应使用顿号“、”。',
  word: (wrong: string, right: string, note?: string) => `${q(wrong)}应为${q(right)}${note ? `（${note}）` : ''}。`,
  term: (wrong: string, right: string) => `规范表述为${q(right)}，不写作${q(wrong)}。`,
  fullWidthDigit: (digits: string, half: string) => `数字${q(digits)}使用了全角字符，应为${q(half)}。`,
  dateForm: (typed: string, right: string) => `公文中的日期应写作${q(right)}，不写作${q(typed)}（GB/T 15835）。`,
  yearRange: (typed: string, right: string) => `年份范围应写作${q(right)}，不写作${q(typed)}。`,
  yearAbbrev: (typed: string, right: string) => `年份不应简写：${q(typed)}应为${q(right)}（GB/T 15835）。`,
  repeatChar: (typed: string, one: string) => `${q(typed)}重复，应为${q(one)}。`,
  repeatWord: (typed: string, one: string) => `词语重复：${q(typed)}应为${q(one)}。`,
  banned: (wrong: string, right: string, note?: string) =>
    `${q(wrong)}是本单位词典禁用的写法${right ? `，应为${q(right)}` : '，请改写'}${note ? `（${note}）` : ''}。`,
  relativeYear: (word: string, year: string) => `年度报告中${q(word)}所指不明，建议写明年份，如${q(year)}。`,
  suspect: (phrase: string, kind: string) =>
    `疑似被篡改或夹带的${kind}信息${q(phrase)}：请核对原文，确属误入的请删除；如确是报告内容，可点“忽略”。`,
} as const;

/** Where a suspect text sits, as the import notes list it. */
export const SUSPECT_PLACES = {
  title: '标题',
  lead: '开头段',
  section: (heading: string) => `“${heading || '（无标题）'}”部分`,
  body: '正文',
} as const;

/** 规范标点 on import: the note on what changed. */
export const NORMALIZE_MESSAGES = {
  halfWidth: (n: number) => `半角标点改为全角 ${n} 处`,
  doubled: (n: number) => `重复标点删去 ${n} 处`,
  done: (parts: readonly string[]) => `已规范标点：${parts.join('，')}。`,
} as const;

/** The 自定义词典 entry's fields and why one is refused (the 设置 form shows these under its fields). */
const DICT_FIELD = { term: '词语', replacement: '替换为', note: '说明' } as const;

export const DICT_MESSAGES = {
  field: DICT_FIELD,
  tooLong: (what: string, chars: number) => `${what}最多 ${chars} 个字`,
  oneLine: (what: string) => `${what}不能包含换行或控制字符`,
  termRequired: `请填写${DICT_FIELD.term}`,
  sameAsTerm: `${DICT_FIELD.replacement}与禁用${DICT_FIELD.term}相同`,
  acceptHasNone: `认可的${DICT_FIELD.term}没有替换写法`,
} as const;
