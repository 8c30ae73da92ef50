/**
 * zod settles at each schema's construction whether it compiles a fast path on first parse;
 * a one-off CLI run must switch that off before any schema is built (electron/cli/jitless.ts),
 * so every command file imports it first — one placed later silently does nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { specifiers } from '../helpers/import-graph';

const dir = path.resolve(import.meta.dirname, '../../electron/cli/commands');

test('every CLI command imports ../jitless before anything else of the app', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  expect(files.length).toBeGreaterThan(5);
  const first = (f: string) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    // The first import statement of any kind (a package's too), in source order.
    const m = /^import\b[^;]*?['"]([^'"]+)['"]/m.exec(text);
    return m?.[1];
  };
  expect(Object.fromEntries(files.map((f) => [f, first(f)]))).toEqual(Object.fromEntries(files.map((f) => [f, '../jitless'])));
  expect(specifiers("import '../jitless';")).toEqual(['../jitless']);
});
