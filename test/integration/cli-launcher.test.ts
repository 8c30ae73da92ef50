/**
 * The `gongwen` launchers the installed app ships (build/launcher/): referenced by the builder
 * config, pointing at the executable and the CLI bundle the config actually packages, and the
 * Linux one run for real in the installed layout, with a stand-in for the app's executable that
 * acts as Node only under ELECTRON_RUN_AS_NODE=1, as Electron does. Electron in that mode reads
 * app.asar as a folder; here it is one (scripts/dist-check.mjs runs the CLI from a real package).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { DIST, ROOT, rm, tempDir } from '../helpers/paths';

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
/** Where the packaged app keeps the CLI: inside app.asar, with the rest of the app's code. */
const CLI_IN_APP = ['resources', 'app.asar', 'dist', 'node', 'cli.cjs'];

function launcherOf(platform: 'win' | 'linux'): { from: string; to: string } {
  const entries = (config[platform].extraFiles ?? []) as { from: string; to: string }[];
  const found = entries.filter((e) => /(^|\/)gongwen(\.cmd)?$/.test(e.to));
  expect(found).toHaveLength(1);
  return found[0]!;
}

test('the builder config ships a launcher per platform, the CLI bundles in app.asar, and lets the executable act as Node', () => {
  for (const platform of ['win', 'linux'] as const) {
    const l = launcherOf(platform);
    expect(fs.existsSync(path.join(ROOT, l.from)), l.from).toBe(true);
    expect(l.to).toBe(platform === 'win' ? 'bin/gongwen.cmd' : 'bin/gongwen');
  }
  expect(config.files).toContain('dist/node/cli*.cjs');
  // Not unpacked: the CLI is read from the archive, integrity-checked like the app's own code.
  expect(config.asarUnpack).not.toContain('dist/node/cli*.cjs');
  expect(config.electronFuses.runAsNode).toBe(true);
  // Every bundle the CLI loads matches what is packaged: the entry and one per command.
  const bundles = fs.readdirSync(path.join(DIST, 'node')).filter((f) => f.startsWith('cli') && f.endsWith('.cjs'));
  expect(bundles).toContain('cli.cjs');
  for (const b of bundles) expect(b).toMatch(/^cli.*\.cjs$/);
});

test('the Windows launcher runs the app executable on the CLI bundle, passes every argument and the exit code', () => {
  const text = fs.readFileSync(path.join(ROOT, launcherOf('win').from), 'latin1');
  // cmd.exe reads a batch file in the OEM code page: ASCII only, CRLF line ends.
  expect([...text].filter((ch) => !(ch === '\t' || ch === '\r' || ch === '\n' || (ch >= ' ' && ch <= '~')))).toEqual([]);
  expect(
    text
      .split('\n')
      .slice(0, -1)
      .every((line) => line.endsWith('\r')),
  ).toBe(true);
  const lines = text.split(/\r\n/).filter((l) => l && !/^(rem|@echo)\b/i.test(l));
  expect(lines).toContain('set ELECTRON_RUN_AS_NODE=1');
  const exe = `${config.win.executableName}.exe`;
  expect(lines).toContain(`"%~dp0..\\${exe}" "%~dp0..\\${CLI_IN_APP.join('\\')}" %*`);
  expect(lines.at(-1)).toBe('exit /b %ERRORLEVEL%');
});

let app: string;
let onPath: string;
beforeAll(() => {
  // The deb's layout, under a name like /opt/公文工作室 (non-ASCII, here with a space too).
  const root = tempDir();
  app = path.join(root, '公文 工作室');
  onPath = path.join(root, 'path');
  const cliDir = path.join(app, ...CLI_IN_APP.slice(0, -1));
  fs.mkdirSync(cliDir, { recursive: true });
  for (const f of fs.readdirSync(path.join(DIST, 'node')).filter((f) => /^cli.*\.cjs$/.test(f))) {
    fs.copyFileSync(path.join(DIST, 'node', f), path.join(cliDir, f));
  }
  const exe = path.join(app, config.linux.executableName as string);
  fs.writeFileSync(
    exe,
    `#!/bin/sh\n[ "$ELECTRON_RUN_AS_NODE" = 1 ] || { echo "the app window would open" >&2; exit 99; }\nexec "${process.execPath}" "$@"\n`,
    { mode: 0o755 },
  );
  const l = launcherOf('linux');
  fs.mkdirSync(path.join(app, 'bin'));
  fs.copyFileSync(path.join(ROOT, l.from), path.join(app, l.to));
  fs.chmodSync(path.join(app, l.to), fs.statSync(path.join(ROOT, l.from)).mode);
  // As README.md says: a link to it on PATH.
  fs.mkdirSync(onPath);
  fs.symlinkSync(path.join(app, l.to), path.join(onPath, 'gongwen'));
});
afterAll(() => rm(path.dirname(app)));

function gongwen(args: string[]) {
  const r = spawnSync('gongwen', args, {
    cwd: path.dirname(app),
    encoding: 'utf8',
    env: { PATH: `${onPath}:/usr/bin:/bin`, HOME: path.dirname(app) },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('the Linux launcher is executable and runs the installed CLI from a link on PATH', () => {
  expect(fs.statSync(path.join(ROOT, launcherOf('linux').from)).mode & 0o111).toBe(0o111);
  const help = gongwen(['--help']);
  expect(help.err).toBe('');
  expect(help.code).toBe(0);
  expect(help.out).toContain('gongwen export');
  const t = gongwen(['templates']);
  expect(t.code).toBe(0);
  expect(t.out.split('\n')).toContain('fazhi-annual\t法治政府建设年度报告\t报告');
});

test('arguments with spaces arrive whole, and the exit code comes back', () => {
  const r = gongwen(['check', '不存在的 草稿.json']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('找不到文件：不存在的 草稿.json');
});
