// The checks over one built app folder. Each returns the problems it found, in words that say what
// is missing or extra and where; an empty list is a pass.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { bundleRefs } from './bundle-refs.mjs';

const MiB = 1024 * 1024;
/** What a clerk copies by USB between air-gapped PCs: every MB counts. */
export const BUDGETS = { 'app.asar': 8 * MiB, 'app.asar.unpacked': 4 * MiB };
/** The only modules the bundles may load from outside themselves. */
export const EXTERNAL_MODULES = ['electron', 'better-sqlite3'];
/** A sandboxed preload may require only these (Electron's sandbox rules). */
const SANDBOX_PRELOAD_MODULES = new Set(['electron', 'events', 'timers', 'url']);
/** Files that are sources or build inputs, never needed at run time. */
const SOURCE_FILE = /\.(c|cc|cpp|cxx|h|hh|hpp|gyp|gypi|map|ts|tsx|mts|cts|o|obj|a|lib|pdb)$/i;
/** ELF e_machine per Node arch name. */
const ELF_MACHINE = { x64: 0x3e, arm64: 0xb7 };
/** The target's name in better-sqlite3's prebuilds/ per electron-builder platform name. */
const PREBUILD_PLATFORM = { linux: 'linux', win: 'win32', mac: 'darwin' };

/** What a built page script loads by path: imports (static, side-effect, dynamic) and assets by URL. */
const JS_LOADS = [
  /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  /\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\bnew URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g,
];

const posix = path.posix;
const inArchive = (view, rel) => path.join(view.archive, ...rel.split('/'));
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** The shipped JavaScript of our own: every .cjs/.js in the archive outside node_modules. */
function ownBundles(view) {
  return [...view.entries].filter(([p, e]) => !e.dir && /\.(c|m)?js$/.test(p) && !p.split('/').includes('node_modules')).map(([p]) => p);
}

