/**
 * What the storage layer tells the clerk, in one place so the wording can be reviewed together.
 * (Short generic messages per error code live in shared/errors.ts.)
 */
import { exportedWithGapsNote } from '../../shared/check/levels';

export const STORE_MESSAGES = {
  /** A data package's file name, before its extension. */
  packageName: (stamp: string) => `公文工作室数据包-${stamp}`,
  noTemplate: (id: string) => `找不到模板：${id}`,
  docUnreadable: '该草稿的内容已损坏，无法打开。可在“历史版本”中打开或恢复较早的版本，或从“设置 › 备份”恢复。',
  tooNew: (found: number, supported: number) =>
    `数据文件由更新版本的公文工作室写入（数据版本 ${found}），当前程序只支持到数据版本 ${supported}。为保护数据，文件未作任何改动。请升级公文工作室后再打开。`,
  migrationFailed: (from: number, to: number, detail: string) =>
    `数据文件从数据版本 ${from} 升级到 ${to} 时出错，升级已撤销，数据文件保持原样（升级前已备份）。请联系技术支持。（${detail.slice(0, 200)}）`,
  migrationBroken: (n: number) => `数据升级后发现 ${n} 处引用不一致，升级已撤销，数据文件保持原样。`,
  readOnly: (dir: string) => `数据文件夹“${dir}”只读，无法保存。请检查文件夹权限或磁盘写保护；已输入的内容仍保留在窗口中。`,
  dbBusy: '数据文件正被另一个程序占用（可能是另一个公文工作室窗口或备份软件），本次操作未完成。请稍后重试；已输入的内容仍保留在窗口中。',
  diskFull: '磁盘空间已满，本次未能保存。请清理磁盘后重试；已输入的内容仍保留在窗口中，之前保存的内容完好。',

  // Drafts and history
  revisionNotFound: (rev: number) => `找不到第 ${rev} 版，可能不属于该草稿。`,
  purgeLiveDraft: '只能永久删除回收站中的草稿。请先将草稿删除到回收站。',
  copyTitle: (title: string) => `${title}（副本）`,
  untitled: '（无标题）',
  noteBeforeRestore: (rev: number, name: string | null) => `恢复到第 ${rev} 版${name ? `“${name}”` : ''}之前的内容`,
  noteRestored: (rev: number, name: string | null) => `由第 ${rev} 版${name ? `“${name}”` : ''}恢复`,
  noteBeforeDelete: '删除到回收站之前的内容',
  noteCopiedFrom: (title: string) => `复制自“${title}”`,
  versionNameEmpty: '请填写版本名称，如：送审稿。',
  exportedWithGaps: '已导出正式文件（有待补齐）',
  noteExportedWithGaps: exportedWithGapsNote,

  // Profiles
  profileNotFound: '找不到该机关信息，可能已被删除。',

  // 公文校对: 自定义词典, 忽略
  dictionaryDuplicate: (term: string) => `词典中已有“${term}”，请直接修改那一条。`,
  dictionaryFull: (max: number) => `自定义词典最多 ${max} 条，请先删去不用的词语。`,
  dictionaryEntryNotFound: '找不到该词语，可能已被删除。',
  ignoredFull: (max: number) => `一份草稿最多忽略 ${max} 处提示，请先在“检查”中恢复提示。`,

  // 发文字号 register
  numberHeldBy: (text: string, title: string, where: 'live' | 'trash' | 'gone') =>
    `发文字号 ${text} 已被${where === 'gone' ? '一份已永久删除的草稿' : `草稿“${title || '（无标题）'}”`}使用${where === 'trash' ? '（该草稿在回收站中）' : ''}，不能重复使用。请另选序号或先在登记簿中释放。`,
  numberVoided: (text: string) => `发文字号 ${text} 已作废，不能再次使用。请另选序号。`,
  numberNotInRegister: (text: string) => `登记簿中没有发文字号 ${text}。`,
  numberStillInDraft: (text: string, title: string) =>
    `发文字号 ${text} 仍写在草稿“${title || '（无标题）'}”中。请在该草稿的发文字号处清除或更换后再释放。`,
  numberOnlyUsedRelease: (text: string) => `发文字号 ${text} 已作废，作废的字号不释放，以免重复使用。`,
  numberCodeMissing: '请先填写机关代字（可在“设置\u00a0›\u00a0机关信息”中填写）。',

  // Backups, recovery, data packages
  notAPackage: '所选文件不是公文工作室的数据包（或已损坏），未导入。当前数据保持不变。',
  packageTooNew: (found: number, supported: number) =>
    `该数据包来自更新版本的公文工作室（数据版本 ${found}），当前程序只支持到数据版本 ${supported}。未导入，当前数据保持不变。`,
  packageDamaged: '该数据包已损坏（完整性检查未通过），未导入。当前数据保持不变。',
  importConfirm: '导入数据包将用数据包中的内容替换当前全部数据。导入前会自动备份当前数据。',
  importDone: (backup: string) => `数据包已导入。导入前的数据已备份到：${backup}`,
  restoreDone: (backup: string) => `已从备份恢复。恢复前的数据已备份到：${backup}`,
  backupNotFound: '找不到该备份文件。',
  recovered: (damaged: string, backup: string, when: string) =>
    `上次的数据文件已损坏，无法正常打开。公文工作室已将损坏的文件移到“${damaged}”，并从 ${when} 的自动备份恢复了数据（备份文件：${backup}）。备份之后所做的修改可能未能恢复，请核对最近编辑的草稿。`,
  recoveredEmpty: (damaged: string) =>
    `上次的数据文件已损坏，且没有找到可用的备份。公文工作室已将损坏的文件移到“${damaged}”，并新建了空的数据文件。请联系技术人员尝试从损坏的文件中找回数据。`,
  migrated: (from: number, to: number, backup: string) => `数据文件已从数据版本 ${from} 升级到 ${to}。升级前的数据已备份到：${backup}`,
  backupFailed: (why: string) => `今天的自动备份未能完成：${why}。数据本身未受影响，请检查磁盘空间和文件夹权限。`,
} as const;
