/**
 * Every Chinese sentence the checker and the header-field validators say, in one place so the
 * wording can be reviewed together. `q` quotes with Chinese quotation marks.
 */
import { LEVEL_NAMES, type LEVELS } from './level-names';

const q = (s: string | number) => `“${s}”`;
type Level = (typeof LEVELS)[number];

export const GROUP_NAMES = { structure: '结构和完整性', meta: '文头和版记', text: '文字和标点' } as const;

export const M = {
  // Structure and completeness
  slotMissing: (name: string) => `缺少${q(name)}部分。按规定，年度报告应包括这一部分。`,
  slotEmpty: (name: string) => `${q(name)}部分尚未填写。`,
  slotEmptyOptional: (name: string) => `${q(name)}部分为空，如无内容可删去该部分。`,
  slotThin: (name: string, chars: number, min: number) => `${q(name)}部分仅${chars}字，建议不少于${min}字。`,
  slotOrder: (order: string) => `各部分的顺序应为：${order}。`,
  slotNested: (name: string, parent: string) => `${q(name)}写在${q(parent)}之下，规定要求单列一部分说明。`,
  bodyEmpty: '正文尚未填写。',
  bodyThin: (chars: number, min: number) => `正文仅${chars}字，建议不少于${min}字。`,

  // Numbering and headings
  headingEmpty: (label: string) => `标题为空，导出后只会印出序号${q(label)}。请填写标题，或删去这一部分。`,
  headingEmptySlot: (label: string, wording: string) => `标题为空，导出后只会印出序号${q(label)}。请填回标题，如${q(wording)}。`,
  levelSkipped: (label: string, parentLabel: string) =>
    parentLabel
      ? `${q(label)}级标题直接出现在${q(parentLabel)}级标题之下，跳过了中间层级。`
      : `正文的第一层标题应为${q('一、')}，这里直接使用了${q(label)}级标题。`,
  typedNumberHeading: (typed: string) => `标题文字以手工输入的序号${q(typed)}开头，序号由程序自动生成，请删去，否则会印成两个序号。`,
  typedNumberParagraph: (typed: string) => `此段以${q(typed)}开头，像是手工输入的标题序号：请改为标题（序号自动生成）。`,
  typedSequence: (typed: string, expected: string) => `手工编号${q(typed)}不连续，此处应为${q(expected)}（每个上级标题下从1重新编号）。`,
  inlineSequenceStart: (word: string) => `${q(word)}前面没有${q('一是')}，请检查列举的顺序或层级。`,
  inlineSequenceGap: (word: string, prev: string, expected: string) => `${q(prev)}之后是${q(word)}，应为${q(expected)}。`,
  headingEndsWithPunct: (mark: string) => `独立成行的标题末尾不加标点，请删去${q(mark)}。`,
  runInEndsWithPunct: (mark: string) => `段首标题的句末句号由排版自动加上，标题文字末尾请勿再加${q(mark)}。`,
  headingHasSentence: '标题中含有句号，像是把正文写进了标题：可改为段首标题（标题句与正文同段）。',
  runInWithoutBody: '段首标题后没有正文，可改为独立标题，或在其后接写正文。',

  // Text and punctuation
  leadEnding: '开头段末尾“……报告如下”之后应用全角冒号“：”。',
  ordinalComma: (typed: string) => `序号${q(typed)}后不加顿号。`,
  ordinalHalfBracket: (typed: string) => `序号${q(typed)}应使用全角括号，如${q('（1）')}。`,
  ordinalArabicComma: (typed: string) => `阿拉伯数字序号${q(typed)}应写作${q(typed.replace('、', '.'))}（用圆点，不用顿号）。`,
  reportAsksApproval: (phrase: string) => `报告中不得夹带请示事项（${q(phrase)}）。需要上级批准的事项应另行请示。`,
  closingMissing: (closing: string) => `结尾应有请示的结语，如${q(closing)}。`,
  placeholder: (where: string, mark: string) => `${where}中仍有占位符${q(mark)}，请改为实际内容。`,

  // A draft rolled forward from last year's report
  unconfirmedFigures: (n: number) => `还有${n}处沿用上年的数字标为“待核实”，请逐一确认，或改为本年度数据。`,
  yearChecksOpen: (n: number) => `还有${n}处年份无法确定是否应随年度更新，已保留原样，请逐一核实。`,

  // Header fields and colophon
  fieldMissing: (field: string) => `未填写${field}。`,
  organHeaderMissing: '未填写发文机关标志（如“××县人民政府文件”）。',
  identitySignature: (signed: string, organ: string) =>
    `署名${q(signed)}与发文机关${q(organ)}不一致：请核对是否混入了其他机关的文稿，或在“文件信息”中套用正确的机关信息。`,
  identityHeader: (header: string, organ: string) => `发文机关标志${q(header)}与发文机关${q(organ)}不一致，请核对。`,
  identityTitle: (titled: string, organ: string) => `标题中的发文机关${q(titled)}与发文机关${q(organ)}不一致，请核对。`,
  docNumberMissing: '正式文件须有发文字号。',
  docNumberCode: (code: string, organCode: string) => `发文字号的机关代字${q(code)}与发文机关的代字${q(organCode)}不一致。`,
  docNumberYear: (numberYear: number, dateYear: number) => `发文字号年份〔${numberYear}〕与成文日期的年份${dateYear}年不一致。`,
  signersMissing: '上行文须标注签发人。',
  signerName: (name: string) => `签发人${q(name)}不像姓名：只写姓名，多人用${q('、')}分隔。`,
  titleEndsWithPunct: (mark: string) => `标题末尾不加标点，请删去${q(mark)}。`,
  titlePattern: (kind: string) => `标题应为“发文机关＋关于＋事由＋的${kind}”，如“××县人民政府关于2024年度法治政府建设情况的${kind}”。`,
  addresseeHalfColon: '主送机关末尾应为全角冒号“：”。',
  addresseeWrongMark: '主送机关末尾应为全角冒号“：”，不用其他标点。',
  singleAddressee: '请示只主送一个上级机关，其他机关可抄送。',
  dateSeparators: (fixed: string) => `日期应写作${q(fixed)}，用“年月日”，不用“.”“-”“/”分隔。`,
  dateChinese: (fixed: string) => `日期用阿拉伯数字书写，应写作${q(fixed)}。`,
  dateChineseNoFix: '日期用阿拉伯数字书写，如“2025年3月17日”，不用“二〇二五年”。',
  datePadded: (fixed: string) => `月、日不编虚位，应写作${q(fixed)}。`,
  dateFullWidth: (fixed: string) => `日期应使用半角阿拉伯数字，应写作${q(fixed)}。`,
  dateImpossible: (text: string) => `日期${q(text)}不存在，请核对。`,
  dateFormat: '日期应为“2025年3月17日”的格式。',
  dateYear: (dateYear: number, reportYear: number) => `成文日期为${dateYear}年，而报告年度为${reportYear}年，请核对。`,
  noteParens: '附注应加全角圆括号，如“（此件公开发布）”。',
  ccItemPunct: (item: string) => `抄送机关${q(item)}中含有标点：各机关之间用全角逗号“，”分隔，末尾句号由排版加上。`,
  ccHalfComma: '抄送机关之间应使用全角逗号“，”分隔。',
} as const;

