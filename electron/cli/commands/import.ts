import '../jitless';
import path from 'node:path';
import type { CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { Year } from '../../../shared/model/document';
import { readInput, writeJson } from '../files';
import { CLI } from '../messages';

/** `gongwen import <file.docx|file.txt> [--template ID] [--year N] [-o draft.json]` */
export const importCommand: CommandCode = {
  async run(args, { io }) {
    const { positional, flags } = parseArgs(args, { strings: ['template', 'year', 'out'], aliases: { '-o': '--out', '-t': '--template' } });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError(CLI.oneImport);
    const year = flags.year === undefined ? undefined : Number(flags.year);
    if (year !== undefined && !Year.safeParse(year).success)
      throw new UsageError(CLI.badYear(String(flags.year)));
    // The importer and its worker are a bundle of their own (cli-part-import.cjs), shared with `outline`.
    const { importInWorker } = await import('../../import/run');
    const result = await importInWorker(readInput(file, io), path.basename(file), {
      templateId: typeof flags.template === 'string' ? flags.template : undefined,
      year,
    });
    writeJson(result.doc, typeof flags.out === 'string' ? flags.out : undefined, io);
    for (const w of result.warnings) io.err(CLI.hint(w));
    return 0;
  },
};
