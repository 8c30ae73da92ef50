/**
 * The import worker: reads one file (shared/import) on its own thread, under the memory cap the
 * host gave it, and posts back its stages and then the result or a Chinese refusal. One worker
 * per file, ended by the host on cancel, time-out or a result, so a hostile file can exhaust
 * only this thread's heap — never the window's main process or the bridge's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importFile } from '../../shared/import/index';
import { AppError } from '../../shared/errors';
import type { ImportJob, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('import worker must run in a worker thread');
const job = workerData as ImportJob;
const post = (m: WorkerMessage) => port.postMessage(m);

importFile(new Uint8Array(job.bytes), job.fileName, { ...job.options, onStage: (stage) => post({ type: 'stage', stage }) }).then(
  (result) => post({ type: 'done', result }),
  (err: unknown) => {
    if (err instanceof AppError) post({ type: 'refused', code: err.code, message: err.message });
    else post({ type: 'failed', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  },
);
