/**
 * The header-fields form's own words, in one place for review. The fields' names and fieldsets
 * are the field table's (shared/header-fields/table.ts).
 */
export const T = {
  title: '文件信息',
  placeholders: {
    organFullName: '如：互助县人民政府',
    organHeader: '如：互助县人民政府文件',
    organCode: '如：互政',
    signers: '如：张三（多人用“、”分隔）',
    title: '发文机关＋关于＋事由＋的报告',
    addressee: '如：海东市人民政府：',
    signatureOrgan: '如：互助县人民政府',
    date: '如：2025年3月17日',
    note: '如：（此件公开发布）',
    cc: '如：市司法局，县人大常委会办公室',
    printedBy: '如：互助县人民政府办公室',
    printedDate: '如：2025年3月17日',
  },
  hints: {
    docNumber: '六角括号〔〕，年份四位，序号不加“第”、不编虚位。',
    addressee: '末尾冒号可省略，排版时自动加上。',
    cc: (line: string) => (line ? `排印为：抄送：${line}` : '各机关之间用“，”分隔。'),
    printedDate: '排印时自动加“印发”二字。',
  },
  profile: '套用机关信息',
  profileNone: '选择已保存的机关…',
  profileApplied: (label: string) => `已套用“${label}”的机关信息。`,
  suggestion: '建议标题：',
  useSuggestion: '采用',
  today: '今天',
  sameAsDate: '同成文日期',
} as const;
