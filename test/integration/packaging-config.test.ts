/**
 * electron-builder.yml checked against electron-builder's own JSON schema (the installer itself
 * cannot be built offline here), plus the settings this product depends on.
 */
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import Ajv from 'ajv';
import { ROOT } from '../helpers/paths';

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

test('the config is valid for electron-builder', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const ok = validate(config);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
});

test('per-user Windows installs, Linux x64 and arm64, SQLite unpacked, no rebuild, fuses set', () => {
  expect(config.productName).toBe('公文工作室');
  expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, oneClick: false });
  expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis', 'portable']);
  for (const t of config.linux.target) expect(t.arch).toEqual(['x64', 'arm64']);
  expect(config.linux.target.map((t: { target: string }) => t.target)).toEqual(['deb', 'AppImage']);
  expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
  expect(config.npmRebuild).toBe(false);
  expect(config.electronFuses).toMatchObject({
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
  });
});

test('the packaged entry point is the bundled main process', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.main).toBe('dist/electron/main.cjs');
  expect(config.files).toContain('dist/electron/**');
});

test('the import worker travels inside each Node bundle: the packaged app starts it from its asar, no file beside it', () => {
  // The CLI's commands that import (import, and outline of a .docx/.txt through its part bundle).
  for (const bundle of ['dist/electron/main.cjs', 'dist/node/web.cjs', 'dist/node/cli-import.cjs', 'dist/node/cli-part-import.cjs'])
    expect(fs.readFileSync(path.join(ROOT, bundle), 'utf8'), bundle).toContain('import worker must run in a worker thread');
  expect(config.asarUnpack.some((p: string) => p.includes('import-worker'))).toBe(false);
});
