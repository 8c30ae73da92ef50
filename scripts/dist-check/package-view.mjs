// The built app folder (linux-unpacked/) as one tree: files on disk, and inside resources/app.asar
// the archive's own entries, read from its header as Electron reads it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// @electron/asar as electron-builder itself uses it (a dependency of app-builder-lib).
const asar = createRequire(createRequire(path.join(root, 'package.json')).resolve('app-builder-lib/package.json'))('@electron/asar');

const toPosix = (p) => p.split(path.sep).join('/');

/** Every entry of the archive: posix path (no leading slash) → { dir, size, unpacked }. */
function archiveEntries(archive) {
  const entries = new Map();
  const walk = (node, prefix) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const p = prefix ? `${prefix}/${name}` : name;
      const dir = child.files !== undefined;
      entries.set(p, { dir, size: dir ? 0 : Number(child.size ?? 0), unpacked: child.unpacked === true, link: child.link });
      if (dir) walk(child, p);
    }
  };
  walk(asar.getRawHeader(archive).header, '');
  return entries;
}

/** Total bytes of the regular files under `dir`. */
export function treeSize(dir) {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return total;
}

export function openPackage(appDir) {
  const resources = path.join(appDir, 'resources');
  const archive = path.join(resources, 'app.asar');
  const unpackedDir = `${archive}.unpacked`;
  const entries = archiveEntries(archive);
  /** The path inside the archive, or null when `abs` lies outside it. */
  const inArchive = (abs) => {
    const rel = path.relative(archive, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? null : toPosix(rel);
  };
  return {
    appDir,
    archive,
    unpackedDir,
    entries,
    /** Whether `abs` (a path anywhere under the app folder, into the archive too) exists. */
    exists(abs) {
      const rel = inArchive(abs);
      if (rel === null) return fs.existsSync(abs);
      return rel === '' || entries.has(rel);
    },
    isFile(abs) {
      const rel = inArchive(abs);
      if (rel === null) return fs.existsSync(abs) && fs.statSync(abs).isFile();
      const e = entries.get(rel);
      return e !== undefined && !e.dir;
    },
    /** A file's bytes: from the archive (or beside it, when unpacked), else from disk. */
    read(abs) {
      const rel = inArchive(abs);
      return rel === null ? fs.readFileSync(abs) : asar.extractFile(archive, rel);
    },
    /** The archive, unpacked files included, as a plain folder (what Electron's fs shows). */
    extractTo(dest) {
      asar.extractAll(archive, dest);
    },
    /** Files on disk outside the archive and its unpacked folder, relative to the app folder. */
    diskFiles() {
      return fs
        .readdirSync(appDir, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile())
        .map((e) => toPosix(path.relative(appDir, path.join(e.parentPath, e.name))));
    },
    sizes() {
      return { 'app.asar': fs.statSync(archive).size, 'app.asar.unpacked': treeSize(unpackedDir) };
    },
  };
}
