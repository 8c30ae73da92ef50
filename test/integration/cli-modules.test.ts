/**
 * `gongwen` loads only what a command needs. The built command is run with a require hook that
 * records every file Node loads and every package asked for; each loaded bundle's source map says
 * which source modules it holds. Help, templates and outline must never come near SQLite, the
 * .docx writer or the editor; the help must not even load the document model.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, ROOT, SEEDS_DIR, rm, tempDir } from '../helpers/paths';

const NODE_DIST = path.join(DIST, 'node');
/** Writes what the process loaded to $GONGWEN_LOADED when it exits. */
const HOOK = `
const Module = require('node:module');
const fs = require('node:fs');
const asked = [];
const load = Module._load;
Module._load = function (request, ...rest) {
  asked.push(request);
  return load.call(this, request, ...rest);
};
process.on('exit', () => fs.writeFileSync(process.env.GONGWEN_LOADED, JSON.stringify({ asked, files: Object.keys(require.cache) })));
`;

let dir: string;
beforeAll(() => {
  dir = tempDir();
  fs.writeFileSync(path.join(dir, 'hook.cjs'), HOOK);
  const draft = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin/gongwen.cjs'), 'import', path.join(SEEDS_DIR, 'huzhu-2024.txt'), '-o', 'draft.json'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  expect(draft.status, draft.stderr).toBe(0);
});
afterAll(() => rm(dir));

/** Run `gongwen …` and say what it loaded: the bundles, the packages asked for, the source modules inside. */
function loaded(args: string[]) {
  const out = path.join(dir, 'loaded.json');
  const r = spawnSync(process.execPath, ['-r', path.join(dir, 'hook.cjs'), path.join(ROOT, 'bin/gongwen.cjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GONGWEN_LOADED: out },
  });
  expect(r.status, r.stderr).toBe(0);
  const { asked, files } = JSON.parse(fs.readFileSync(out, 'utf8')) as { asked: string[]; files: string[] };
  const bundles = files.filter((f) => f.startsWith(NODE_DIST + path.sep)).map((f) => path.basename(f));
  return { asked, bundles, sources: bundles.flatMap(sourcesOf) };
}

/** The source modules a built bundle holds, by its source map, relative to the repo. */
function sourcesOf(bundle: string): string[] {
  const map = JSON.parse(fs.readFileSync(path.join(NODE_DIST, `${bundle}.map`), 'utf8')) as { sources: string[] };
  return map.sources.map((s) => path.relative(ROOT, path.resolve(NODE_DIST, s)).split(path.sep).join('/'));
}

/** SQLite, the editor, and the .docx writer (shared/docx; the `docx` package only in tests, below). */
const HEAVY = /^(node_modules\/(better-sqlite3|docx|jszip|lexical|@lexical|react|react-dom)\/|shared\/docx\/)/;

describe('what each command loads', () => {
  test('--help: the command table alone, no schema library, no document model', () => {
    const { asked, bundles, sources } = loaded(['--help']);
    expect(bundles).toEqual(['cli.cjs']);
    expect(asked).not.toContain('better-sqlite3');
    expect(sources.filter((s) => s.startsWith('node_modules/'))).toEqual([]);
    expect(
      sources.filter((s) => s.startsWith('shared/model/') || s.startsWith('electron/store/') || s.startsWith('electron/services/')),
    ).toEqual([]);
  });

  for (const [args, parts] of [
    [['templates'], []],
    [['outline', 'draft.json'], []],
    // The importer only when there is something to import.
    [['outline', path.join(SEEDS_DIR, 'furong-2019.txt')], ['cli-part-import.cjs']],
  ] as const) {
    test(`${args.map((a) => path.basename(a)).join(' ')}: its own bundle, without SQLite, the .docx writer or the editor`, () => {
      const { asked, bundles, sources } = loaded([...args]);
      expect(bundles.sort()).toEqual(['cli.cjs', `cli-${args[0]}.cjs`, ...parts].sort());
      expect(asked).not.toContain('better-sqlite3');
      expect(sources.filter((s) => HEAVY.test(s))).toEqual([]);
      expect(sources.filter((s) => s.startsWith('electron/store/') || s.startsWith('electron/services/'))).toEqual([]);
    });
  }

  test('export does load the .docx writer (so the checks above can fail), still without SQLite', () => {
    const { asked, bundles, sources } = loaded(['export', 'draft.json', '--draft', '-o', 'out.docx']);
    expect(bundles.sort()).toEqual(['cli-export.cjs', 'cli.cjs']);
    expect(sources.some((s) => s.startsWith('shared/docx/'))).toBe(true);
    expect(asked).not.toContain('better-sqlite3');
  });

  test('no command bundles the `docx` package or JSZip: the writer writes its XML and zip itself', () => {
    const bundles = fs.readdirSync(NODE_DIST).filter((f) => /^cli(-[\w-]+)?\.cjs$/.test(f));
    expect(bundles).toContain('cli-export.cjs');
    for (const b of bundles)
      expect(
        sourcesOf(b).filter((s) => /^node_modules\/(docx|jszip)\//.test(s)),
        b,
      ).toEqual([]);
  });

  test('no command bundles classic zod: the schemas a command reads with are zod/mini', () => {
    // Classic zod gives every schema its methods as it is built, about twice the work of the
    // mini flavour: the model's schemas alone cost a one-off command ~30 ms of CPU at start.
    const bundles = fs.readdirSync(NODE_DIST).filter((f) => /^cli(-[\w-]+)?\.cjs$/.test(f));
    expect(bundles).toContain('cli-export.cjs');
    for (const b of bundles) {
      const zod = sourcesOf(b).filter((s) => s.startsWith('node_modules/zod/'));
      expect(
        zod.filter((s) => s.includes('/classic/')),
        b,
      ).toEqual([]);
      if (b === 'cli-export.cjs') expect(zod.length).toBeGreaterThan(0);
    }
  });
});

test('only a command that opens the data folder bundles SQLite', () => {
  const bundles = fs.readdirSync(NODE_DIST).filter((f) => /^cli(-[\w-]+)?\.cjs$/.test(f));
  expect(bundles).toContain('cli.cjs');
  // One bundle per command file, plus the entry (and the parts some commands load on demand).
  const commands = fs.readdirSync(path.join(ROOT, 'electron/cli/commands')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  expect(bundles.filter((b) => !b.startsWith('cli-part-')).sort()).toEqual(
    ['cli.cjs', ...commands.map((f) => `cli-${f.replace(/\.ts$/, '')}.cjs`)].sort(),
  );
  for (const b of bundles) {
    const requiresSqlite = fs.readFileSync(path.join(NODE_DIST, b), 'utf8').includes('require("better-sqlite3")');
    expect({ bundle: b, requiresSqlite }).toEqual({ bundle: b, requiresSqlite: sourcesOf(b).includes('electron/cli/handlers.ts') });
  }
});
