/** The prescribed tables' findings, in the clerk's words (rules/fixed-tables.ts). */
const q = (s: string | number) => `“${s}”`;

export const TM = {
  unknown: (id: string) => `表格${q(id)}无法识别，可能来自更新版本的模板，请重新插入规定的表格。`,
  empty: (table: string, n: number, first: string) => `${q(table)}还有 ${n} 格待填（如${first}）。没有发生的填 0。`,
  notWhole: (table: string, cell: string, v: string) => `${q(table)}${cell}为 ${v}，应为整数。`,
  tooFine: (table: string, cell: string, v: string, d: number) => `${q(table)}${cell}为 ${v}，最多保留${d}位小数。`,
  sum: (table: string, cell: string, v: string, expected: string) =>
    `${q(table)}${cell}为 ${v}，而各项之和为 ${expected}：合计应等于各项之和。`,
  balance: (table: string, column: string, left: string, right: string) =>
    `${q(table)}${column}：${left}，与${right}不相等（第一项加第二项之和，应等于第三项加第四项之和）。`,
  column: (name: string) => `${q(name)}列`,
} as const;
