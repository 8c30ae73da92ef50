// Bundles the Node side: Electron main and preload, the web bridge and the CLI, into dist/, each
// outdir with its own copy of the import worker (electron/import/run.ts starts it from beside itself).
// better-sqlite3 and electron stay external (native binary; provided by Electron).
import { build } from 'esbuild';
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

await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  // Sandboxed preloads may only require('electron'); everything else is bundled in.
  build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { 'import-worker': 'electron/import/worker.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({
    ...common,
    entryPoints: { web: 'electron/web/server.ts', cli: 'electron/cli/main.ts', 'import-worker': 'electron/import/worker.ts' },
    outdir: 'dist/node',
    outExtension: { '.js': '.cjs' },
  }),
]);
