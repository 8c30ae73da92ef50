/**
 * Builds what the integration and e2e tests run: the Node bundles (web bridge, CLI, Electron main
 * and preload) and the renderer. Both builds are incremental-free and quick (esbuild, Vite).
 * Set GONGWEN_SKIP_BUILD=1 while iterating on pure unit tests.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  if (process.env.GONGWEN_SKIP_BUILD === '1') return;
  const root = path.resolve(import.meta.dirname, '..');
  const node = process.execPath;
  execFileSync(node, ['scripts/build-main.mjs'], { cwd: root, stdio: 'inherit' });
  execFileSync(node, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test, which would make Vite build React's development bundle: test
    // what ships instead.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
