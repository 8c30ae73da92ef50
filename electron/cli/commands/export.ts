import path from 'node:path';
import type { Command } from '../command';
import { parseArgs, UsageError } from '../command';
import { buildDocx, exportFileName } from '../../../shared/docx/index';
import { applyMetaFields, META_FIELD_NAMES, parseAssignment } from '../../../shared/meta-fields';
import { readDraftJson } from '../files';
import { writeFileAtomic } from '../../fs/atomic-write';

/**
 * `gongwen export <draft.json> [-o out.docx] [--web | --draft] [--set field=value …]`: the
 * GB/T 9704 .docx of a draft file. `--set` fills or overrides header and colophon fields for batch
 * work; the file is written whole or not at all.
 */
export const exportCommand: Command = {
  name: 'export',
  usage: 'gongwen export <草稿.json> [-o 输出.docx] [--web | --draft] [--set 字段=取值 …]',
  summary: `按 GB/T 9704 导出 .docx（--web 网站公开版，--draft 草稿；--set 可设 ${META_FIELD_NAMES.slice(0, 9).join('、')} 等）`,
  async run(args, { io }) {
    const { positional, flags, lists } = parseArgs(args, {
      strings: ['out'],
      booleans: ['web', 'draft'],
      repeatable: ['set'],
      aliases: { '-o': '--out' },
    });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError('请给出一个草稿文件（.json）');
    if (flags.web && flags.draft) throw new UsageError('--web 与 --draft 只能选一个');
    const variant = flags.web ? 'web' : flags.draft ? 'draft' : 'official';
    const doc = applyMetaFields(readDraftJson(file, io), (lists.set ?? []).map(parseAssignment));
    const out = typeof flags.out === 'string' ? flags.out : exportFileName(doc, variant);
    if (!/\.docx$/i.test(out)) throw new UsageError(`输出文件应以 .docx 结尾：${out}`);
    const target = path.resolve(io.cwd, out);
    writeFileAtomic(target, await buildDocx(doc, { variant }));
    io.out(`已导出：${target}\n`);
    return 0;
  },
};
