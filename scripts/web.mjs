// `npm run web -- --port P --data-dir DIR [--token T]`: build the renderer and the bridge, then
// serve them on 127.0.0.1 in this very process (so SIGTERM reaches the server directly).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] };
execFileSync(process.execPath, [path.join(root, 'scripts/build-main.mjs')], quiet);
if (!process.argv.includes('--no-build'))
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], quiet);

const require = createRequire(import.meta.url);
const { main } = require(path.join(root, 'dist/node/web.cjs'));
await main(process.argv.slice(2).filter((a) => a !== '--no-build'));
