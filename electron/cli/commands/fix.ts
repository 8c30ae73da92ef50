import '../jitless';
import path from 'node:path';
import type { CommandCode } from '../command';
import { parseArgs, UsageError } from '../command';
import { countByClass, fixAll, PROOF_CLASS_NAMES, PROOF_RULES, ProofClass } from '../../../shared/proofread/index';
import { readDraftJson, writeJson } from '../files';

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
    if (!file || positional.length > 1) throw new UsageError('请给出一个草稿文件（.json）');
    const out = typeof flags.out === 'string' ? flags.out : undefined;
    if (!out) throw new UsageError('请用 -o 指定输出文件（输入文件不会被修改）');
    if (path.resolve(io.cwd, out) === path.resolve(io.cwd, file)) throw new UsageError('输出文件不能与输入文件相同（输入文件不会被修改）');
    const rules = lists.rule ?? [];
    const known = new Set<string>([...PROOF_RULES.map((r) => r.id), ...ProofClass.options]);
    const unknown = rules.filter((r) => !known.has(r));
    if (unknown.length) throw new UsageError(`未知的规则或类别：${unknown.join('、')}（可用：${[...known].join('、')}）`);
    const doc = readDraftJson(file, io);
    const { doc: fixed, applied } = fixAll(doc, rules);
    writeJson(fixed, out, io);
    const counts = countByClass(applied);
    const line = ProofClass.options.map((c) => `${PROOF_CLASS_NAMES[c]} ${counts[c]} 处`).join('，');
    io.out(`已修正 ${applied.length} 处：${line}\n已写入：${path.resolve(io.cwd, out)}\n`);
    return 0;
  },
};
