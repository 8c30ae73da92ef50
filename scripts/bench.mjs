// `npm run bench [-- name …]`: bundles and runs every bench/<name>.bench.ts (or the named ones)
// one after another and prints one table. Figures, not assertions: nothing here fails a build.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
const outDir = path.join(root, '.tmp', 'bench');
fs.mkdirSync(outDir, { recursive: true });
const require = createRequire(import.meta.url);
const fmt = (n) => (n === undefined ? '' : n >= 100 ? n.toFixed(0) : n.toFixed(2));
const all = [];
for (const f of files) {
  const out = path.join(outDir, f.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(root, 'bench', f)],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['better-sqlite3', 'playwright-core', 'electron'],
    logLevel: 'warning',
    define: { 'import.meta.dirname': JSON.stringify(path.join(root, 'bench')) },
  });
  process.stderr.write(`运行 ${f} …\n`);
  const mod = require(out);
  const rows = await (mod.default ?? mod)();
  all.push(...rows);
}
const lines = ['| bench | input | median | p95 | p99 | unit | goal |', '|---|---|---|---|---|---|---|'];
for (const r of all) lines.push(`| ${r.name} | ${r.input} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.unit} | ${r.goal ?? ''} |`);
process.stdout.write(lines.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(all, null, 2));