/**
 * The severity levels' words (shared/check/levels.ts counts and decides): what each level means,
 * the verdict line, and how confirmed or outstanding gaps are said.
 */
export const LEVEL_WORDS = {
  meanings: {
    error: '会印错或不成为正式文件，修改后才能导出正式文件。',
    gap: '可在定稿前补齐；导出正式文件时须逐项确认。',
    warning: '建议修改，不影响导出。',
    info: '仅供参考。',
  } satisfies Record<Level, string>,
  count: (level: Level, n: number) => `${LEVEL_NAMES[level]} ${n} 处`,
  verdict: {
    errors: (n: number) => `有 ${n} 处${LEVEL_NAMES.error}的问题，修改后才能导出正式文件。`,
    gaps: (n: number) => `可以导出正式文件，但有 ${n} 处${LEVEL_NAMES.gap}：导出时须逐项确认。`,
    hints: `没有${LEVEL_NAMES.error}的问题，可以导出正式文件；建议再看看下面的提示。`,
    clean: '未发现问题，可以导出正式文件。',
  },
  unconfirmedGaps: (n: number, list: string) =>
    `导出正式文件前须逐项确认以下 ${n} 处${LEVEL_NAMES.gap}的内容：${list}确认后再导出，或先补齐。`,
  exportedWithGaps: (n: number, list: string) => `导出正式文件时确认了 ${n} 处${LEVEL_NAMES.gap}的内容：${list}`,
  gapsAfterExport: (n: number) => `另有 ${n} 处${LEVEL_NAMES.gap}`,
} as const;
