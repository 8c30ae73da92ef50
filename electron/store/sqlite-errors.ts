/** Map SQLite and file-system failures to the clerk's words. */
import { AppError } from '../../shared/errors';
import type { DB } from './sqlite';
import { STORE_MESSAGES } from './messages';

export function translateSqliteError(err: unknown): Error {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string } | null)?.code ?? '';
  const message = (err as { message?: string } | null)?.message ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || /database or disk is full/.test(message)) return new AppError('DISK_FULL');
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EACCES' ||
    code === 'EROFS' ||
    code === 'EPERM' ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM'
  )
    return new AppError('READ_ONLY');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('DB_CORRUPT');
  // Another process (a second copy of the app, a backup tool) held the file past busy_timeout.
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('FILE_BUSY', STORE_MESSAGES.dbBusy);
  return err instanceof Error ? err : new Error(String(err));
}

/** True for failures that mean "this file is damaged", as opposed to "cannot reach it". */
export function isCorruption(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || (err instanceof AppError && err.code === 'DB_CORRUPT');
}

/**
 * Run `fn` in one IMMEDIATE transaction (the write lock is taken up front, so two writers queue
 * on busy_timeout instead of failing half-way), translating failures for the clerk.
 */
export function writeTransaction<T>(db: DB, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (err) {
    throw translateSqliteError(err);
  }
}
