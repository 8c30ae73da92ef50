/** Every Chinese word of the roll-forward UI (以往年报告为模板新建 and 往年对照), in one place for review. */
export const R = {
  action: (year: number) => `以此为模板新建${year}年度报告`,
  actionShort: (year: number) => `新建${year}年度`,
  actionTitle:
    '以往年报告为模板新建：另生成一份新草稿，与报告周期相关的年份顺延，沿用的数字标为“待核实”，上年的工作安排列为对照清单；本稿保持不变。',
  busy: '正在新建…',
  source: (title: string, year: number) => `${title || '（无标题）'}（${year}年度）`,

  tab: '往年对照',
  bar: '往年对照',
  figuresLeft: (n: number) => `待核实数字 ${n} 处`,
  figuresNone: '沿用的数字已全部核实',
  next: '下一个待核实数字',
  /** The bar's words where the editor column is narrow (1366×768, the preview beside): one row. */
  nextShort: '下一个',
  nextTitle: '选中光标之后的下一个“待核实”数字（黄色底纹）',
  confirm: '确认此数字',
  confirmShort: '确认',
  confirmTitle: '所选数字无误：去掉“待核实”标记，并转到下一个。直接改写数字也算核实。',
  noneLeft: '没有待核实的数字了。',
  similarTotal: (p: number) => `与上年原文相同 ${p}%`,
  similarTitle: '全文中仍与上年报告逐字相同的比例（连续10个字以上相同即计入）',

  planHead: '上年工作安排对照',
  planHeadShort: '上年安排',
  planCount: (done: number, n: number) => `已写到 ${done}/${n}`,
  planHint: '上年报告“下一年度主要安排”中的各项，应在今年“主要举措和成效”中说明落实情况；写到后请勾选。',
  planSuggest: '今年正文似已写到',
  planSuggestTitle: (p: number) => `今年新写的“主要举措和成效”中出现了此项约 ${p}% 的字词，仅供参考，是否勾选由您决定。`,
  planEmpty: '上年报告中未找到工作安排，对照清单为空。',
  toMeasures: '转到“主要举措和成效”',

  yearsHead: '待核实的年份',
  yearsHint: '以下年份无法确定是否应随年度顺延，已保留原样。请逐一核对，需要改的直接在正文中改，然后点“已核实”。',
  yearsNone: '没有待核实的年份。',
  locate: '定位',
  resolve: '已核实',
  yearNotFound: '原文已改动，找不到这段文字，已转到所在部分。',
  yearLabel: (year: number) => `${year}年`,

  similarHead: '与上年原文相同',
  similarHint: '各部分仍与上年报告逐字相同的比例（连续10个字以上相同即计入）。评审常批评“内容雷同”，请写出本年度的新情况、新数据。',
  lead: '开头段',
  total: '全文',
  percent: (p: number) => `${p}%`,
} as const;
