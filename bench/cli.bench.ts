/**
 * The `gongwen` command as a clerk runs it: whole processes, each a fresh Node (what `gongwen …`
 * after `npm link` starts), on a 50,000-character report. Paired with pandoc turning the same text
 * from Markdown into .docx: every round runs each command once, in turn, so both see the same
 * machine. Goals (issue 11): `gongwen export` ≤ 250 ms and faster than pandoc; `gongwen --help`
 * and `gongwen outline` ≤ 100 ms. `node -e 0` shows what Node itself takes to start here.
 *
 * Wall time is the goal; on a shared 2-core machine it mostly measures the other work running, so
 * the export and pandoc rows also give each process's CPU time (user + system, from the kernel's
 * account of waited-for children on Linux, 10 ms ticks), the steadier figure of the two.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { layoutDocument } from '../shared/layout/index';
import { documentChars } from '../shared/text-stats';
import { bigReport, toMarkdown } from './export.bench';
import { stats, row, type BenchRow } from './lib';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUNDS = 15;
const WARMUP = 2;

interface Case {
  name: string;
  cmd: string;
  args: string[];
  /** What it works on, when it reads the report. */
  input?: string;
  goal?: string;
}

/** CPU time (ms) of this process's finished children so far, or null off Linux. */
function childrenCpu(): number | null {
  try {
    // /proc/self/stat: fields 16 and 17 (cutime, cstime) after the parenthesised command name.
    const fields = fs
      .readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return null;
  }
}

function time(c: Case, cwd: string): { wall: number; cpu: number | null } {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(c.cmd, c.args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - t0;
  const cpu1 = childrenCpu();
  if (r.status !== 0) throw new Error(`${c.name}: exit ${r.status}\n${r.stderr}`);
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

export default async function run(): Promise<BenchRow[]> {
  // Time what ships: the CLI bundles built from this checkout.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-main.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const doc = bigReport();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-bench-'));
  fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify(doc, null, 2));
  fs.writeFileSync(path.join(dir, 'report.md'), toMarkdown(doc));
  const pages = layoutDocument(doc, 'draft').pages.length;
  const input = `${documentChars(doc).toLocaleString('en-US')}-character report, ${pages} pages`;

  const node = process.execPath;
  const gongwen = (...args: string[]) => ({ cmd: node, args: [path.join(ROOT, 'bin', 'gongwen.cjs'), ...args] });
  const cases: Case[] = [
    {
      name: 'gongwen export --draft (process)',
      ...gongwen('export', 'report.json', '--draft', '-o', 'ours.docx'),
      input,
      goal: 'median ≤ 250 ms, < pandoc',
    },
    {
      name: 'pandoc markdown → docx (process)',
      cmd: 'pandoc',
      args: ['-f', 'markdown', '-t', 'docx', '-o', 'pandoc.docx', 'report.md'],
      input,
    },
    { name: 'gongwen --help (process)', ...gongwen('--help'), goal: 'median ≤ 100 ms' },
    { name: 'gongwen outline draft.json (process)', ...gongwen('outline', 'report.json'), input, goal: 'median ≤ 100 ms' },
    { name: 'gongwen templates (process)', ...gongwen('templates') },
    { name: 'node -e 0 (Node start alone)', cmd: node, args: ['-e', '0'] },
  ];
  const samples = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  try {
    for (let round = -WARMUP; round < ROUNDS; round++) {
      cases.forEach((c, i) => {
        const t = time(c, dir);
        if (round < 0) return;
        samples[i]!.push(t.wall);
        if (t.cpu !== null) cpu[i]!.push(t.cpu);
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const rows = cases.map((c, i) => row(c.name, c.input ?? '—', stats(samples[i]!), c.goal));
  // Per round, so a busy moment slows both sides of the pair.
  const ratios = samples[1]!.map((p, i) => p / samples[0]![i]!);
  rows.splice(2, 0, { name: 'pandoc ÷ gongwen export (paired, median)', input, median: stats(ratios).median, unit: 'ratio', goal: '> 1' });
  if (cpu[0]!.length && cpu[1]!.length) {
    rows.splice(
      3,
      0,
      row('gongwen export --draft, CPU time (process)', input, stats(cpu[0]!)),
      row('pandoc markdown → docx, CPU time (process)', input, stats(cpu[1]!)),
    );
  }
  return rows;
}
