/**
 * Every stylesheet of the renderer is well formed: an unclosed rule swallows every rule after it
 * (the bundler concatenates the sheets), and the whole app then renders unstyled without any error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/paths';

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? cssFiles(full) : e.name.endsWith('.css') ? [full] : [];
  });
}

/** Where the braces of a sheet stop matching, ignoring comments and strings; null when they match. */
function unbalanced(css: string): string | null {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"[^"]*"|'[^']*'/g, '""');
  let depth = 0;
  let line = 1;
  for (const ch of text) {
    if (ch === '\n') line++;
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) return `an extra “}” at line ${line}`;
  }
  return depth ? `${depth} rule(s) not closed` : null;
}

test('every renderer stylesheet closes every rule it opens', () => {
  const files = cssFiles(path.join(ROOT, 'renderer/src'));
  expect(files.length).toBeGreaterThan(5);
  const bad = files.map((f) => [path.relative(ROOT, f), unbalanced(fs.readFileSync(f, 'utf8'))]).filter(([, why]) => why);
  expect(bad).toEqual([]);
});

test('the check sees an unclosed rule', () => {
  expect(unbalanced('.a {\n  color: red;\n.b { color: blue; }')).toBe('1 rule(s) not closed');
  expect(unbalanced('/* { */ .a { content: "{"; }')).toBeNull();
});
