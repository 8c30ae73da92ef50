/** What the 公文校对 controls say. */
export const P = {
  selectTitle: '选中这几个字',
  fix: '修正',
  fixTitle: (from: string, to: string) => `将“${from}”改为“${to}”`,
  offer: (to: string) => `改为${to}`,
  ignore: '忽略',
  ignoreTitle: '此处不是问题，不再提示',
  fixClass: (name: string, n: number) => `全部修正${name}（${n}处）`,
  fixClassTitle: '一次修正这一类中所有确定的问题，可用 Ctrl+Z 一步撤销',
  fixed: (n: number) => `已修正 ${n} 处。`,
  nothingFixed: '没有可修正的内容（文字已改动），请重新检查。',
  notFound: '未在正文中找到这段文字，可能已修改。',
  ignoredCount: (n: number) => `已忽略 ${n} 处`,
  showIgnored: '恢复提示',
} as const;
