/** Every Chinese word of the 设置 page (机关信息, 自定义词典, 备份与数据包), in one place for review. */
import type { BackupInfo } from '../../../shared/contract/backup';
import { DICT_MESSAGES } from '../../../shared/proofread/messages';

export const S = {
  title: '设置',

  profiles: '机关信息',
  profilesHint: '新建草稿时，发文机关、机关代字、主送机关、签发人和印发机关按默认的机关信息填写。',
  profilesEmpty: '还没有机关信息。填写下面的表格后保存，新建草稿就会自动带上这些内容。',
  isDefault: '默认',
  makeDefault: '设为默认',
  edit: '修改',
  remove: '删除',
  removeConfirm: (label: string) => `删除机关信息“${label}”？已写好的草稿不受影响。`,
  add: '新增机关信息',
  editing: (label: string) => `修改“${label}”`,
  adding: '新增机关信息',
  save: '保存',
  cancel: '取消',
  saved: (label: string) => `已保存“${label}”。`,
  removed: (label: string) => `已删除“${label}”。`,
  required: '（必填）',
  /** The form's labels: the examples are in the fields' placeholders. */
  label: {
    fullName: '发文机关全称',
    headerText: '发文机关标志',
    code: '机关代字',
    signers: '默认签发人',
    printedBy: '默认印发机关',
    addressee: '默认主送机关',
    label: '名称',
  },
  uses: {
    fullName: '用于署名，以及标题中的发文机关。',
    headerText: '红头上的字（发文机关标志），一般为“全称＋文件”。',
    code: '发文字号中的机关代字，登记簿按它逐年取号。',
    signers: '上行文版头的签发人。',
    printedBy: '版记中的印发机关，一般为办公室。',
    addressee: '新建报告的主送机关。',
    label: '有多个机关时便于选择；不填则用全称。',
  },
  placeholder: {
    fullName: '如：互助县人民政府',
    headerText: '如：互助县人民政府文件',
    code: '如：互政',
    signers: '如：张三（多人用顿号分隔）',
    printedBy: '如：互助县人民政府办公室',
    addressee: '如：海东市人民政府',
    label: '如：县政府',
  },
  field: {
    label: '名称（便于选择，如：县政府）',
    fullName: '发文机关全称',
    headerText: '发文机关标志（如：××县人民政府文件）',
    code: '机关代字（如：互政）',
    addressee: '默认主送机关',
    signers: '默认签发人（多人用顿号分隔）',
    printedBy: '默认印发机关',
  },

  firstRun: {
    title: '欢迎使用公文工作室：请先填写本机关的信息',
    // A menu path is one unit: no-break spaces keep “设置 › 机关信息” on one line.
    why: '只需填写一次。新建文稿时，红头（发文机关标志）、发文字号的机关代字、签发人、署名和版记中的印发机关都按这里填写，不必每份文稿重填；以后可在“设置\u00a0›\u00a0机关信息”中修改。',
    form: '本机关的信息',
    save: '保存',
    later: '以后再说',
    saved: (label: string) => `已保存“${label}”。新建的文稿将自动填写这些内容。`,
  },
  dictionary: '自定义词典（公文校对）',
  dictionaryHint:
    '认可：本单位的地名、机构名称等正确写法，校对时不再提示；禁用：本单位不用的写法，校对时提示，填写“替换为”后可一键修正。词典随数据包一起导出。',
  /** The entry's fields, named as the dictionary's refusals name them. */
  dictField: { ...DICT_MESSAGES.field, kind: '类别' },
  dictKind: { accept: '认可（不再提示）', ban: '禁用（提示修改）' },
  dictReplacementHint: '可不填',
  dictAdd: '加入词典',
  dictAdding: '加入词典',
  dictEditing: (term: string) => `修改“${term}”`,
  dictSaved: (term: string) => `已保存“${term}”，校对时生效。`,
  dictRemoved: (term: string) => `已从词典删除“${term}”。`,
  dictEmpty: '词典中还没有词语。',
  dictFilter: '查找',
  dictCount: (n: number) => `共 ${n} 条`,
  dictReplaceWith: (to: string) => `→ ${to}`,
  dictNoReplacement: '（只提示）',

  backups: '备份与数据包',
  backupsHint: (dir: string) => `每天自动备份一次（保留最近 7 天），升级数据前也会自动备份。备份文件在：${dir}`,
  backupNow: '立即备份',
  backedUp: (name: string) => `已备份：${name}`,
  noBackups: '还没有备份。',
  reason: {
    daily: '每日自动备份',
    migrate: '升级前备份',
    manual: '手动备份',
    import: '导入数据包前备份',
    restore: '恢复备份前备份',
    purge: '永久删除前备份',
  } satisfies Record<BackupInfo['reason'], string>,
  size: (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`),
  restore: '恢复此备份',
  restoreConfirm: '用这个备份替换当前全部数据？替换前会先备份当前数据。',
  restoreYes: '确认恢复',

  packageTitle: '换电脑：导出 / 导入数据包',
  packageHint: '数据包是一个文件，包含全部草稿、历史版本、机关信息、自定义词典和发文字号登记簿。用 U 盘拷到新电脑后导入即可。',
  exportPackage: '导出数据包',
  exported: (name: string) => `已导出数据包：${name}`,
  download: '下载',
  importPackage: '导入数据包',
  importChoose: '选择数据包文件',
  importConfirm: '导入将用数据包中的内容替换当前全部数据（导入前会自动备份当前数据）。确定导入？',
  importYes: '确认导入',
  importing: '正在导入…',
  working: '正在处理…',
} as const;

export function when(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}
