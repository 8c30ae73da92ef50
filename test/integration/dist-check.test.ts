/**
 * The package a clerk installs, built here by electron-builder with a stand-in Electron and checked
 * (scripts/dist-check.mjs, `npm run dist:check`). Then the check is shown to catch what it claims
 * to: a config that leaves the renderer out, and a built package damaged the other ways a package
 * goes wrong (a library shipped again and required from outside the bundle, the archive and the
 * unpacked folder over budget, a native module that does not load).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import type * as Asar from '@electron/asar';
import { ROOT, rm, tempDir } from '../helpers/paths';

// @electron/asar as electron-builder uses it, to damage a built archive the way a bad config would.
const asar = createRequire(createRequire(path.join(ROOT, 'package.json')).resolve('app-builder-lib/package.json'))(
  '@electron/asar',
) as typeof Asar;

const MiB = 1024 * 1024;
const CHECKS = {
  entries: 'entry points and the assets index.html references',
  refs: 'paths computed at run time, modules required from outside the bundles',
  externals: 'electron and better-sqlite3 resolve; the native module is the target’s, unpacked',
  loads: 'better-sqlite3 loads from app.asar.unpacked under the project’s Node',
  lean: 'lean: no library shipped twice, no sources',
  budgets: 'budgets: app.asar ≤ 8 MB, app.asar.unpacked ≤ 4 MB',
  launchers: 'the gongwen launchers name files in the package',
  cli: 'every gongwen command runs from the package',
  notices: 'the bundled libraries’ licences ship with them',
};

interface Report {
  ok: boolean;
  buildError: string | null;
  skipped: string[];
  workDir: string | null;
  buildMs: number;
  totalMs: number;
  targets: { arch: string; appDir: string; sizes: Record<string, number>; sqlite: string | null; checks: Record<string, string[]> }[];
}

let dir: string;
let good: { status: number | null; out: string; report: Report };

function distCheck(args: string[]): { status: number | null; out: string; report: Report } {
  const json = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/dist-check.mjs'), '--json', json, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`, report: JSON.parse(fs.readFileSync(json, 'utf8')) as Report };
}

beforeAll(() => {
  dir = tempDir('gongwen-dist-test-');
  good = distCheck(['--keep']);
}, 300_000);
afterAll(() => {
  if (good?.report.workDir) rm(good.report.workDir);
  rm(dir);
});

test('the package built from electron-builder.yml passes every check, x64 and arm64, within budget', () => {
  expect(good.report.buildError, good.out).toBeNull();
  expect(good.report.targets.map((t) => t.arch)).toEqual(['x64', 'arm64']);
  for (const t of good.report.targets) {
    // Every check ran (the native module loads, and the CLI runs, on this machine's arch only).
    const expected = Object.values(CHECKS).filter((c) => t.arch === process.arch || (c !== CHECKS.loads && c !== CHECKS.cli));
    expect(Object.keys(t.checks).sort()).toEqual(expected.sort());
    for (const [name, problems] of Object.entries(t.checks)) expect(problems, `${t.arch}: ${name}`).toEqual([]);
    // The budgets, measured again here on the files themselves.
    const resources = path.join(t.appDir, 'resources');
    expect(fs.statSync(path.join(resources, 'app.asar')).size).toBeLessThanOrEqual(8 * MiB);
    const unpacked = fs
      .readdirSync(path.join(resources, 'app.asar.unpacked'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
    expect(unpacked).toBeLessThanOrEqual(4 * MiB);
    expect(unpacked).toBe(t.sizes['app.asar.unpacked']);
    // Only the target's native binary.
    const natives = fs
      .readdirSync(path.join(resources, 'app.asar.unpacked'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.node'));
    expect(natives.map((f) => path.basename(f))).toEqual([`linux-${t.arch}.node`]);
  }
  expect(good.report.targets.find((t) => t.arch === process.arch)?.sqlite).toMatch(/^3\.\d+\.\d+$/);
  // Said plainly: the fuses are not checked, and why.
  expect(good.report.skipped).toHaveLength(1);
  expect(good.report.skipped[0]).toMatch(/fuses.*cannot be downloaded/i);
  expect(good.out).toContain('SKIPPED Electron fuses');
  expect(good.status, good.out).toBe(0);
  expect(good.report.ok).toBe(true);
});

test('a config that leaves the renderer out fails, naming the page and the path main computes to it', () => {
  const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as { files: string[] };
  config.files.push('!dist/renderer/**');
  const broken = path.join(dir, 'no-renderer.yml');
  fs.writeFileSync(broken, yaml.dump(config));
  const r = distCheck(['--config', broken, '--arch', 'x64']);
  expect(r.status).toBe(1);
  expect(r.report.ok).toBe(false);
  const checks = r.report.targets[0]!.checks;
  expect(checks[CHECKS.entries]).toContain('entry point missing from app.asar: dist/renderer/index.html');
  expect(
    checks[CHECKS.refs]!.some((p) =>
      /^dist\/electron\/main\.cjs:\d+: path\.join\(__dirname, "\.\.", "renderer"\) → resources\/app\.asar\/dist\/renderer is not in the package$/.test(
        p,
      ),
    ),
  ).toBe(true);
  expect(r.out).toContain('✗ entry points and the assets index.html references');
  expect(r.out).toContain('dist-check: FAILED');
}, 300_000);

test('a package with a library shipped again, required from outside the bundle, without the licences, both parts over budget, and a native module that does not load fails each check', async () => {
  const built = good.report.targets.find((t) => t.arch === process.arch)!.appDir;
  const app = path.join(dir, 'damaged');
  fs.cpSync(built, app, { recursive: true });
  const resources = path.join(app, 'resources');
  const archive = path.join(resources, 'app.asar');

  // A library in node_modules, and the main bundle requiring it: repack the archive with both.
  const tree = path.join(dir, 'tree');
  asar.extractAll(archive, tree);
  fs.mkdirSync(path.join(tree, 'node_modules', 'left-pad'));
  fs.writeFileSync(path.join(tree, 'node_modules', 'left-pad', 'package.json'), '{"name":"left-pad","main":"index.js"}');
  fs.writeFileSync(path.join(tree, 'node_modules', 'left-pad', 'index.js'), 'module.exports = (s) => s;');
  fs.appendFileSync(path.join(tree, 'dist', 'electron', 'main.cjs'), '\nrequire("left-pad");\n');
  // The libraries' licences left behind.
  fs.rmSync(path.join(tree, 'dist', 'THIRD_PARTY_NOTICES.txt'));
  // The archive over its budget of 8 MB: padded to a megabyte past it, whatever it holds now.
  fs.writeFileSync(path.join(tree, 'dist', 'blob.bin'), Buffer.alloc(9 * MiB - fs.statSync(archive).size, 1));
  rm(`${archive}.unpacked`);
  fs.rmSync(archive);
  await asar.createPackageWithOptions(tree, archive, { unpack: '**/node_modules/better-sqlite3/**' });
  // Over budget: 5 MB more beside the archive.
  fs.writeFileSync(path.join(`${archive}.unpacked`, 'blob.bin'), Buffer.alloc(5 * MiB, 1));
  // A native module that is an ELF for the right arch but cut short: it cannot load.
  const native = path.join(`${archive}.unpacked`, 'node_modules', 'better-sqlite3', 'prebuilds', `linux-${process.arch}.node`);
  fs.writeFileSync(native, fs.readFileSync(native).subarray(0, 64 * 1024));

  const r = distCheck(['--package', app, '--arch', process.arch]);
  expect(r.status).toBe(1);
  const checks = r.report.targets[0]!.checks;
  expect(checks[CHECKS.lean]).toContain('node_modules/left-pad is shipped: the bundles already hold what they use of it');
  expect(checks[CHECKS.refs]!.some((p) => /^dist\/electron\/main\.cjs:\d+: requires "left-pad", not in the bundle/.test(p))).toBe(true);
  expect(checks[CHECKS.notices]).toEqual([
    "dist/THIRD_PARTY_NOTICES.txt is missing from app.asar: the libraries' licences must ship with them",
  ]);
  expect(checks[CHECKS.budgets]!.join('\n')).toMatch(
    /^app\.asar is \d+\.\d\d MB, over its budget of 8 MB\napp\.asar\.unpacked is \d+\.\d\d MB, over its budget of 4 MB$/,
  );
  expect(checks[CHECKS.loads]!.join('\n')).toMatch(
    /^better-sqlite3 does not load from resources\/app\.asar\.unpacked\/node_modules\/better-sqlite3: /,
  );
  // What was not damaged still passes: each check answers for its own part.
  for (const name of [CHECKS.entries, CHECKS.externals, CHECKS.launchers, CHECKS.cli]) expect(checks[name], name).toEqual([]);
}, 120_000);
