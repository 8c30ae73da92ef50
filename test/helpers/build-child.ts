/** Bundle a TypeScript test program into .tmp/ so a child process can run it with Node 22. */
import { build } from 'esbuild';
import path from 'node:path';
import { ROOT } from './paths';

export async function bundleForChild(entry: string, name: string): Promise<string> {
  const outfile = path.join(ROOT, '.tmp', 'children', `${name}-${process.pid}.cjs`);
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}
