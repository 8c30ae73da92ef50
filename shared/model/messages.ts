/**
 * Why a template file (templates/*.json) is refused, in one place for review. A document's own
 * problems are worded by ./describe-issue.ts.
 */
export const TEMPLATE_MESSAGES = {
  placeholders: (known: readonly string[]) => `只能使用占位符 ${known.join('、')}`,
  duplicateSlot: (id: string) => `栏目编号重复：${id}`,
  fixedNeedsSlot: '固定大纲的模板至少要有一个栏目',
  unknownTable: (id: string) => `未定义的表格：${id}`,
  closingMissing: '要求结语时须给出结语',
} as const;
