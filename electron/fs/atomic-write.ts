/**
 * Write a file so that it is either the old or the new content, never half: write a temporary
 * file beside it, flush, then rename over. A target open in Word (Windows locks it) or read-only
 * gets the clerk's message and the old file stays as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { FS_MESSAGES } from './messages';

export function writeFileAtomic(target: string, bytes: Uint8Array | string): void {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw fileError(err, target);
  }
}

export function fileError(err: unknown, target: string): Error {
  const code = (err as { code?: string } | null)?.code;
  const name = path.basename(target);
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
    case 'EROFS':
      return new AppError('FILE_BUSY', FS_MESSAGES.busy(name));
    case 'EISDIR':
      // A folder of that name (Windows reports EPERM, handled above).
      return new AppError('FILE_BUSY', FS_MESSAGES.isFolder(name));
    case 'ENOSPC':
      return new AppError('DISK_FULL', FS_MESSAGES.diskFull(name));
    case 'ENAMETOOLONG':
      return new AppError('BAD_FILE', FS_MESSAGES.nameTooLong(name.slice(0, 60)));
    case 'ENOENT':
      return new AppError('BAD_FILE', FS_MESSAGES.noFolder(dir(target)));
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}

function dir(target: string): string {
  return path.dirname(target);
}

/** `name.docx` → `name（2）.docx` while the name is taken. */
export function uniquePath(dirPath: string, fileName: string): string {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  let candidate = path.join(dirPath, fileName);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dirPath, `${stem}（${n}）${ext}`);
  return candidate;
}
