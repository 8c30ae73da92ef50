/**
 * No module of the app imports itself back, however indirectly, and type-only imports count:
 * a cycle makes two rooms one, so neither can be read, moved or tested alone.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { findCycles, importGraph, readSources, specifiers } from '../helpers/import-graph';

const root = path.resolve(import.meta.dirname, '../..');

test('the app, its tests, benchmarks and scripts import without a cycle', () => {
  const sources = readSources(root, ['electron', 'shared', 'renderer', 'templates', 'test', 'bench', 'scripts']);
  expect(sources.size).toBeGreaterThan(100);
  const cycles = findCycles(importGraph(sources)).map((c) => c.join(' → '));
  expect(cycles).toEqual([]);
});

test('the layout runs one way: the parts and measures never import the plan that orders them, nor the door', () => {
  const graph = importGraph(readSources(root, ['shared/layout']));
  const importersOf = (target: string) => [...graph].filter(([, to]) => to.includes(target)).map(([from]) => from);
  expect(importersOf('shared/layout/plan.ts')).toEqual(['shared/layout/index.ts']);
  expect(importersOf('shared/layout/index.ts')).toEqual([]);
});

test('every kind of import counts, a type-only one and one spread over lines included', () => {
  const text = [
    "import type { A } from './a';",
    'import {',
    '  b,',
    '  type B,',
    "} from '../b.js';",
    "export * from './c';",
    "export type { D } from './d';",
    "import './e';",
    "type F = typeof import('./f');",
    "const g = await import('./g');",
    "import fs from 'node:fs';",
    "// import { h } from './h' — in a comment at the end of a line still counts, which errs safe",
    ' * import { i } from "./i" (inside a doc comment, not a statement)',
  ].join('\n');
  expect(specifiers(text).sort()).toEqual(['../b.js', './a', './c', './d', './e', './f', './g'].sort());
});

test('a cycle is found through types, index files and three hops, and shown as a path', () => {
  const sources = new Map([
    ['s/services/index.ts', "import { drafts } from './drafts';\nexport interface HandlerGroup { n: number }"],
    ['s/services/drafts.ts', "import type { HandlerGroup } from './index';\nexport const drafts = 1;"],
    ['s/store/a.ts', "import { b } from './b';"],
    ['s/store/b.ts', "import { c } from './c.js';"],
    ['s/store/c.ts', "import type { A } from './a';"],
    ['s/ok/x.ts', "import { y } from './y';"],
    ['s/ok/y.ts', "import { z } from '../store';"],
    ['s/self.ts', "import type { Self } from './self';"],
  ]);
  const cycles = findCycles(importGraph(sources))
    .map((c) => c.join(' → '))
    .sort();
  expect(cycles).toEqual([
    's/self.ts → s/self.ts',
    's/services/drafts.ts → s/services/index.ts → s/services/drafts.ts',
    's/store/a.ts → s/store/b.ts → s/store/c.ts → s/store/a.ts',
  ]);
});
