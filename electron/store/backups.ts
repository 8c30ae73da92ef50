/**
 * Backups: whole-file copies made with SQLite's online backup API (a consistent copy while the
 * app keeps writing), named by reason and time, rotated per reason. Also the checks that decide
 * whether a file is a healthy 公文工作室 database (start-up, 导入数据包, restore).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DB } from './sqlite';
import { openConnection } from './connection';
import { LATEST_VERSION } from './migrations/index';
import { APPLICATION_ID } from './sqlite';
import { isCorruption, translateSqliteError } from './sqlite-errors';

const BACKUP_DIR_NAME = 'backups';
const DAMAGED_DIR_NAME = 'damaged';

import type { BackupReason } from '../../shared/contract/backup';
export type { BackupReason };

/** How many of each kind to keep; the oldest beyond that are removed after a new one is made. */
const BACKUP_KEEP: Record<BackupReason, number> = { daily: 7, migrate: 3, manual: 10, import: 5, restore: 5, purge: 5 };

export interface BackupInfo {
  file: string;
  name: string;
  reason: BackupReason;
  /** ISO time the backup was made. */
  createdAt: string;
  bytes: number;
}

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR_NAME);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local time, sortable: 20250317-093012-045. */
export function timeStamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}-${pad(d.getMilliseconds(), 3)}`;
}

function localDay(d: Date): string {
  return timeStamp(d).slice(0, 8);
}

const NAME_RE = new RegExp(`^gongwen-(${Object.keys(BACKUP_KEEP).join('|')})-(\\d{8})-(\\d{6})-(\\d{3})\\.db$`);

export function backupFileName(reason: BackupReason, when: Date): string {
  return `gongwen-${reason}-${timeStamp(when)}.db`;
}

function parseName(name: string): { reason: BackupReason; createdAt: Date } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const [, reason, day, time, ms] = m as unknown as [string, BackupReason, string, string, string];
  const d = new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
    Number(ms),
  );
  return { reason, createdAt: d };
}

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null; // removed meanwhile (rotation in another process)
  }
}

/** Backups in the data folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    const bytes = sizeOf(file);
    if (bytes !== null) out.push({ file, name, reason: parsed.reason, createdAt: parsed.createdAt.toISOString(), bytes });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Copy the live database with SQLite's backup API into backups/, then rotate that kind. */
export async function backupDatabase(db: DB, dataDir: string, reason: BackupReason, when = new Date()): Promise<BackupInfo> {
  const name = backupFileName(reason, when);
  const target = path.join(backupDir(dataDir), name);
  await backupToFile(db, target);
  rotate(dataDir, reason);
  return { file: target, name, reason, createdAt: when.toISOString(), bytes: fs.statSync(target).size };
}

/**
 * SQLite's online backup of `db` into `target`, written under a temporary name and renamed, so a
 * half-made copy (full disk, crash) is never mistaken for a good one.
 */
export async function backupToFile(db: DB, target: string): Promise<void> {
  const tmp = target + '.part';
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(tmp, { force: true });
    await db.backup(tmp);
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw translateSqliteError(err);
  }
}

/** Copy a closed file that is not yet open (the pre-migration copy in openStore). */
export async function backupFile(file: string, dataDir: string, reason: BackupReason, when = new Date()): Promise<BackupInfo> {
  const source = openConnection(file, { readonly: true, fileMustExist: true });
  try {
    return await backupDatabase(source, dataDir, reason, when);
  } finally {
    source.close();
  }
}

/** The synchronous pre-migration copy, for `openDatabase` without `openStore` (the CLI). */
export function vacuumIntoBackup(db: DB, dataDir: string, reason: BackupReason, when = new Date()): string {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, backupFileName(reason, when));
  db.prepare('VACUUM INTO ?').run(target);
  rotate(dataDir, reason);
  return target;
}

function rotate(dataDir: string, reason: BackupReason): void {
  const mine = listBackups(dataDir).filter((b) => b.reason === reason);
  for (const old of mine.slice(BACKUP_KEEP[reason])) fs.rmSync(old.file, { force: true });
}

/** A daily backup unless one was already made today (local date). Returns null when not needed. */
export async function ensureDailyBackup(db: DB, dataDir: string, now = new Date()): Promise<BackupInfo | null> {
  const today = localDay(now);
  if (listBackups(dataDir).some((b) => b.reason === 'daily' && b.name.includes(`-${today}-`))) return null;
  return backupDatabase(db, dataDir, 'daily', now);
}

type FileHealth =
  | { kind: 'ok'; version: number; applicationId: number; hasDrafts: boolean }
  | { kind: 'corrupt'; detail: string; notADatabase?: boolean }
  | { kind: 'foreign'; applicationId: number };

/**
 * Open a file read-only and run `quick_check`. Too-new files are reported as ok with their
 * version (the caller decides); files that cannot be reached throw the clerk's error.
 */
export function checkFile(file: string): FileHealth {
  let db: DB | undefined;
  try {
    db = openConnection(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== 0 && applicationId !== APPLICATION_ID) return { kind: 'foreign', applicationId };
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]!.quick_check !== 'ok')
      return {
        kind: 'corrupt',
        detail: rows
          .map((r) => r.quick_check)
          .join('; ')
          .slice(0, 500),
      };
    const hasDrafts = !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'drafts'").get();
    return { kind: 'ok', version, applicationId, hasDrafts };
  } catch (err) {
    if (isCorruption(err))
      return { kind: 'corrupt', detail: String((err as Error).message), notADatabase: (err as { code?: string }).code === 'SQLITE_NOTADB' };
    throw translateSqliteError(err);
  } finally {
    db?.close();
  }
}

/** A backup or package we may put in place of the live file: healthy, ours, not from the future. */
export function isUsableCopy(file: string): boolean {
  try {
    const h = checkFile(file);
    return h.kind === 'ok' && h.version <= LATEST_VERSION && h.version > 0;
  } catch {
    return false;
  }
}

/** Move the database and its -wal/-shm into damaged/, keeping them together. Returns the new path. */
export function moveAside(file: string, dataDir: string, when = new Date()): string {
  const dir = path.join(dataDir, DAMAGED_DIR_NAME);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `gongwen-damaged-${timeStamp(when)}.db`);
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/** Put a checked copy in place of the (closed, absent) live file. */
export function installCopy(source: string, file: string): void {
  const tmp = file + '.installing';
  fs.copyFileSync(source, tmp);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.renameSync(tmp, file);
}
