import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

/**
 * The repo root: the nearest folder up from here with a package.json. (Bundled benches see
 * `import.meta.dirname` as bench/, so a fixed '../..' would miss.)
 */
function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
export const ROOT = findRoot(import.meta.dirname);
export const SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'fixtures', 'seeds');
export const DIST = path.join(ROOT, 'dist');

/** A fresh temporary folder, removed by the caller's afterAll/afterEach via `rm`. */
export function tempDir(prefix = 'gongwen-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function rm(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function seedText(name: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}
