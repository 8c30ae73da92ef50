// Bundles the Node side: Electron main and preload, the web bridge and the CLI, into dist/.
// better-sqlite3 and electron stay external (native binary; provided by Electron).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  legalComments: 'none',
};

// The import worker first: its code goes into each bundle as a string (electron/import/run.ts
// starts it with eval), so nothing needs a path to it, in the packaged app or anywhere else. The
// file in dist/node is for running from source (tests, bench).
const worker = await build({ ...common, entryPoints: ['electron/import/worker.ts'], write: false, sourcemap: false, outfile: 'import-worker.cjs' });
const workerCode = worker.outputFiles[0].text;
const withWorker = { ...common, define: { IMPORT_WORKER_SOURCE: JSON.stringify(workerCode) } };
fs.mkdirSync(path.join(root, 'dist', 'node'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'node', 'import-worker.cjs'), workerCode);

await Promise.all([
  build({ ...withWorker, entryPoints: { main: 'electron/main.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  // Sandboxed preloads may only require('electron'); everything else is bundled in.
  build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({ ...withWorker, entryPoints: { web: 'electron/web/server.ts', cli: 'electron/cli/main.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
]);
