import '../jitless';
import type { CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { checkReport, countsLine, describeLocation, LEVEL_NAMES } from '../../../shared/check/index';
import { readDraftJson } from '../files';
import { CLI } from '../messages';

/**
 * `gongwen check <draft.json> [--json]`: the style and completeness check on a draft file, in the
 * levels and counts of shared/check/levels.ts (the panel's and the export dialog's). Exit 1 when a
 * 导出前必须修改 finding exists — exactly when `gongwen export` would refuse the official file —
 * else 0.
 */
export const checkCommand: CommandCode = {
  async run(args, { io }) {
    const { positional, flags } = parseArgs(args, { booleans: ['json'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError(CLI.oneDraft);
    const doc = readDraftJson(file, io);
    const report = checkReport(doc);
    if (flags.json) {
      io.out(JSON.stringify(report, null, 2) + '\n');
    } else {
      io.out(`${countsLine(report.counts)}\n${report.verdict}\n`);
      for (const f of report.findings) {
        const where = describeLocation(doc, f.location);
        io.out(`[${LEVEL_NAMES[f.level]}] ${where}：${f.message}${f.excerpt ? `（“${f.excerpt}”）` : ''}\n`);
      }
    }
    return report.blocking ? 1 : 0;
  },
};
