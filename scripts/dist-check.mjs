// `npm run dist:check`: builds the Linux `dir` package with electron-builder and a stand-in
// Electron (dist-check/stand-in.mjs), then checks what a clerk would install: the entry points and
// the page's assets are in app.asar, every path the bundles compute and every module they require
// resolves inside the package, better-sqlite3's native module is the target's, unpacked, and
// loads, nothing is shipped twice, the sizes stay within budget, the `gongwen` launchers name
// files that exist and the CLI runs from the package. Exits 1 on any problem.
//
// Usage: node scripts/dist-check.mjs [--config electron-builder.yml] [--arch x64,arm64]
//                                    [--json report.json] [--keep]   (--keep: leave the build in its temp folder)
//        node scripts/dist-check.mjs --package DIR --arch x64   (check a built app folder only)
// Build first (`npm run build`); `npm run dist:check` does both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildDir, derivedConfig, makeStandIn, writeYaml } from './dist-check/stand-in.mjs';
import { openPackage } from './dist-check/package-view.mjs';
import {
  BUDGETS,
  budgets,
  cliRuns,
  entryPoints,
  externalModules,
  launchers,
  lean,
  notices,
  nativeLoads,
  runtimeReferences,
} from './dist-check/checks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    config: { type: 'string', default: path.join(root, 'electron-builder.yml') },
    arch: { type: 'string', default: 'x64,arm64' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    package: { type: 'string' },
  },
});
const archs = args.arch.split(',');
const started = performance.now();
const MiB = 1024 * 1024;
const mb = (n) => `${(n / MiB).toFixed(2)} MB`;

const report = { ok: false, config: path.relative(root, args.config), targets: [], skipped: [], buildMs: 0, totalMs: 0, buildError: null };

if (!args.package && !fs.existsSync(path.join(root, 'dist/electron/main.cjs'))) {
  console.error('dist-check: nothing built yet; run `npm run build` first (or `npm run dist:check`).');
  process.exit(1);
}

if (args.package) {
  // Check a folder built before (the tests hand it damaged copies); the config names the launchers.
  const { config } = derivedConfig(args.config, { electronDist: '', output: '' });
  report.targets.push(checkTarget(path.resolve(args.package), config, archs[0]));
  report.ok = report.targets[0] && Object.values(report.targets[0].checks).every((p) => p.length === 0);
  report.totalMs = Math.round(performance.now() - started);
  finish();
} else {
  build();
}

function build() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-dist-'));
  report.workDir = args.keep ? work : null;
  try {
    const electronDist = makeStandIn(root, path.join(work, 'electron'));
    const { config, skipped } = derivedConfig(args.config, { electronDist, output: path.join(work, 'out') });
    report.skipped = skipped;
    const configFile = path.join(work, 'electron-builder.yml');
    writeYaml(configFile, config);

    const t = performance.now();
    report.buildError = buildDir(root, configFile, archs);
    report.buildMs = Math.round(performance.now() - t);

    if (!report.buildError) {
      for (const arch of archs) {
        report.targets.push(
          checkTarget(path.join(work, 'out', arch === 'x64' ? 'linux-unpacked' : `linux-${arch}-unpacked`), config, arch),
        );
      }
    }
    report.ok = !report.buildError && report.targets.every((t) => Object.values(t.checks).every((p) => p.length === 0));
  } finally {
    report.totalMs = Math.round(performance.now() - started);
    if (!args.keep) fs.rmSync(work, { recursive: true, force: true });
  }
  finish();
}

/** Every check over one built app folder, by name: the problems each found. */
function checkTarget(appDir, config, arch) {
  const view = openPackage(appDir);
  const executable = config.linux?.executableName ?? config.executableName ?? config.productName;
  const launcher = (platform) => (config[platform]?.extraFiles ?? []).find((e) => /(^|\/)gongwen(\.cmd)?$/.test(e.to));
  const checks = {};
  const timings = {};
  /** Runs one check, keeping its problems and how long it took. */
  const run = (name, fn) => {
    const t = performance.now();
    const result = fn();
    timings[name] = Math.round(performance.now() - t);
    checks[name] = Array.isArray(result) ? result : result.problems;
    return result;
  };
  run('entry points and the assets index.html references', () => entryPoints(view));
  const refs = run('paths computed at run time, modules required from outside the bundles', () => runtimeReferences(view));
  const ext = run('electron and better-sqlite3 resolve; the native module is the target’s, unpacked', () =>
    externalModules(view, refs.externals, { platform: 'linux', arch, executable }),
  );
  let sqlite = null;
  if (arch === process.arch) {
    const loaded = run('better-sqlite3 loads from app.asar.unpacked under the project’s Node', () =>
      ext.nativeFile ? nativeLoads(view, ext.nativeFile) : { problems: ['no native module to load'] },
    );
    sqlite = loaded.sqlite ?? null;
  }
  run('lean: no library shipped twice, no sources', () => lean(view));
  run('the bundled libraries’ licences ship with them', () =>
    notices(view, fs.readFileSync(path.join(root, 'dist', 'THIRD_PARTY_NOTICES.txt'), 'utf8')),
  );
  const size = run(
    `budgets: app.asar ≤ ${BUDGETS['app.asar'] / MiB} MB, app.asar.unpacked ≤ ${BUDGETS['app.asar.unpacked'] / MiB} MB`,
    () => budgets(view),
  );
  const l = run('the gongwen launchers name files in the package', () =>
    launchers(view, {
      linuxLauncher: launcher('linux')?.to ?? 'bin/gongwen',
      winLauncherSource: path.join(root, launcher('win')?.from ?? 'build/launcher/gongwen.cmd'),
      winExecutable: `${config.win?.executableName ?? config.executableName}.exe`,
    }),
  );
  if (arch === process.arch) {
    run('every gongwen command runs from the package', () =>
      l.cliEntry ? cliRuns(view, { executable, cliEntry: l.cliEntry }) : ['no CLI entry to run'],
    );
  }
  return { arch, appDir, sizes: size.sizes, sqlite, notes: ext.notes, checks, timings };
}

/** Prints the report (and writes it as JSON with --json); the exit code says whether it passed. */
function finish() {
  const out = [];
  out.push(`dist-check: ${report.config}, linux dir ${archs.join(' ')} (electron-builder ${(report.buildMs / 1000).toFixed(1)} s)`);
  if (report.buildError) out.push(`  ✗ electron-builder failed:\n${report.buildError}`);
  for (const t of report.targets) {
    out.push(
      `  linux-${t.arch}: app.asar ${mb(t.sizes['app.asar'])}, app.asar.unpacked ${mb(t.sizes['app.asar.unpacked'])}${t.sqlite ? `, SQLite ${t.sqlite}` : ''}`,
    );
    for (const [name, problems] of Object.entries(t.checks)) {
      out.push(`    ${problems.length === 0 ? '✓' : '✗'} ${name} (${(t.timings[name] / 1000).toFixed(1)} s)`);
      for (const p of problems) out.push(`        ${p}`);
    }
    for (const n of t.notes) out.push(`    · ${n}`);
  }
  for (const s of report.skipped) out.push(`  SKIPPED ${s}`);
  if (report.workDir) out.push(`  kept: ${report.workDir}`);
  out.push(`dist-check: ${report.ok ? 'ok' : 'FAILED'} in ${(report.totalMs / 1000).toFixed(1)} s`);
  console.log(out.join('\n'));
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2));
  process.exitCode = report.ok ? 0 : 1;
}