/** package.json `main`, the preload, the page, and everything the page references. */
export function entryPoints(view) {
  const problems = [];
  if (!view.isFile(inArchive(view, 'package.json')))
    return ['package.json is missing from app.asar: Electron cannot find the main process'];
  const pkg = JSON.parse(view.read(inArchive(view, 'package.json')).toString('utf8'));
  const required = [pkg.main ?? 'index.js', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];
  for (const rel of required) if (!view.isFile(inArchive(view, rel))) problems.push(`entry point missing from app.asar: ${rel}`);
  if (!view.isFile(inArchive(view, 'dist/renderer/index.html'))) return problems;
  // The page, then every stylesheet and script it pulls in, breadth first.
  const queue = ['dist/renderer/index.html'];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const file = queue.shift();
    const text = view.read(inArchive(view, file)).toString('utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1])
      : file.endsWith('.css')
        ? [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1])
        : JS_LOADS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
    for (const ref of refs) {
      if (ref.startsWith('data:') || ref.startsWith('#')) continue;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) {
        problems.push(`${file} references ${ref}: outside the package (the app never touches the network)`);
        continue;
      }
      if (!/^[./]/.test(ref) && !file.endsWith('.html')) {
        problems.push(`${file} imports ${ref}: a bare module name, which the page cannot load`);
        continue;
      }
      const clean = ref.split(/[?#]/)[0];
      const target = clean.startsWith('/') ? posix.join('dist/renderer', clean) : posix.join(posix.dirname(file), clean);
      if (!view.isFile(inArchive(view, target))) problems.push(`${file} references ${ref}: ${target} is not in app.asar`);
      else if (!seen.has(target) && /\.(css|m?js)$/.test(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * Every path a bundle computes from where it lies exists in the package, every relative require
 * resolves beside it, and the only other modules are Node's own and EXTERNAL_MODULES.
 */
export function runtimeReferences(view) {
  const problems = [];
  const externals = new Map();
  for (const rel of ownBundles(view)) {
    const file = inArchive(view, rel);
    const refs = bundleRefs(view.read(file).toString('utf8'));
    for (const u of refs.unresolved) problems.push(`${rel}:${u.line}: ${u.what} cannot be checked: ${u.text}`);
    for (const p of refs.paths) {
      const base = p.base === '__dirname' ? path.dirname(file) : p.base === '__filename' ? file : path.join(view.appDir, 'resources');
      const target = path.resolve(base, ...p.segments);
      if (!view.exists(target))
        problems.push(
          `${rel}:${p.line}: path.join(${[p.base, ...p.segments.map((s) => JSON.stringify(s))].join(', ')}) → ${path.relative(view.appDir, target)} is not in the package`,
        );
    }
    const preload = rel === 'dist/electron/preload.cjs';
    for (const { spec, line } of refs.requires) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = path.resolve(path.dirname(file), spec);
        if (!['', '.js', '.cjs', '.json', '/index.js'].some((ext) => view.isFile(target + ext)))
          problems.push(`${rel}:${line}: require(${JSON.stringify(spec)}) → ${path.relative(view.appDir, target)} is not in the package`);
      } else if (preload && !SANDBOX_PRELOAD_MODULES.has(spec.replace(/^node:/, ''))) {
        problems.push(`${rel}:${line}: a sandboxed preload cannot require ${JSON.stringify(spec)}`);
      } else if (!isBuiltin(spec)) {
        const name = packageName(spec);
        if (!EXTERNAL_MODULES.includes(name))
          problems.push(
            `${rel}:${line}: requires ${JSON.stringify(spec)}, not in the bundle (only ${EXTERNAL_MODULES.join(' and ')} may come from outside)`,
          );
        else externals.set(name, [...(externals.get(name) ?? []), rel]);
      }
    }
  }
  return { problems: [...new Set(problems)], externals };
}

/** How Node (and Electron) would find `name` from a bundle inside the archive. */
function resolvePackage(view, fromRel, name) {
  let dir = posix.dirname(fromRel);
  for (;;) {
    const pkgJson = posix.join(dir === '.' ? '' : dir, 'node_modules', name, 'package.json');
    if (view.isFile(inArchive(view, pkgJson))) return posix.dirname(pkgJson);
    if (dir === '.' || dir === '') return null;
    dir = posix.dirname(dir);
  }
}

/** `electron` is the runtime's own module; better-sqlite3 resolves, with its native binary unpacked. */
export function externalModules(view, externals, { platform, arch, executable }) {
  const problems = [];
  const notes = [];
  if (view.exists(inArchive(view, 'node_modules/electron')))
    problems.push('node_modules/electron is shipped: the app gets `electron` from its own executable');
  if (!view.isFile(path.join(view.appDir, executable)))
    problems.push(`the executable ${executable} is missing: nothing provides \`electron\``);
  else notes.push(`electron: built into the executable ${executable} (here the stand-in)`);
  for (const from of externals.get('better-sqlite3') ?? []) {
    const dir = resolvePackage(view, from, 'better-sqlite3');
    if (!dir) {
      problems.push(`${from} requires better-sqlite3, which does not resolve in app.asar`);
      continue;
    }
    const pkg = JSON.parse(view.read(inArchive(view, `${dir}/package.json`)).toString('utf8'));
    const main = posix.join(dir, pkg.exports?.['.'] ?? pkg.main ?? 'index.js');
    if (!view.isFile(inArchive(view, main))) problems.push(`better-sqlite3's entry ${main} is not in app.asar`);
  }
  // The native module: exactly one, the target's, unpacked (a .node cannot load from inside an asar).
  const target = `${PREBUILD_PLATFORM[platform]}-${arch}.node`;
  const natives = [...view.entries].filter(([p, e]) => !e.dir && p.endsWith('.node'));
  const onDisk = view.diskFiles().filter((p) => p.endsWith('.node'));
  const expected = `node_modules/better-sqlite3/prebuilds/${target}`;
  const others = [
    ...natives.map(([p]) => p).filter((p) => p !== expected),
    ...onDisk.filter((p) => p !== `resources/app.asar.unpacked/${expected}`),
  ];
  for (const p of others) problems.push(`native module not for this target, or not where it is loaded from: ${p}`);
  const entry = view.entries.get(expected);
  const unpackedFile = path.join(view.unpackedDir, ...expected.split('/'));
  if (!entry) problems.push(`better-sqlite3's native module for ${platform}-${arch} is missing: ${expected}`);
  else if (!entry.unpacked || !fs.existsSync(unpackedFile)) problems.push(`${expected} is not unpacked beside app.asar: it cannot load`);
  else {
    const head = Buffer.alloc(20);
    const fd = fs.openSync(unpackedFile, 'r');
    fs.readSync(fd, head, 0, 20, 0);
    fs.closeSync(fd);
    if (platform === 'linux' && (head.readUInt32BE(0) !== 0x7f454c46 || head.readUInt16LE(18) !== ELF_MACHINE[arch]))
      problems.push(`${expected} is not an ELF binary for ${arch}`);
  }
  return { problems, notes, nativeFile: entry && entry.unpacked ? unpackedFile : null };
}

/**
 * Loads better-sqlite3 from the unpacked folder under the project's Node (the stand-in's ABI: its
 * prebuilds are Node-API, the same binary Electron loads) and writes and reads a real SQLite file.
 */
export function nativeLoads(view, nativeFile) {
  const dir = path.join(view.unpackedDir, 'node_modules', 'better-sqlite3');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-dist-sqlite-'));
  const script = `
    const Database = require(process.argv[1]);
    const db = new Database(process.argv[2]);
    db.exec('CREATE TABLE t (x TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run('公文');
    const row = db.prepare('SELECT x, sqlite_version() AS v FROM t').get();
    db.close();
    const native = Object.keys(require.cache).filter((f) => f.endsWith('.node'));
    process.stdout.write(JSON.stringify({ row, native }));`;
  try {
    const r = spawnSync(process.execPath, ['-e', script, dir, path.join(work, 'check.sqlite')], { encoding: 'utf8', timeout: 30_000 });
    if (r.status !== 0)
      return {
        problems: [
          `better-sqlite3 does not load from ${path.relative(view.appDir, dir)}: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`,
        ],
      };
    const out = JSON.parse(r.stdout);
    const problems = [];
    if (out.row?.x !== '公文') problems.push('better-sqlite3 loaded from the package but did not read back what it wrote');
    if (!out.native.every((f) => fs.realpathSync(f) === fs.realpathSync(nativeFile)) || out.native.length !== 1)
      problems.push(`better-sqlite3 loaded a native module from elsewhere: ${out.native.join(', ')}`);
    return { problems, sqlite: out.row?.v };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Nothing shipped twice, no sources, no build files: only better-sqlite3 in node_modules. */
export function lean(view) {
  const problems = [];
  const modules = new Set();
  for (const [p] of view.entries) {
    const parts = p.split('/');
    const i = parts.indexOf('node_modules');
    if (i >= 0 && parts.length > i + 1)
      modules.add(parts[i + 1].startsWith('@') && parts.length > i + 2 ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1]);
    if (SOURCE_FILE.test(p)) problems.push(`source or build file shipped: ${p}`);
    if (i >= 0 && /^(deps|src|build|test|tests|docs|examples?)$/.test(parts[i + 2] ?? '') && parts.length > i + 3)
      problems.push(`source or build folder shipped: ${parts.slice(0, i + 3).join('/')}`);
  }
  const allowed = EXTERNAL_MODULES.filter((m) => m !== 'electron');
  for (const m of modules)
    if (!allowed.includes(m)) problems.push(`node_modules/${m} is shipped: the bundles already hold what they use of it`);
  return [...new Set(problems)];
}

/**
 * The licences of the bundled libraries travel with the code (scripts/notices.mjs writes them):
 * the package holds the same notices the build wrote, and they are not empty.
 */
export function notices(view, builtNotices) {
  const rel = 'dist/THIRD_PARTY_NOTICES.txt';
  if (!view.isFile(inArchive(view, rel))) return [`${rel} is missing from app.asar: the libraries' licences must ship with them`];
  const shipped = view.read(inArchive(view, rel)).toString('utf8');
  if (shipped !== builtNotices) return [`${rel} in app.asar differs from the one the build wrote`];
  return shipped.includes('Permission') ? [] : [`${rel} holds no licence text`];
}

export function budgets(view) {
  const sizes = view.sizes();
  const problems = Object.entries(BUDGETS)
    .filter(([k, max]) => sizes[k] > max)
    .map(([k, max]) => `${k} is ${(sizes[k] / MiB).toFixed(2)} MB, over its budget of ${max / MiB} MB`);
  return { problems, sizes };
}

/**
 * The `gongwen` launchers name the executable and the CLI entry by path: each must exist in the
 * package. The Windows one is checked against the same layout (resources/ is the same on both) and
 * the Windows executable name from the config.
 */
export function launchers(view, { linuxLauncher, winLauncherSource, winExecutable }) {
  const problems = [];
  const file = path.join(view.appDir, linuxLauncher);
  if (!fs.existsSync(file)) return { problems: [`the launcher ${linuxLauncher} is missing`], cliEntry: undefined };
  if ((fs.statSync(file).mode & 0o111) === 0) problems.push(`the launcher ${linuxLauncher} is not executable`);
  const sh = [...fs.readFileSync(file, 'utf8').matchAll(/"\$app\/([^"$]+)"/g)].map((m) => m[1]);
  if (sh.length === 0) problems.push(`${linuxLauncher} names no file of the app`);
  for (const rel of sh)
    if (!view.exists(path.join(view.appDir, ...rel.split('/')))) problems.push(`${linuxLauncher} runs ${rel}, which is not in the package`);
  const cmd = [...fs.readFileSync(winLauncherSource, 'latin1').matchAll(/"%~dp0\.\.\\([^"%]+)"/g)].map((m) => m[1].split('\\').join('/'));
  if (cmd.length === 0) problems.push(`${winLauncherSource} names no file of the app`);
  for (const rel of cmd) {
    if (rel.endsWith('.exe')) {
      if (rel !== winExecutable) problems.push(`gongwen.cmd runs ${rel}, but the Windows executable is ${winExecutable}`);
    } else if (!view.exists(path.join(view.appDir, ...rel.split('/'))))
      problems.push(`gongwen.cmd runs ${rel}, which is not in the package`);
  }
  return { problems, cliEntry: sh.find((r) => r.endsWith('.cjs')) };
}

/**
 * The CLI as the package holds it, run by the package's executable acting as Node: Electron reads
 * app.asar in that mode, plain Node cannot, so the archive is extracted first. Each command runs
 * once, so every command bundle is loaded from the package.
 */
export function cliRuns(view, { executable, cliEntry }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-dist-cli-'));
  const problems = [];
  try {
    const extracted = path.join(work, 'app');
    view.extractTo(extracted);
    const cli = path.join(extracted, ...path.relative(view.archive, path.join(view.appDir, ...cliEntry.split('/'))).split(path.sep));
    fs.writeFileSync(
      path.join(work, 'report.txt'),
      '某某区人民政府关于2025年法治政府建设情况的报告\n\n一、主要举措和成效\n（一）加强党的领导\n全年召开专题会议4次。\n二、存在的不足\n执法队伍素质有待提高。\n三、下一步工作安排\n继续推进依法行政。\n\n某某区人民政府\n2026年1月20日\n',
    );
    const runs = [
      { args: ['--help'], ok: [0] },
      { args: ['templates'], ok: [0] },
      { args: ['import', 'report.txt', '-o', 'draft.json'], ok: [0] },
      { args: ['outline', 'draft.json'], ok: [0] },
      { args: ['rollover', 'draft.json', '-o', 'next.json'], ok: [0] },
      { args: ['fix', 'draft.json', '-o', 'fixed.json'], ok: [0] },
      // 1: findings that would stop an official export; the bundle still ran.
      { args: ['check', 'draft.json'], ok: [0, 1] },
      { args: ['export', 'draft.json', '--draft', '-o', 'draft.docx'], ok: [0, 1] },
    ];
    for (const { args, ok } of runs) {
      const r = spawnSync(path.join(view.appDir, executable), [cli, ...args], {
        cwd: work,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', GONGWEN_DATA_DIR: path.join(work, 'data') },
      });
      if (!ok.includes(r.status ?? -1))
        problems.push(
          `gongwen ${args.join(' ')} from the package exited ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n').slice(0, 3).join(' | ')}`,
        );
    }
    return problems;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
