/** What the import host and its worker say to each other (structured-clone data only). */
import type { ImportOptions, ImportResult, ImportStage } from '../../shared/import/build';
import type { ErrorCode } from '../../shared/errors';

export interface ImportJob {
  bytes: Uint8Array;
  fileName: string;
  options: Omit<ImportOptions, 'onStage'>;
}

export type WorkerMessage =
  | { type: 'stage'; stage: ImportStage }
  | { type: 'done'; result: ImportResult }
  | { type: 'refused'; code: ErrorCode; message: string }
  /** Not an AppError: a bug in the importer, reported as an internal error by the host. */
  | { type: 'failed'; message: string };
