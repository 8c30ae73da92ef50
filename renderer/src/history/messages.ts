/** Every Chinese word of the 历史版本 panel, in one place for review. */
import type { RevisionInfo } from '../../../shared/contract/history';

export const H = {
  button: '历史版本',
  title: '历史版本',
  close: '关闭',
  hint: '编辑时每隔几分钟自动留存一个版本；恢复旧版本会新增一个版本，已有的版本不会丢失。',
  current: '当前版本',
  nameLabel: '给当前版本命名',
  namePlaceholder: '如：送审稿',
  name: '命名',
  named: (n: string) => `已将当前版本命名为“${n}”。`,
  loading: '正在读取…',
  view: '查看',
  restore: '恢复',
  restoreConfirm: '恢复到这个版本？当前内容会先保存为一个版本。',
  restoreYes: '确认恢复',
  cancel: '取消',
  restored: (label: string) => `已恢复到“${label}”。`,
  unsaved: '当前内容尚未保存，请稍候再试。',
  readOnly: '只读查看',
  revision: (n: number) => `第 ${n} 版`,
  chars: (n: number) => `${n.toLocaleString('zh-CN')} 字`,
  kind: { create: '新建时', auto: '自动保存', before: '操作前自动保存', named: '命名版本', restore: '恢复' } satisfies Record<
    RevisionInfo['kind'],
    string
  >,
  lead: '开头',
  untitled: '（无标题）',
} as const;

/** What a version is called in the list: its name, else what made it. */
export function versionLabel(v: Pick<RevisionInfo, 'name' | 'kind' | 'revision'>): string {
  return v.name ?? `${H.kind[v.kind]}（${H.revision(v.revision)}）`;
}

export function when(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}
