/**
 * Start-up: the one way the app (Electron, web bridge) opens its data.
 *
 * 1. A file from a newer version is refused, untouched.
 * 2. `quick_check`; a damaged (or foreign) file is moved aside into damaged/, the newest healthy
 *    backup's rows are put in its place (fresh-copy.ts), and the clerk is told what happened and where the damaged file is.
 * 3. Before migrating an older file, a copy is taken with SQLite's backup API.
 * 4. A daily backup is started (in the background, so the window opens at once).
 */
import fs from 'node:fs';
import path from 'node:path';
import { dbFilePath, LATEST_VERSION, openDatabase, readVersion, tooNew } from './database';
import type { DB } from './sqlite';
import { copyIntoFresh } from './fresh-copy';
import { backupFile, checkFile, ensureDailyBackup, installCopy, isUsableCopy, listBackups, moveAside, type BackupInfo } from './backups';
import { STORE_MESSAGES } from './messages';
import { translateSqliteError } from './sqlite-errors';
import { AppError, toErrorPayload } from '../../shared/errors';

interface StartupNotice {
  kind: 'recovered' | 'migrated' | 'backup-failed';
  message: string;
}

export interface StartupStatus {
  dataDir: string;
  dbFile: string;
  version: number;
  notices: StartupNotice[];
  recovered: { damagedFile: string; backupFile: string | null; backupCreatedAt: string | null } | null;
  migrated: { from: number; to: number; backupFile: string } | null;
}

export function emptyStatus(dataDir: string): StartupStatus {
  return { dataDir, dbFile: dbFilePath(dataDir), version: LATEST_VERSION, notices: [], recovered: null, migrated: null };
}

interface OpenedStore {
  db: DB;
  status: StartupStatus;
  /** The day's first backup, running after start-up; resolves (never rejects) when done. */
  dailyBackup: Promise<BackupInfo | null>;
}

export async function openStore(dataDir: string, opts: { now?: () => Date } = {}): Promise<OpenedStore> {
  const now = opts.now ?? (() => new Date());
  const status = emptyStatus(dataDir);
  const file = status.dbFile;
  ensureDir(dataDir);
  if (fs.existsSync(file)) {
    let health;
    try {
      health = checkFile(file);
    } catch (err) {
      throw readOnlyOr(err, dataDir);
    }
    if (health.kind === 'ok' && health.version > LATEST_VERSION) throw tooNew(health.version);
    if (health.kind !== 'ok') recover(file, dataDir, status, now());
    else if (health.version > 0 && health.version < LATEST_VERSION) {
      const backup = await backupFile(file, dataDir, 'migrate', now());
      status.migrated = { from: health.version, to: LATEST_VERSION, backupFile: backup.file };
      status.notices.push({ kind: 'migrated', message: STORE_MESSAGES.migrated(health.version, LATEST_VERSION, backup.file) });
    }
  }
  let db: DB;
  try {
    db = openDatabase(dataDir, { beforeMigrate: () => undefined });
  } catch (err) {
    throw readOnlyOr(err, dataDir);
  }
  const dailyBackup = ensureDailyBackup(db, dataDir, now()).catch((err: unknown) => {
    status.notices.push({ kind: 'backup-failed', message: STORE_MESSAGES.backupFailed(toErrorPayload(translateSqliteError(err)).message) });
    return null;
  });
  return { db, status, dailyBackup };
}

function recover(file: string, dataDir: string, status: StartupStatus, when: Date): void {
  const damagedFile = moveAside(file, dataDir, when);
  const good = listBackups(dataDir).find((b) => isUsableCopy(b.file) && restoreRows(b.file, file));
  if (good) {
    status.recovered = { damagedFile, backupFile: good.file, backupCreatedAt: good.createdAt };
    const when = new Date(good.createdAt).toLocaleString('zh-CN', { hour12: false });
    status.notices.push({ kind: 'recovered', message: STORE_MESSAGES.recovered(damagedFile, good.file, when) });
  } else {
    status.recovered = { damagedFile, backupFile: null, backupCreatedAt: null };
    status.notices.push({ kind: 'recovered', message: STORE_MESSAGES.recoveredEmpty(damagedFile) });
  }
}

/**
 * The backup's rows in a freshly migrated file put in place of the (moved-aside) live file; false
 * when the backup's tables are not ours after all, so the next backup is tried.
 */
function restoreRows(backup: string, file: string): boolean {
  const fresh = file + '.fresh';
  try {
    copyIntoFresh(backup, fresh, readVersion(backup));
    installCopy(fresh, file);
    return true;
  } catch {
    return false;
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(fresh + suffix, { force: true });
  }
}

/**
 * Make the data folder. Node's recursive mkdir reports ENOENT on a read-only file system; ask the
 * nearest existing folder why, so the clerk hears "read-only" rather than "not found".
 */
function ensureDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    let at = path.dirname(dataDir);
    while (!fs.existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
    try {
      fs.accessSync(at, fs.constants.W_OK);
    } catch (why) {
      throw readOnlyOr(why, dataDir);
    }
    throw readOnlyOr(err, dataDir);
  }
}

/** A start-up failure in a folder we cannot write names the folder. */
function readOnlyOr(err: unknown, dataDir: string): Error {
  const e = translateSqliteError(err);
  return e instanceof AppError && e.code === 'READ_ONLY' ? new AppError('READ_ONLY', STORE_MESSAGES.readOnly(dataDir)) : e;
}
