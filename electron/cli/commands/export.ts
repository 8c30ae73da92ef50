import '../jitless';
import path from 'node:path';
import v8 from 'node:v8';
import type { CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { EXPORT_MESSAGES, exportDocx, reasonLine, type ExportReason, type ExportVariant } from '../../../shared/export/index';
import { gapsAfterExport } from '../../../shared/check/levels';
import { AppError } from '../../../shared/errors';
import { applyMetaFields, parseAssignment } from '../../../shared/header-fields/set';
import { readDraftJson } from '../files';
import { writeFileAtomic } from '../../fs/atomic-write';
import { zipParts } from '../../fs/zip';
import { CLI } from '../messages';

/**
 * A one-off export ends before V8's top tier (TurboFan) pays back what compiling for it costs:
 * capped at the tier below (Maglev), `gongwen export` of a 50,000-character report takes about a
 * tenth less CPU. Only this command's process: the app and the importer keep every tier.
 */
v8.setFlagsFromString('--max-opt=2');

/**
 * `gongwen export <draft.json> [-o out.docx] [--web | --draft] [--set field=value …]`: the
 * GB/T 9704 .docx of a draft file. `--set` fills or overrides header and colophon fields for batch
 * work; the file is written whole or not at all. As in the app, the official file (and the web
 * version) is held back while problems that would print wrong remain: the reasons go to stderr,
 * exit code 1, nothing is written; `--draft` exports the marked 草稿 instead. 定稿前应补齐 gaps do not
 * stop it (batch work re-typesets last year's reports): they are listed on stderr after the export.
 */
export const exportCommand: CommandCode = {
  async run(args, { io }) {
    const { positional, flags, lists } = parseArgs(args, {
      strings: ['out'],
      booleans: ['web', 'draft'],
      repeatable: ['set'],
      aliases: { '-o': '--out' },
    });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError(CLI.oneDraftJson);
    if (flags.web && flags.draft) throw new UsageError(CLI.webOrDraft);
    const variant: ExportVariant = flags.web ? 'web' : flags.draft ? 'draft' : 'official';
    const doc = applyMetaFields(readDraftJson(file, io), (lists.set ?? []).map(parseAssignment));
    const out = typeof flags.out === 'string' ? flags.out : null;
    if (out !== null && !/\.docx$/i.test(out)) throw new UsageError(CLI.docxOut(out));
    let exported;
    try {
      exported = await exportDocx(doc, variant, undefined, { zip: zipParts, confirmedGaps: 'all' });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'EXPORT_BLOCKED') throw err;
      const reasons = err.details as ExportReason[];
      io.err(CLI.notExported(EXPORT_MESSAGES.blocked(reasons.length, variant)));
      for (const r of reasons) io.err(CLI.reason(reasonLine(r)));
      io.err(`${EXPORT_MESSAGES.nextStep.cli}\n`);
      return 1;
    }
    const { bytes, fileName, gate } = exported;
    const target = path.resolve(io.cwd, out ?? fileName);
    writeFileAtomic(target, bytes);
    io.out(CLI.exported(target));
    if (gate.gaps.length) {
      io.err(CLI.notice(gapsAfterExport(gate.gaps.length)));
      for (const r of gate.gaps) io.err(CLI.reason(reasonLine(r)));
    }
    return 0;
  },
};
