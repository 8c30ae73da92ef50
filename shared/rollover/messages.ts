/**
 * Every sentence rolling a report forward says to the clerk — the refusals, the notes on the new
 * draft, and why each year was moved, kept or left to check — in one place for review.
 */
export const ROLLOVER_MESSAGES = {
  badYear: (from: number, to: number) => `新报告的年度应在原报告年度（${from}年）之后十年以内，收到：${to}。`,
  tooMuch: '原报告内容过多，无法生成新一年的草稿。',
  // Notes on the new draft
  yearsMoved: (moved: number, from: number, to: number, kept: number) =>
    `已将 ${moved} 处与报告周期相关的年份改为新年度（${from}→${to}）；${kept} 处年份（历史、规划期、文件名称、发文字号）保持不变。`,
  yearChecks: (n: number) => `${n} 处年份无法确定是否应改，已保留原样，请逐一核实。`,
  figures: (n: number) => `已将 ${n} 处数字标为“待核实”：这些是上一年度的数据，请逐一确认或改为本年度数据。`,
  headingFigures: (n: number) => `有 ${n} 处数字在标题中，无法标记，请一并核实。`,
  plans: (n: number) => `上一年度的工作安排共 ${n} 项，已列为本年度对照清单，请在“主要举措和成效”中逐项说明落实情况。`,
  /** 政府信息公开年报: last year's 问题和改进 as the checklist of part 五. */
  problemPlans: (n: number) => `上一年度所列问题和改进措施共 ${n} 项，已列为本年度对照清单，请逐项说明改进情况。`,
  tablesCarried: (n: number) => `表格中上一年度“结转下年度继续办理”的 ${n} 格已转入本年度“上年结转”；其他数字已清空为“待填”，请填写本年度数据。`,
  noPlans: '未找到上一年度的工作安排，对照清单为空。',
  cleared: '发文字号和成文日期已清空，请在定稿时填写。',
} as const;

/** Why a year was moved, kept or left for the clerk to check (shown beside each year to check). */
export const YEAR_REASONS = {
  docNumber: '发文字号',
  range: '起止年份（规划期等）',
  documentName: '文件名称',
  history: '历史年份',
  target: '远期目标年份',
  comparison: '上年对比',
  lastYear: '上一年份，无法确定是对比还是历史',
  quoted: '引号中的名称含年份',
  verdict: '对年份的定性（如“收官之年”）随规划期而定',
  since: '起始时间',
  event: '可能是已发生的事件',
  reportYear: '报告年度',
  planYear: '计划年度',
} as const;
