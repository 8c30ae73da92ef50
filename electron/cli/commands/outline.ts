import path from 'node:path';
import type { Command } from '../command';
import { parseArgs, UsageError } from '../command';
import { importInWorker } from '../../import/run';
import { formatOutline } from '../../../shared/import/outline';
import { readDraftJson, readInput } from '../files';

/**
 * `gongwen outline <draft.json|file.docx|file.txt>`: `# title: …`, `# signed: <organ> <date>`,
 * then level TAB slot TAB heading per heading (format in shared/import/outline.ts; external).
 */
export const outlineCommand: Command = {
  name: 'outline',
  usage: 'gongwen outline <草稿.json|文件.docx|文件.txt> [--template 模板]',
  summary: '列出文稿的标题、署名和各级标题及其对应的栏目',
  async run(args, { io }) {
    const { positional, flags } = parseArgs(args, { strings: ['template'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError('请给出一个文件');
    const doc = /\.json$/i.test(file)
      ? readDraftJson(file, io)
      : (
          await importInWorker(readInput(file, io), path.basename(file), {
            templateId: typeof flags.template === 'string' ? flags.template : undefined,
          })
        ).doc;
    io.out(formatOutline(doc));
    return 0;
  },
};
