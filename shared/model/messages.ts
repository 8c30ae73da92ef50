/**
 * Why a template file (templates/*.json) is refused, in one place for review. A document's own
 * problems are worded by ./describe-issue.ts.
 */
import { formatCount } from './limits';

export const TEMPLATE_MESSAGES = {
  placeholders: (known: readonly string[]) => `只能使用占位符 ${known.join('、')}`,
  duplicateSlot: (id: string) => `栏目编号重复：${id}`,
  fixedNeedsSlot: '固定大纲的模板至少要有一个栏目',
  unknownTable: (id: string) => `未定义的表格：${id}`,
  closingMissing: '要求结语时须给出结语',
} as const;

/**
 * A document's limits, after the place they are about (全文, 第三部分标题): the schema's own
 * messages and describe-issue's sentences say them alike.
 */
export const LIMIT_WORDS = {
  tooLong: (chars: number, maximum: number) => `过长（${formatCount(chars)} 字，上限 ${formatCount(maximum)} 字）`,
  tooDeep: (maximum: number) => `章节层级过深（超过 ${maximum} 层）`,
  /** The whole document, where a limit of it is said. */
  whole: '全文',
} as const;
