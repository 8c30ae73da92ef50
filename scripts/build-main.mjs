// Bundles the Node side: Electron main and preload, the web bridge and the CLI, into dist/.
// better-sqlite3 and electron stay external (native binary; provided by Electron).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeNotices } from './notices.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  absWorkingDir: root,
  // Licences travel in dist/THIRD_PARTY_NOTICES.txt (scripts/notices.mjs), from the metafiles.
  legalComments: 'none',
  metafile: true,
};

// The import worker first: its code goes into each bundle as a string (electron/import/run.ts
// starts it with eval), so nothing needs a path to it, in the packaged app or anywhere else. The
// file in dist/node is for running from source (tests, bench).
// Minified: it travels as a string, three times over (main, the import command and its part).
const worker = await build({
  ...common,
  entryPoints: ['electron/import/worker.ts'],
  write: false,
  sourcemap: false,
  outfile: 'import-worker.cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'utf8',
});
const workerCode = worker.outputFiles[0].text;
const withWorker = { ...common, define: { IMPORT_WORKER_SOURCE: JSON.stringify(workerCode) } };
fs.mkdirSync(path.join(root, 'dist', 'node'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'node', 'import-worker.cjs'), workerCode);

// The CLI starts as fast as the work it does: dist/node/cli.cjs holds only the command table and
// the help, and each command (electron/cli/commands/<name>.ts) is a bundle of its own,
// dist/node/cli-<name>.cjs, required when that command runs. So `gongwen --help` loads no schema,
// and only the commands that need them load the .docx writer, the importer or SQLite.
const COMMANDS_DIR = 'electron/cli/commands';
const commands = fs
  .readdirSync(path.join(root, COMMANDS_DIR))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));
const commandTable = path.join(root, COMMANDS_DIR, 'index.ts');
/** `import('./<name>')` in the command table becomes `require('./cli-<name>.cjs')`. */
const commandBundles = {
  name: 'cli-command-bundles',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+$/ }, (args) =>
      args.kind === 'dynamic-import' && args.importer === commandTable && commands.includes(args.path.slice(2))
        ? { path: `./cli-${args.path.slice(2)}.cjs`, external: true }
        : undefined,
    );
  },
};
/**
 * Parts a command needs only for some inputs (an `import()` in a command file), each a bundle of
 * its own too: `gongwen outline draft.json` does not load the .docx and text importer.
 */
const PARTS = { 'electron/import/run.ts': 'cli-part-import' };
const partBundles = {
  name: 'cli-part-bundles',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import' || path.dirname(args.importer) !== path.join(root, COMMANDS_DIR)) return undefined;
      const target = path
        .relative(root, path.resolve(path.dirname(args.importer), args.path))
        .split(path.sep)
        .join('/');
      const part = PARTS[`${target}.ts`] ?? PARTS[target];
      return part ? { path: `./${part}.cjs`, external: true } : undefined;
    });
  },
};
/**
 * zod's parts no CLI command uses, left out of the CLI bundles: its 40-odd message locales (the
 * CLI words zod's issues itself, shared/model/describe-issue.ts; English stays the default) and
 * the JSON Schema reader. Loading them cost every start several milliseconds.
 */
const zodUnused = {
  name: 'zod-unused',
  setup(b) {
    const stub = (re, contents) => {
      b.onResolve({ filter: re }, (args) =>
        /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: args.path, namespace: 'zod-unused' } : undefined,
      );
      b.onLoad({ filter: re, namespace: 'zod-unused' }, () => ({ contents, loader: 'js' }));
    };
    stub(/^\.\.\/locales\/index\.js$/, 'export {};');
    stub(/^\.\/from-json-schema\.js$/, 'export function fromJSONSchema() { throw new Error("not in the CLI"); }');
  },
};
const cli = {
  ...withWorker,
  outdir: 'dist/node',
  outExtension: { '.js': '.cjs' },
  // A dynamic import of a command bundle stays a plain require (no ESM loader at startup).
  supported: { 'dynamic-import': false },
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'utf8',
};

const results = await Promise.all([
  // Minified like the CLI (names kept, for readable stack traces): the installer carries it, and
  // folding the worker's source in drops the from-source fallback path, which points nowhere in
  // the package (`npm run dist:check` holds every path the bundle computes to the package).
  build({
    ...withWorker,
    entryPoints: { main: 'electron/main.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'utf8',
  }),
  // Sandboxed preloads may only require('electron'); everything else is bundled in.
  build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({ ...withWorker, entryPoints: { web: 'electron/web/server.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
  build({ ...cli, entryPoints: { cli: 'electron/cli/main.ts' }, plugins: [commandBundles, zodUnused] }),
  build({
    ...cli,
    entryPoints: {
      ...Object.fromEntries(commands.map((c) => [`cli-${c}`, `${COMMANDS_DIR}/${c}.ts`])),
      ...Object.fromEntries(Object.entries(PARTS).map(([file, part]) => [part, file])),
    },
    plugins: [partBundles, zodUnused],
  }),
]);

// Every file the bundles read, the worker's included: the libraries among them are credited.
const inputs = [worker, ...results].flatMap((r) => Object.keys(r.metafile.inputs));
writeNotices(root, inputs);
