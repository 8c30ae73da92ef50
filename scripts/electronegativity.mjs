// Electronegativity over the built main, preload and page. Its one online-only check (which
// downloads Electron's release list) is excluded: this machine and the clerks' PCs are offline.
// Usage: node scripts/electronegativity.mjs [inputDir] — prints findings as JSON lines, exits 1
// when any finding is of HIGH severity.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
let input = process.argv[2];
const work = path.join(root, '.tmp', 'electronegativity');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
if (!input) {
  // It reads .js/.html, not .cjs: stage the built files under names it scans.
  input = path.join(work, 'app');
  fs.mkdirSync(input);
  fs.copyFileSync(path.join(root, 'dist/electron/main.cjs'), path.join(input, 'main.js'));
  fs.copyFileSync(path.join(root, 'dist/electron/preload.cjs'), path.join(input, 'preload.js'));
  fs.copyFileSync(path.join(root, 'dist/renderer/index.html'), path.join(input, 'index.html'));
}
const csv = path.join(work, 'findings.csv');
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', input, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', csv, '-r', '-v', 'false'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const rows = fs
  .readFileSync(csv, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [issue, severity, confidence, file, location] = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    return { issue, severity, confidence, file, location };
  });
for (const r of rows) process.stdout.write(JSON.stringify(r) + '\n');
const high = rows.filter((r) => r.severity === 'HIGH');
process.stderr.write(`electronegativity: ${rows.length} findings, ${high.length} high\n`);
process.exitCode = high.length ? 1 : 0;
