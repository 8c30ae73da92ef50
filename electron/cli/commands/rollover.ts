import '../jitless';
import type { CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { rollForward } from '../../../shared/rollover/index';
import { readDraftJson, writeJson } from '../files';
import { CLI } from '../messages';

/** `gongwen rollover <draft.json> [--year N] [-o next.json]`: last year's report as this year's draft. */
export const rolloverCommand: CommandCode = {
  async run(args, { io }) {
    const { positional, flags } = parseArgs(args, { strings: ['year', 'out'], aliases: { '-o': '--out' } });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError(CLI.oneDraft);
    const year = flags.year === undefined ? undefined : Number(flags.year);
    if (year !== undefined && !Number.isInteger(year)) throw new UsageError(CLI.badYear(String(flags.year)));
    const result = rollForward(readDraftJson(file, io), { toYear: year });
    writeJson(result.doc, typeof flags.out === 'string' ? flags.out : undefined, io);
    for (const w of result.warnings) io.err(CLI.hint(w));
    return 0;
  },
};
