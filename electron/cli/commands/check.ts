import type { CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { checkReport, describeLocation, LEVEL_NAMES } from '../../../shared/check/index';
import { readDraftJson } from '../files';

/**
 * `gongwen check <draft.json> [--json]`: the style and completeness check on a draft file.
 * Exit 1 when an error-level (必须修改) finding exists, else 0; which of those also refuse an
 * export is shared/export-gate.ts's decision.
 */
export const checkCommand: CommandCode = {
  async run(args, { io }) {
    const { positional, flags } = parseArgs(args, { booleans: ['json'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError('请给出一个草稿文件');
    const doc = readDraftJson(file, io);
    const report = checkReport(doc);
    if (flags.json) {
      io.out(JSON.stringify(report, null, 2) + '\n');
    } else {
      const { error, warning, info } = report.counts;
      io.out(`${LEVEL_NAMES.error} ${error} 处，${LEVEL_NAMES.warning} ${warning} 处，${LEVEL_NAMES.info} ${info} 处\n`);
      for (const f of report.findings) {
        const where = describeLocation(doc, f.location);
        io.out(`[${LEVEL_NAMES[f.level]}] ${where}：${f.message}${f.excerpt ? `（“${f.excerpt}”）` : ''}\n`);
      }
    }
    return report.blocking ? 1 : 0;
  },
};
