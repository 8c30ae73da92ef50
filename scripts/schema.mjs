// `npm run schema`: writes shared/schema/*.schema.json from the zod schemas (shared/schema/generate.ts).
// The TypeScript is bundled in memory with esbuild and run here; nothing else is written.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  entryPoints: ['shared/schema/generate.ts'],
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const mod = await import('data:text/javascript;base64,' + Buffer.from(result.outputFiles[0].text).toString('base64'));
for (const [name, text] of Object.entries(mod.generateSchemas())) {
  const file = path.join(root, mod.SCHEMA_DIR, name);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (before === text) continue;
  fs.writeFileSync(file, text);
  console.log(`已写入 ${path.relative(root, file)}`);
}
