/**
 * The CLI's command table: each command's help line, and its code in a file of its own, loaded
 * only when it runs. The build turns each `load` into a bundle of its own (scripts/build-main.mjs),
 * so `gongwen --help` loads this table alone and `gongwen templates` never loads the .docx writer.
 */
import type { Command } from '../command';
import { META_FIELD_NAMES } from '../../../shared/header-fields/set-names';
import { LEVEL_NAMES } from '../../../shared/check/level-names';
import { PROOF_CLASSES, PROOF_CLASS_NAMES } from '../../../shared/proofread/class-names';

export const COMMANDS: Command[] = [
  {
    name: 'templates',
    usage: 'gongwen templates [--json]',
    summary: '列出可用的文稿模板',
    load: async () => (await import('./templates')).templatesCommand,
  },
  {
    name: 'import',
    usage: 'gongwen import <文件.docx|文件.txt> [--template 模板] [--year 年度] [-o 草稿.json]',
    summary: '把 Word 或文本格式的报告导入为草稿文件',
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'rollover',
    usage: 'gongwen rollover <草稿.json> [--year 新年度] [-o 新草稿.json]',
    summary: '以往年报告为模板新建下一年度的草稿',
    load: async () => (await import('./rollover')).rolloverCommand,
  },
  {
    name: 'outline',
    usage: 'gongwen outline <草稿.json|文件.docx|文件.txt> [--template 模板]',
    summary: '列出文稿的标题、署名和各级标题及其对应的栏目',
    load: async () => (await import('./outline')).outlineCommand,
  },
  {
    name: 'check',
    usage: 'gongwen check <草稿.json> [--json]',
    summary: `检查草稿的完整性和格式规范（有${LEVEL_NAMES.error}的问题时退出码为 1）`,
    load: async () => (await import('./check')).checkCommand,
  },
  {
    name: 'fix',
    usage: 'gongwen fix <草稿.json> -o <输出.json> [--rule 规则或类别 …]',
    summary: `应用校对中确定的修正（${PROOF_CLASSES.map((c) => `${c} ${PROOF_CLASS_NAMES[c]}`).join('，')}；--rule 可限定规则或类别），输出到新文件`,
    load: async () => (await import('./fix')).fixCommand,
  },
  {
    name: 'export',
    usage: 'gongwen export <草稿.json> [-o 输出.docx] [--web | --draft] [--set 字段=取值 …]',
    summary: `按 GB/T 9704 导出 .docx（--web 网站公开版，--draft 草稿；--set 可设 ${META_FIELD_NAMES.slice(0, 9).join('、')} 等；有${LEVEL_NAMES.error}的问题时不导出正式文件，退出码为 1）`,
    load: async () => (await import('./export')).exportCommand,
  },
];
