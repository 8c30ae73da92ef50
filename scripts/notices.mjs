// THIRD_PARTY_NOTICES.txt: the licence of every library bundled into dist/, as their licences
// (MIT, ISC, BSD) require with every copy. The bundles are minified without their comments, so
// the notices travel as this one file instead, in the package beside the code.
//
// Which libraries: the files the bundlers actually read (esbuild's metafile for the Node side,
// the renderer's module list written by renderer/vite.config.ts), not package.json, whose
// runtime list holds only better-sqlite3 (shipped as itself, licence included).
import fs from 'node:fs';
import path from 'node:path';

/** `node_modules/@scope/name/…` or `node_modules/name/…` → the package folder, or null. */
export function packageDirOf(file) {
  const parts = file.split(/[\\/]/);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0 || i + 1 >= parts.length) return null;
  const n = parts[i + 1].startsWith('@') ? 3 : 2;
  return parts.slice(0, i + n).join('/');
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** A package without a licence file may state it in its README's last "License" section. */
function readmeLicence(dir) {
  const readme = fs.readdirSync(dir).find((f) => /^readme(\.md)?$/i.test(f));
  if (!readme) return null;
  const lines = fs.readFileSync(path.join(dir, readme), 'utf8').split(/\r?\n/);
  const at = lines.findLastIndex((l) => /^#+\s*licen[cs]e\b/i.test(l));
  if (at < 0) return null;
  const end = lines.findIndex((l, i) => i > at && /^#+\s/.test(l));
  const text = lines.slice(at + 1, end < 0 ? undefined : end).join('\n').trim();
  // A bare "MIT" is a name, not the licence's text (which carries the copyright line).
  return /copyright|permission/i.test(text) ? text : null;
}

/** One package's name, version, licence id and licence text (null when it ships none). */
export function packageLicence(dir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const files = fs.readdirSync(dir).filter((f) => LICENCE_FILE.test(f)).sort();
  const text = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n') || readmeLicence(dir);
  const id = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '');
  return { name: pkg.name, version: pkg.version, license: id, text };
}

/**
 * The notices for the bundled files `inputs` (paths relative to `root`): one section a package,
 * by name. Throws when a package ships no licence text (the package would then break its terms).
 */
export function noticesFor(root, inputs) {
  const dirs = [...new Set(inputs.map(packageDirOf).filter(Boolean))];
  const byName = new Map();
  for (const d of dirs) {
    const l = packageLicence(path.resolve(root, d));
    byName.set(`${l.name}@${l.version}`, l);
  }
  const missing = [...byName.values()].filter((l) => !l.text).map((l) => l.name);
  if (missing.length) throw new Error(`bundled packages without a licence text: ${missing.join(', ')}`);
  const sections = [...byName.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((l) => `${'='.repeat(72)}\n${l.name} ${l.version} (${l.license})\n${'='.repeat(72)}\n\n${l.text}\n`);
  return [
    '公文工作室 uses the following open-source libraries, bundled into its program files.',
    'Their copyright notices and licences follow.',
    '',
    ...sections,
  ].join('\n');
}

/** The renderer's bundled files, as renderer/vite.config.ts records them at build time. */
export const RENDERER_INPUTS = 'dist/renderer-inputs.json';
export const NOTICES_FILE = 'dist/THIRD_PARTY_NOTICES.txt';

/**
 * The Vite plugin that records the renderer's bundled files (renderer/vite.config.ts uses it):
 * written beside the renderer, not into it (the renderer folder is served).
 */
export function rendererInputsPlugin(root) {
  return {
    name: 'gongwen-bundled-inputs',
    generateBundle(_options, bundle) {
      const inputs = new Set();
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') for (const id of Object.keys(chunk.modules)) inputs.add(path.relative(root, id.replace(/\?.*$/, '')));
      fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
      fs.writeFileSync(path.join(root, RENDERER_INPUTS), JSON.stringify([...inputs].sort()));
    },
  };
}

export function writeNotices(root, mainInputs) {
  const rendererFile = path.join(root, RENDERER_INPUTS);
  const renderer = fs.existsSync(rendererFile) ? JSON.parse(fs.readFileSync(rendererFile, 'utf8')) : [];
  fs.writeFileSync(path.join(root, NOTICES_FILE), noticesFor(root, [...mainInputs, ...renderer]));
}
