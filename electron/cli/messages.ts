/**
 * Every sentence of the `gongwen` command line, in one place for review: usage errors, refusals
 * of input files, what each command reports. The help table's lines are in commands/index.ts
 * with the commands they describe. Scripts read some of these lines: change none of them
 * lightly (the output formats are documented in README.md).
 */
export const CLI = {
  usage: '用法：gongwen <命令> [参数]\n\n',
  commonFlags: '\n通用参数：--data-dir <目录>  数据文件夹（默认为本机用户数据目录）\n',
  unknownCommand: (name: string) => `未知命令：${name}\n`,
  usageError: (message: string, usage: string) => `${message}\n用法：${usage}\n`,
  error: (message: string) => `错误：${message}\n`,
  // Flags
  missingValue: (name: string) => `参数 --${name} 缺少取值`,
  unknownFlag: (name: string) => `未知参数：--${name}`,
  // Arguments
  oneDraft: '请给出一个草稿文件',
  oneDraftJson: '请给出一个草稿文件（.json）',
  oneFile: '请给出一个文件',
  oneImport: '请给出一个要导入的文件',
  badYear: (text: string) => `年度不正确：${text}`,
  webOrDraft: '--web 与 --draft 只能选一个',
  docxOut: (out: string) => `输出文件应以 .docx 结尾：${out}`,
  needOut: '请用 -o 指定输出文件（输入文件不会被修改）',
  sameOut: '输出文件不能与输入文件相同（输入文件不会被修改）',
  unknownRules: (unknown: readonly string[], known: readonly string[]) => `未知的规则或类别：${unknown.join('、')}（可用：${known.join('、')}）`,
  // Input files
  notAFile: (file: string) => `“${file}”不是文件。`,
  noFile: (file: string) => `找不到文件：${file}`,
  tooLarge: (mb: string) => `文件过大（${mb} MB），无法导入。`,
  notJson: (file: string) => `“${file}”不是有效的 JSON 草稿文件。`,
  notDraft: (file: string, why: string) => `“${file}”不是有效的草稿文件（${why}）。`,
  notDraftShape: '格式不符',
  // What commands report
  hint: (text: string) => `提示：${text}\n`,
  exported: (target: string) => `已导出：${target}\n`,
  notExported: (refusal: string) => `未导出：${refusal}：\n`,
  reason: (line: string) => `  - ${line}\n`,
  notice: (text: string) => `注意：${text}：\n`,
  fixed: (n: number, line: string, target: string) => `已修正 ${n} 处：${line}\n已写入：${target}\n`,
} as const;
