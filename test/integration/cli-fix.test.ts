/** `gongwen fix`: the built CLI on a web copy full of half-width commas, as a clerk's batch job would run it. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SEEDS_DIR, rm, tempDir } from '../helpers/paths';
import { ReportDocument, paragraph } from '../../shared/model/document';
import { proofread } from '../../shared/proofread/index';

let dir: string;
const draft = () => path.join(dir, 'furong.json');

function gongwen(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.cjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const read = (f: string) => ReportDocument.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));

beforeAll(() => {
  dir = tempDir('gongwen-fix-');
  expect(gongwen(['import', path.join(SEEDS_DIR, 'furong-2019.txt'), '-o', draft()]).code).toBe(0);
  // A few more classes than the web copy has of its own.
  const doc = read('furong.json');
  doc.body.push(paragraph('今年以来，推进法制政府建设，办理案件１２件，截止目前已完成。'));
  fs.writeFileSync(draft(), JSON.stringify(doc));
});
afterAll(() => rm(dir));

test('fixes every certain finding, prints counts per class, leaves the input alone', () => {
  const before = fs.readFileSync(draft(), 'utf8');
  const found = proofread(read('furong.json')).filter((f) => f.fix);
  expect(found.length).toBeGreaterThan(100);
  const r = gongwen(['fix', 'furong.json', '-o', 'fixed.json']);
  expect(r.code, r.err).toBe(0);
  expect(fs.readFileSync(draft(), 'utf8')).toBe(before);
  const fixed = read('fixed.json');
  expect(proofread(fixed).filter((f) => f.fix)).toEqual([]);
  // What could not be fixed for certain stays: 今年 is offered, not applied.
  expect(proofread(fixed).map((f) => f.rule)).toContain('year-relative');
  const n = (c: string) => found.filter((f) => f.class === c).length;
  expect(n('numbers')).toBe(2); // its own 2015-2020 and the １２ added
  expect(r.out).toContain(
    `已修正 ${found.length} 处：标点 ${n('punct')} 处，字词 1 处，规范表述 1 处，数字与日期 2 处，重复 0 处，年度用语 0 处`,
  );
  // check --json now shows none of those, and each remaining finding still has its fields.
  const check = gongwen(['check', 'fixed.json', '--json']);
  const report = JSON.parse(check.out) as { findings: { rule: string; fix?: unknown; range?: unknown }[] };
  expect(report.findings.filter((f) => f.fix)).toEqual([]);
});

test('check --json gives each finding its characters and its fix', () => {
  const r = gongwen(['check', 'furong.json', '--json']);
  const report = JSON.parse(r.out) as {
    findings: {
      rule: string;
      level: string;
      message: string;
      location: unknown;
      fix?: { from: string; to: string };
      range?: { path: unknown[]; start: number; end: number };
    }[];
  };
  const comma = report.findings.find((f) => f.rule === 'half-width-punct')!;
  expect(comma).toMatchObject({ level: 'warning', fix: { from: ',', to: '，' }, location: { type: expect.any(String) } });
  expect(comma.range!.end - comma.range!.start).toBe(1);
  expect(report.findings.find((f) => f.rule === 'term-standard')).toMatchObject({ fix: { from: '法制政府', to: '法治政府' } });
});

test('--rule narrows to rules or classes; unknown rules, a missing -o and writing over the input are refused', () => {
  const r = gongwen(['fix', 'furong.json', '-o', 'terms.json', '--rule', 'term-standard', '--rule', 'numbers']);
  expect(r.code, r.err).toBe(0);
  expect(r.out).toContain('已修正 3 处：标点 0 处，字词 0 处，规范表述 1 处，数字与日期 2 处');
  const left = proofread(read('terms.json')).filter((f) => f.fix);
  expect(new Set(left.map((f) => f.class))).toEqual(new Set(['punct', 'words']));

  const bad = gongwen(['fix', 'furong.json', '-o', 'x.json', '--rule', 'nonsense']);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('未知的规则或类别：nonsense');
  expect(gongwen(['fix', 'furong.json']).err).toContain('请用 -o 指定输出文件');
  const same = gongwen(['fix', 'furong.json', '-o', './furong.json']);
  expect(same.code).toBe(2);
  expect(same.err).toContain('输出文件不能与输入文件相同');
  expect(fs.existsSync(path.join(dir, 'x.json'))).toBe(false);
});

test('help lists fix', () => {
  expect(gongwen(['--help']).out).toContain('gongwen fix <草稿.json> -o <输出.json>');
});
