/** The built `gongwen` command, run as a user would run it. */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { ROOT, rm, tempDir } from '../helpers/paths';

function gongwen(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.cjs'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('gongwen templates lists id, name and kind', () => {
  const r = gongwen(['templates']);
  expect(r.code).toBe(0);
  const lines = r.out.trim().split('\n').map((l) => l.split('\t'));
  expect(lines).toContainEqual(['fazhi-annual', '法治政府建设年度报告', '报告']);
  expect(lines).toContainEqual(['request', '请示', '请示']);
});

test('gongwen templates --json is machine-readable', () => {
  const r = gongwen(['templates', '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).map((t: { id: string }) => t.id)).toContain('work-report');
});

test('an unknown command and an unknown flag get Chinese messages and exit 2', () => {
  const r = gongwen(['frobnicate']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('未知命令：frobnicate');
  const f = gongwen(['templates', '--bogus']);
  expect(f.code).toBe(2);
  expect(f.err).toContain('未知参数：--bogus');
});

test('help lists the commands', () => {
  const r = gongwen(['--help']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('gongwen templates');
});

test('the CLI does not open the database for commands that do not need it', () => {
  const dir = tempDir();
  try {
    const r = gongwen(['templates', '--data-dir', path.join(dir, 'data')]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
  } finally {
    rm(dir);
  }
});
