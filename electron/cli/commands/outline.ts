import '../jitless';
import path from 'node:path';
import type { CliIO, CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { formatOutline } from '../../../shared/import/outline';
import { readDraftJson, readInput } from '../files';
import type { ReportDocument } from '../../../shared/model/document';
import { CLI } from '../messages';

/**
 * `gongwen outline <draft.json|file.docx|file.txt>`: `# title: …`, `# signed: <organ> <date>`,
 * then level TAB slot TAB heading per heading (format in shared/import/outline.ts; external).
 */
export const outlineCommand: CommandCode = {
  async run(args, { io }) {
    const { positional, flags } = parseArgs(args, { strings: ['template'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError(CLI.oneFile);
    const doc = /\.json$/i.test(file) ? readDraftJson(file, io) : await importedDoc(file, flags.template, io);
    io.out(formatOutline(doc));
    return 0;
  },
};

/** The importer is loaded only for a .docx or .txt: a draft file starts without it. */
async function importedDoc(file: string, template: string | boolean | undefined, io: CliIO): Promise<ReportDocument> {
  // In a worker with a memory cap and a time budget, as every import (electron/import/run.ts).
  const { importInWorker } = await import('../../import/run');
  const templateId = typeof template === 'string' ? template : undefined;
  return (await importInWorker(readInput(file, io), path.basename(file), { templateId })).doc;
}
