/**
 * Import off the main thread: each file is read in a worker thread (worker.ts) with a heap cap and
 * a time budget, so a crafted file that floods memory or CPU ends that worker only — the window
 * and every other call stay responsive — and the clerk gets one Chinese refusal. The bridge, the
 * CLI and the Electron main process all import through here (a worker thread runs inside
 * Electron's main process just as in plain Node).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { ImportOptions, ImportResult, ImportStage } from '../../shared/import/build';
import { HOSTILE_FILE } from '../../shared/import/limits';
import type { ImportJob, WorkerMessage } from './protocol';
import { IMPORT_RUN_MESSAGES } from './messages';

/**
 * The worker's budget. The XML reader's own limits (shared/import/xml.ts) stop a flood at about
 * 100 MB of tree; 512 MB of heap leaves room for a 50 MB file's zip and a big real report, and
 * keeps the whole worker (heap, young generation, code) well under 1 GB. A real report imports
 * in well under a second (npm run bench); 20 s is for a slow office PC, not for a flood.
 */
export const IMPORT_LIMITS = { heapMb: 512, youngMb: 32, stackMb: 4, timeMs: 20_000 };

export interface RunImportOptions {
  signal?: AbortSignal | undefined;
  onStage?: ((stage: ImportStage) => void) | undefined;
  limits?: Partial<typeof IMPORT_LIMITS> | undefined;
}

export function importInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: Omit<ImportOptions, 'onStage'>,
  run: RunImportOptions = {},
): Promise<ImportResult> {
  const limits = { ...IMPORT_LIMITS, ...run.limits };
  if (run.signal?.aborted) return Promise.reject(cancelled());
  const job: ImportJob = { bytes, fileName, options };
  return new Promise((resolve, reject) => {
    const source = workerSource();
    const worker = new Worker(source.code, {
      eval: source.eval,
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngMb, stackSizeMb: limits.stackMb },
      // The worker needs no environment and must not inherit the parent's stdin.
      env: {},
      stdin: false,
    });
    let settled = false;
    const finish = (err: AppError | null, result?: ImportResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (err) reject(err);
      else resolve(result!);
    };
    const onAbort = () => finish(cancelled());
    const timer = setTimeout(() => finish(new AppError('TOO_LARGE', HOSTILE_FILE)), limits.timeMs);
    run.signal?.addEventListener('abort', onAbort);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'stage') run.onStage?.(m.stage);
      else if (m.type === 'done') finish(null, m.result);
      else if (m.type === 'refused') finish(new AppError(m.code, m.message));
      // A bug, not the file: the generic internal error (its detail stays out of the clerk's view).
      else finish(new AppError('INTERNAL'));
    });
    // Out of heap (ERR_WORKER_OUT_OF_MEMORY), out of stack, or any other death of the thread:
    // the file did it, so it is refused like any file past a limit.
    worker.on('error', () => finish(new AppError('TOO_LARGE', HOSTILE_FILE)));
    worker.on('exit', () => finish(new AppError('TOO_LARGE', HOSTILE_FILE)));
  });
}

function cancelled(): AppError {
  return new AppError('CANCELLED', IMPORT_RUN_MESSAGES.cancelled);
}

/**
 * The worker's bundled code, put into each Node bundle (main, web, cli) by scripts/build-main.mjs
 * as a string: no file to find at run time, so the packaged app starts it from inside its
 * integrity-checked asar like any other code of ours. Undefined when running from source.
 */
declare const IMPORT_WORKER_SOURCE: string | undefined;

/**
 * What to start the worker from: the embedded bundle; else, running from source (tests, bench),
 * the built dist/node/import-worker.cjs.
 */
export function workerSource(): { code: string; eval: boolean } {
  if (typeof IMPORT_WORKER_SOURCE === 'string') return { code: IMPORT_WORKER_SOURCE, eval: true };
  const built = path.resolve(__dirname, '..', '..', 'dist', 'node', 'import-worker.cjs');
  if (!fs.existsSync(built)) throw new AppError('INTERNAL', IMPORT_RUN_MESSAGES.noWorker);
  return { code: built, eval: false };
}
