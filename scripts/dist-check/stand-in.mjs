// electron-builder run here, offline, without Electron: the app folder it builds is the real one
// but for the executable. The stand-in Electron is a copy of the project's Node binary named
// `electron` with a `version` file (electron-builder's `electronDist`), so the launcher and the CLI
// can run in the built folder as they do with Electron under ELECTRON_RUN_AS_NODE=1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

export function electronVersion(root) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

export function makeStandIn(root, dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(process.execPath, path.join(dir, 'electron'));
  fs.chmodSync(path.join(dir, 'electron'), 0o755);
  fs.writeFileSync(path.join(dir, 'version'), electronVersion(root));
  return dir;
}

/**
 * The config to build with: the given one, less what needs the real Electron binary. Fuses are
 * flipped inside the Electron executable, which the stand-in (Node) does not have; the real build
 * (`npm run dist`) still applies them from electron-builder.yml.
 */
export function derivedConfig(configFile, { electronDist, output }) {
  const config = yaml.load(fs.readFileSync(configFile, 'utf8'));
  const skipped = [];
  if (config.electronFuses) {
    delete config.electronFuses;
    skipped.push(
      'Electron fuses (electronFuses in the config): they are written into the Electron executable, which cannot be downloaded here; the stand-in is Node, with no fuses to flip. `npm run dist` with the real Electron applies them.',
    );
  }
  return { config: { ...config, electronDist, directories: { ...config.directories, output } }, skipped };
}

/** Runs electron-builder for the Linux `dir` target; returns its output when it fails. */
export function buildDir(root, configFile, archs) {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-builder/cli.js'),
      '--config',
      configFile,
      '--projectDir',
      root,
      '--linux',
      'dir',
      ...archs.map((a) => `--${a}`),
      '--publish',
      'never',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
      // Offline: no update check, no download (electronDist is given).
      env: { ...process.env, CI: 'true', NO_UPDATE_NOTIFIER: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    },
  );
  return r.status === 0 ? null : `${r.stdout}\n${r.stderr}\n${r.error?.message ?? ''}`.trim();
}

export function writeYaml(file, data) {
  fs.writeFileSync(file, yaml.dump(data, { lineWidth: -1 }));
}
