/** Every Chinese word the panels around the editor show, in one place for review. */
export const T = {
  navigator: '大纲',
  navigatorEmpty: '还没有标题。',
  status: { done: '完成', thin: '偏少', empty: '空白' },
  statusTitle: {
    done: '已填写',
    thin: (chars: number, min: number) => `仅${chars}字，建议不少于${min}字`,
    empty: '尚未填写',
  },
  chars: (n: number) => `${n.toLocaleString('zh-CN')}字`,
  /** A part holding prescribed tables: its cells still 待填, in place of its 字数. */
  pendingCells: (n: number) => (n ? `待填${n.toLocaleString('zh-CN')}格` : '表格已填'),
  pendingTitle: (n: number) => (n ? `表格还有${n}格待填；没有发生的填 0` : '表格各格均已填写'),
  totalChars: (n: number) => `全文 ${n.toLocaleString('zh-CN')} 字`,
  lead: '开头段',
  body: '正文',
  untitled: '标题为空',
  jumpTo: (h: string) => `跳到“${h}”`,

  check: '完整性检查',
  more: (n: number) => `另有 ${n} 处…`,
  showAll: '展开全部',
  showLess: '收起',
  goTo: '定位',

  tabs: { check: '检查', fields: '文件信息' },
  tabsLabel: '检查和文件信息',

  find: {
    label: '查找',
    placeholder: '在正文中查找',
    count: (i: number, n: number) => (n ? `${i}/${n}` : '无结果'),
    prev: '上一个',
    next: '下一个',
    close: '关闭查找',
    replaceToggle: '替换',
    replacePlaceholder: '替换为',
    replaceOne: '替换',
    replaceAll: '全部替换',
  },
} as const;
