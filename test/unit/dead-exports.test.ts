/**
 * No module exports what nobody imports: an export is a promise that someone outside depends on
 * it, and a dead one misleads the next reader about what a module is for. Entry points (loaded
 * by a tool or a runtime, not imported) are listed with what loads them.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { readSources } from '../helpers/import-graph';
import { deadExports } from '../helpers/dead-exports';

const root = path.resolve(import.meta.dirname, '../..');

/** Loaded by a runtime or a tool by file name, or kept for a reason given, never imported. */
const ENTRY = [
  /^bench\/[\w-]+\.bench\.ts: default$/, // scripts/bench.mjs loads each benchmark
  /^electron\/web\/server\.ts: main$/, // scripts/web.mjs requires the built bundle
  /^shared\/contract\/index\.ts: NAMES_MATCH_CONTRACT$/, // a compile-time check: exported so it is not unused
  /^electron\/cli\/handlers\.ts: handlersFor$/, // the CLI's one road to the data folder, for commands on stored drafts
];

/** Checked here: the core, the back end, the templates and the benchmarks. */
const CHECKED = /^(shared|electron|templates|bench)\//;

test('every export is imported somewhere', () => {
  // Importers are looked for everywhere, tests and scripts included.
  const sources = readSources(root, ['electron', 'shared', 'renderer', 'templates', 'test', 'bench', 'scripts']);
  const dead = deadExports(sources).filter((d) => CHECKED.test(d) && !ENTRY.some((e) => e.test(d)));
  expect(dead).toEqual([]);
});

test('the finder follows re-exports and counts namespace imports as using all', () => {
  const sources = new Map([
    ['a.ts', "export const used = 1;\nexport const unused = 2;\nexport function viaIndex() {}\nexport type T = number;"],
    ['index.ts', "export { viaIndex } from './a';\nexport type { T } from './a';"],
    ['b.ts', "import { used } from './a';\nimport {\n  viaIndex,\n  type T,\n} from './index';\nimport * as c from './c';"],
    ['c.ts', 'export const anything = 1;'],
  ]);
  expect(deadExports(sources)).toEqual(['a.ts: unused']);
});
