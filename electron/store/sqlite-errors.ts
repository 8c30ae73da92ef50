/** Map SQLite and file-system failures to the clerk's words. */
import { AppError } from '../../shared/errors';

export function translateSqliteError(err: unknown): Error {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string } | null)?.code ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('DISK_FULL');
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'SQLITE_CANTOPEN')
    return new AppError('READ_ONLY');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('DB_CORRUPT');
  return err instanceof Error ? err : new Error(String(err));
}
