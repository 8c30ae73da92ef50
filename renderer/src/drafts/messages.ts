/** Every Chinese word of the 草稿箱, its search and the 回收站, in one place for review. */
import type { DraftStatus } from '../../../shared/contract/drafts';

export const STATUSES: readonly DraftStatus[] = ['草稿', '已定稿', '已印发'];

export const D = {
  title: '草稿箱',
  newFrom: (name: string) => `新建${name}`,
  newGroup: '新建',
  loading: '正在读取…',
  empty: '还没有草稿。点击上方按钮，从模板新建一份。',
  emptyFiltered: '没有符合筛选条件的草稿。',
  untitled: '（无标题）',
  nav: { trash: '回收站', numbers: '发文字号登记簿', settings: '设置' },

  searchLabel: '搜索草稿',
  searchPlaceholder: '搜索标题和正文，如：行政复议',
  searchClear: '清除',
  searching: '正在搜索…',
  searchNone: (q: string) => `没有找到包含“${q}”的草稿。`,
  searchCount: (n: number, shown: number) => (n > shown ? `找到 ${n} 份草稿，显示最相关的 ${shown} 份。` : `找到 ${n} 份草稿。`),
  searchShort: '一两个字的搜索会逐字查找，结果可能较多。',
  searchIn: (h: string) => `位于“${h}”`,
  searchMatches: (n: number) => `${n} 处章节包含`,

  filters: '筛选',
  allYears: '全部年度',
  allTemplates: '全部文种',
  allStatuses: '全部状态',
  yearLabel: (y: number) => `${y}年度`,

  col: {
    title: '标题',
    year: '年度',
    template: '文种',
    number: '发文字号',
    status: '状态',
    origin: '来源',
    chars: '字数',
    updated: '修改时间',
    actions: '操作',
  },
  noNumber: '未编号',
  origin: {
    new: '新建',
    import: '导入',
    rollover: (year: number | null) => (year ? `由${year}年度滚动` : '由往年滚动'),
    copy: '复制',
    from: (kind: 'import' | 'rollover' | 'copy', from: string) =>
      kind === 'import'
        ? `导入自文件“${from}”`
        : kind === 'rollover'
          ? `由“${from || '（无标题）'}”滚动新建`
          : `复制自“${from || '（无标题）'}”`,
  },
  statusLabel: '状态',
  rename: '重命名',
  renamePrompt: '新的标题：',
  copy: '复制',
  copied: (t: string) => `已复制为“${t}”。`,
  delete: '删除',
  deleted: (t: string) => `“${t}”已移到回收站。`,
  undo: '撤销',

  trash: '回收站',
  trashHint: '删除的草稿先放在这里，可以恢复；永久删除后无法找回。',
  trashEmpty: '回收站是空的。',
  deletedAt: '删除时间',
  restore: '恢复',
  restored: (t: string) => `“${t}”已恢复到草稿箱。`,
  purge: '永久删除',
  purgeConfirm: (t: string) => `永久删除“${t}”？它的全部历史版本也会一起删除，无法找回。`,
  purged: (t: string) => `“${t}”已永久删除。`,
  ok: '确定',
  cancel: '取消',
} as const;

/** A draft's title as the lists show it: an empty one reads （无标题）. */
export function draftTitle(d: { title: string }): string {
  return d.title || D.untitled;
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}
