/**
 * The licences of the libraries bundled into dist/ travel with them (their terms ask it of every
 * copy; the bundles are minified without comments): dist/THIRD_PARTY_NOTICES.txt names every
 * package whose code the bundles hold — found here independently, from the source maps — with its
 * licence text; a package that ships no licence text stops the build.
 */
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, rm, tempDir } from '../helpers/paths';
// @ts-expect-error: a build script in plain JavaScript, without types
import { noticesFor, packageDirOf, packageLicence } from '../../scripts/notices.mjs';

function maps(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? maps(p) : e.name.endsWith('.map') ? [p] : [];
  });
}

test('every package whose code is in a bundle is credited with its licence text', () => {
  const dist = path.join(ROOT, 'dist');
  const packages = new Set<string>();
  for (const m of maps(dist)) {
    const map = JSON.parse(fs.readFileSync(m, 'utf8')) as { sources: string[] };
    for (const s of map.sources) {
      const dir = packageDirOf(path.resolve(path.dirname(m), s)) as string | null;
      if (dir) {
        const l = packageLicence(dir) as { name: string; version: string };
        packages.add(`${l.name} ${l.version}`);
      }
    }
  }
  // The renderer's React and Lexical, the Node side's zod: the maps did see the libraries.
  expect([...packages].some((p) => p.startsWith('react-dom '))).toBe(true);
  expect([...packages].some((p) => p.startsWith('lexical '))).toBe(true);
  expect([...packages].some((p) => p.startsWith('zod '))).toBe(true);
  const notices = fs.readFileSync(path.join(dist, 'THIRD_PARTY_NOTICES.txt'), 'utf8');
  const sections = notices.split(/^={72}\n/m);
  for (const p of packages) {
    const at = sections.findIndex((s) => s.startsWith(`${p} (`));
    expect(at, `${p} is credited`).toBeGreaterThan(0);
    expect(sections[at + 1]!.trim().length, `${p}: its licence text`).toBeGreaterThan(100);
  }
});

test('a bundled package without a licence text stops the build; a README licence section counts', () => {
  const dir = tempDir('gongwen-notices-');
  try {
    const pkg = (name: string, files: Record<string, string>) => {
      const d = path.join(dir, 'node_modules', name);
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ name, version: '1.0.0', license: 'MIT' }));
      for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(d, f), t);
      return `node_modules/${name}/index.js`;
    };
    const withFile = pkg('with-file', { 'LICENSE': 'Copyright (c) 2020 A\n\nPermission is hereby granted…' });
    const inReadme = pkg('in-readme', { 'README.md': '# x\n\n## License\n\nCopyright (c) 2013 B\n\nPermission is hereby granted…\n' });
    const bare = pkg('bare', { 'README.md': '# bare\n\n## License\n\nMIT\n' });
    const text = noticesFor(dir, [withFile, inReadme]) as string;
    expect(text).toContain('with-file 1.0.0 (MIT)');
    expect(text).toContain('Copyright (c) 2013 B');
    expect(() => noticesFor(dir, [withFile, bare])).toThrow(/without a licence text: bare/);
  } finally {
    rm(dir);
  }
});
