/**
 * Opening the SQLite file: pragmas, migrations by `user_version`, and refusing a file written by
 * a newer version of the app (left untouched). The only module family that imports better-sqlite3.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { MIGRATIONS, LATEST_VERSION } from './migrations/index';
import { translateSqliteError } from './sqlite-errors';

export type DB = Database.Database;

export const DB_FILE_NAME = 'gongwen.db';

export interface OpenOptions {
  /** Called with the live handle before migrating an existing file, so a backup can be taken. */
  beforeMigrate?: (db: DB, from: number, to: number) => void;
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): DB {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw translateSqliteError(err);
  }
  const file = path.join(dataDir, DB_FILE_NAME);
  let db: DB;
  try {
    db = new Database(file);
  } catch (err) {
    throw translateSqliteError(err);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new AppError(
        'DB_TOO_NEW',
        `数据文件由更新版本的公文工作室写入（数据版本 ${version}），当前程序只支持到数据版本 ${LATEST_VERSION}。为保护数据，文件未作任何改动。请升级公文工作室后再打开。`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, version, options);
    return db;
  } catch (err) {
    db.close();
    throw translateSqliteError(err);
  }
}

function migrate(db: DB, from: number, options: OpenOptions): void {
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return;
  if (from > 0) options.beforeMigrate?.(db, from, LATEST_VERSION);
  // All pending steps in one transaction: a failure leaves the file at its old version.
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${LATEST_VERSION}`);
  }).immediate();
}
