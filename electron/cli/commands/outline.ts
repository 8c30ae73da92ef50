import path from 'node:path';
import type { CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { importFile } from '../../../shared/import/index';
import { formatOutline } from '../../../shared/import/outline';
import { readDraftJson, readInput } from '../files';

/**
 * `gongwen outline <draft.json|file.docx|file.txt>`: `# title: …`, `# signed: <organ> <date>`,
 * then level TAB slot TAB heading per heading (format in shared/import/outline.ts; external).
 */
export const outlineCommand: CommandCode = {
  async run(args, { io }) {
    const { positional, flags } = parseArgs(args, { strings: ['template'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError('请给出一个文件');
    const doc = /\.json$/i.test(file)
      ? readDraftJson(file, io)
      : (
          await importFile(readInput(file, io), path.basename(file), {
            templateId: typeof flags.template === 'string' ? flags.template : undefined,
          })
        ).doc;
    io.out(formatOutline(doc));
    return 0;
  },
};
