import '../jitless';
import path from 'node:path';
import type { CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { countByClass, fixAll, PROOF_CLASS_NAMES, PROOF_RULES, ProofClass } from '../../../shared/proofread/index';
import { readDraftJson, writeJson } from '../files';
import { CLI } from '../messages';

/**
 * `gongwen fix <draft.json> -o <out.json> [--rule ID …]`: 公文校对's certain fixes applied to a
 * draft file (every class, or the rules and classes named), the counts per class on stdout. The
 * input file is never changed: writing over it is refused. Offered but uncertain replacements
 * (今年 → 2024年) and findings without a fix are left for the clerk.
 */
export const fixCommand: CommandCode = {
  async run(args, { io }) {
    const { positional, flags, lists } = parseArgs(args, { strings: ['out'], repeatable: ['rule'], aliases: { '-o': '--out' } });
    const [file] = positional;
    if (!file || positional.length > 1) throw new UsageError(CLI.oneDraftJson);
    const out = typeof flags.out === 'string' ? flags.out : undefined;
    if (!out) throw new UsageError(CLI.needOut);
    if (path.resolve(io.cwd, out) === path.resolve(io.cwd, file)) throw new UsageError(CLI.sameOut);
    const rules = lists.rule ?? [];
    const known = new Set<string>([...PROOF_RULES.map((r) => r.id), ...ProofClass.options]);
    const unknown = rules.filter((r) => !known.has(r));
    if (unknown.length) throw new UsageError(CLI.unknownRules(unknown, [...known]));
    const doc = readDraftJson(file, io);
    const { doc: fixed, applied } = fixAll(doc, rules);
    writeJson(fixed, out, io);
    const counts = countByClass(applied);
    const line = ProofClass.options.map((c) => `${PROOF_CLASS_NAMES[c]} ${counts[c]} 处`).join('，');
    io.out(CLI.fixed(applied.length, line, path.resolve(io.cwd, out)));
    return 0;
  },
};
