import path from 'node:path';
import { test } from 'vitest';
import { inlineSentences, isMessageFile, sourceFiles } from '../helpers/inline-chinese';
test('scan', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const dirs = (process.env.SCAN ?? 'shared,electron,renderer/src').split(',');
  const all = dirs.flatMap((d) => (d.endsWith('.ts') ? [d] : sourceFiles(root, [d]))).filter((f) => !isMessageFile(f)).flatMap((f) => inlineSentences(root, f));
  console.log(all.map((s) => `${s.file}:${s.line}: ${s.text.replace(/\n/g, '\\n').slice(0, 110)}`).join('\n'));
});
