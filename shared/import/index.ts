/**
 * Import entry point: bytes and a file name → ReportDocument on a template. The bytes decide
 * the reader, not the name (a renamed .doc still gets the .doc message).
 */
import { AppError } from '../errors';
import type { ImportOptions, ImportResult } from './build';
import { importDocx } from './docx';
import { notDocxError, sniff } from './sniff';
import { importText } from './text';
import { IMPORT_MESSAGES } from './messages';

export async function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.byteLength === 0) throw new AppError('BAD_FILE', IMPORT_MESSAGES.empty(fileName));
  const kind = sniff(bytes);
  if (kind === 'zip') return importDocx(bytes, options);
  if (kind === 'text' && !/\.(docx?|wps|docm|dotx)$/i.test(fileName)) return importText(bytes, options);
  if (kind === 'text')
    throw new AppError('BAD_FILE', IMPORT_MESSAGES.textNamedDoc(fileName));
  throw notDocxError(kind, bytes);
}
