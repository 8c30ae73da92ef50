import '../jitless';
import type { CommandCode } from '../command';
import { parseArgs } from '../command';
import { listTemplates } from '../../../shared/templates';

/** `gongwen templates [--json]`: id TAB name TAB kind, one line each. */
export const templatesCommand: CommandCode = {
  async run(args, { io }) {
    const { flags } = parseArgs(args, { booleans: ['json'] });
    const templates = listTemplates();
    if (flags.json) {
      io.out(JSON.stringify(templates.map((t) => ({ id: t.id, name: t.name, kind: t.kind, version: t.version })), null, 2) + '\n');
      return 0;
    }
    for (const t of templates) io.out(`${t.id}\t${t.name}\t${t.kind}\n`);
    return 0;
  },
};
