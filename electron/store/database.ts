/**
 * Opening the SQLite file: pragmas, migrations by `user_version`, and refusing a file written by
 * a newer version of the app (left untouched). Connections come from connection.ts (hardened).
 *
 * `openDatabase` is synchronous (the CLI opens lazily); the app's start-up goes through
 * `openStore` (open-store.ts), which first checks the file, restores a backup when it is damaged
 * and takes the pre-migration backup with SQLite's backup API, then calls this.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { MIGRATIONS, LATEST_VERSION } from './migrations/index';
import { translateSqliteError } from './sqlite-errors';
import { STORE_MESSAGES } from './messages';
import { vacuumIntoBackup } from './backups';
import { openConnection } from './connection';
import type { DB } from './sqlite';

const DB_FILE_NAME = 'gongwen.db';

export { LATEST_VERSION };

export function dbFilePath(dataDir: string): string {
  return path.join(dataDir, DB_FILE_NAME);
}

interface OpenOptions {
  /**
   * Called before migrating an existing file (from > 0), with the file still at its old version.
   * Defaults to a `VACUUM INTO` copy in backups/, for the synchronous CLI path; `openStore` has
   * already taken its copy with the backup API and passes a no-op.
   */
  beforeMigrate?: (db: DB, from: number, to: number) => void;
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): DB {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw translateSqliteError(err);
  }
  const file = dbFilePath(dataDir);
  if (fs.existsSync(file)) refuseIfTooNew(file);
  let db: DB;
  try {
    db = openConnection(file);
  } catch (err) {
    throw translateSqliteError(err);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    // Checked again on the writable handle: the file may have changed since the read-only look.
    if (version > LATEST_VERSION) throw tooNew(version);
    applyPragmas(db);
    migrate(db, version, options);
    return db;
  } catch (err) {
    db.close();
    throw translateSqliteError(err);
  }
}

function applyPragmas(db: DB): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // WAL + FULL: "已保存" is a promise, so every commit is on the disk before it is acknowledged,
  // also across a power cut (NORMAL would survive a crash of the app but could roll back the
  // last saves on power loss). Autosave writes about once a second while typing; the fsync
  // costs well under the 5 ms budget (see npm run bench -- storage).
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

export function tooNew(version: number): AppError {
  return new AppError('DB_TOO_NEW', STORE_MESSAGES.tooNew(version, LATEST_VERSION));
}

/** Look at the version read-only, so a file from a newer version is not touched at all. */
function refuseIfTooNew(file: string): void {
  const version = readVersion(file);
  if (version > LATEST_VERSION) throw tooNew(version);
}

/** `user_version` of a file, opened read-only. Throws the clerk's error when it cannot be read. */
export function readVersion(file: string): number {
  let probe: DB | undefined;
  try {
    probe = openConnection(file, { readonly: true, fileMustExist: true });
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw translateSqliteError(err);
  } finally {
    probe?.close();
  }
}

function migrate(db: DB, from: number, options: OpenOptions): void {
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return;
  if (from > 0) (options.beforeMigrate ?? ((d) => vacuumIntoBackup(d, path.dirname(d.name), 'migrate')))(db, from, LATEST_VERSION);
  // All pending steps in one transaction: a failure leaves the file at its old version.
  try {
    db.transaction(() => {
      for (const m of pending) m.up(db);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length) throw new AppError('DB_CORRUPT', STORE_MESSAGES.migrationBroken(broken.length));
      db.pragma(`user_version = ${LATEST_VERSION}`);
    }).immediate();
  } catch (err) {
    const e = translateSqliteError(err);
    // Disk full or read-only keep their own message; anything else is a failed upgrade.
    if (e instanceof AppError) throw e;
    throw new AppError('INTERNAL', STORE_MESSAGES.migrationFailed(from, LATEST_VERSION, e.message));
  }
}
