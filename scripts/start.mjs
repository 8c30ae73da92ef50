// `npm start`: build, then run the desktop app. The Electron binary is fetched on first run when
// online; offline, point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45 folder, or put
// electron-v45.*-<platform>-<arch>.zip in the Electron cache (see README).
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
run([path.join(root, 'scripts/build-main.mjs')]);
run([path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);

const require = createRequire(import.meta.url);
let electronPath;
try {
  electronPath = require('electron'); // resolves (and on first use downloads) the binary
} catch (err) {
  console.error(
    '无法取得 Electron 程序（首次运行需要联网下载）。离线时请设置 ELECTRON_OVERRIDE_DIST_PATH 指向已解压的 Electron 45 目录，或改用 `npm run web` 在浏览器中使用。\n' +
      `Electron could not be obtained: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
}
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
