/**
 * Refusing a hostile .docx (goal ≤ 1 s): a small file whose document.xml inflates to a flood of
 * ten million empty paragraphs, the shape that took 80 s and 3.7 GB before the reader had limits.
 * In-process (the limited reader alone) and as the clerk meets it, through the import worker
 * (thread start included; needs the build: `npm run build:main`).
 */
import { importDocx } from '../shared/import/docx';
import { HOSTILE_FILE } from '../shared/import/limits';
import { AppError } from '../shared/errors';
import { importInWorker } from '../electron/import/run';
import { docx, documentXml, p } from '../test/helpers/hostile-files';
import { measure, row, type BenchRow } from './lib';

async function refused(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (e instanceof AppError && e.message === HOSTILE_FILE) return;
    throw e;
  }
  throw new Error('the element flood was not refused');
}

export default async function run(): Promise<BenchRow[]> {
  const count = 10_000_000;
  const flood = docx({ document: documentXml(p('关于2024年度法治政府建设情况的报告') + '<w:p/>'.repeat(count)) });
  const input = `${count.toLocaleString('en-US')} <w:p/> (${Math.round((count * 6) / 1024 / 1024)} MB of XML) in a ${Math.round(flood.byteLength / 1024)} KB .docx`;
  const inProcess = await measure(() => refused(() => importDocx(flood)), { iterations: 20, warmup: 3 });
  const worker = await measure(() => refused(() => importInWorker(flood, 'flood.docx', {})), { iterations: 10, warmup: 2 });
  return [
    row('refuse an element flood (limited reader, in-process)', input, inProcess, 'median ≤ 1 s'),
    row('refuse an element flood (through the import worker)', input, worker, 'median ≤ 1 s'),
  ];
}
