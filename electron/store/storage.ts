/**
 * Everything the services need from storage, over one open database: drafts, history, profiles,
 * 公文校对's dictionary and ignored findings, the 发文字号 register, search, backups, and swapping the whole file (导入数据包, restore from a
 * backup) with a backup taken first and the old file put back if the new one fails to open. What
 * comes in is the other file's rows in a freshly migrated database (fresh-copy.ts), never its schema.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { dbFilePath, LATEST_VERSION, openDatabase } from './database';
import { APPLICATION_ID, type DB } from './sqlite';
import { DraftStore, type StoreOptions } from './drafts';
import type { DraftRecord } from '../../shared/contract/drafts';
import { docChunks } from './doc-text';
import type { ReportDocument } from '../../shared/model/document';
import { HistoryStore } from './history';
import { ProfileStore } from './profiles';
import { ProofreadStore } from './proofread';
import type { NumberRegister } from './numbers';
import type { SearchIndex } from './search';
import {
  backupDatabase,
  backupToFile,
  checkFile,
  ensureDailyBackup,
  installCopy,
  listBackups,
  timeStamp,
  type BackupInfo,
  type BackupReason,
} from './backups';
import { copyIntoFresh } from './fresh-copy';
import { emptyStatus, type StartupStatus } from './open-store';
import { STORE_MESSAGES } from './messages';
import { translateSqliteError, writeTransaction } from './sqlite-errors';
import { toErrorPayload } from '../../shared/errors';

export const PACKAGE_EXTENSION = '.gwdata';
const HOUR = 3_600_000;
const CHECKPOINT_EVERY_MS = 2_000;
/** WAL pages before SQLite checkpoints by itself (16 MB at 4 KB pages). */
const SAFETY_NET_PAGES = 4_000;

export class Storage {
  db!: DB;
  drafts!: DraftStore;
  history!: HistoryStore;
  profiles!: ProfileStore;
  proofread!: ProofreadStore;
  numbers!: NumberRegister;
  search!: SearchIndex;
  readonly status: StartupStatus;
  private readonly now: () => Date;

  constructor(
    db: DB,
    readonly dataDir: string,
    status?: StartupStatus,
    private readonly options: StoreOptions = {},
  ) {
    this.status = status ?? emptyStatus(dataDir);
    this.now = options.now ?? (() => new Date());
    this.bind(db);
  }

  private bind(db: DB): void {
    this.db = db;
    this.drafts = new DraftStore(db, this.options);
    this.history = new HistoryStore(db, this.drafts);
    this.profiles = new ProfileStore(db, this.now);
    this.proofread = new ProofreadStore(db, this.now);
    this.numbers = this.drafts.numbers;
    this.search = this.drafts.search;
    this.search.ensureBuilt((json) => docChunks(JSON.parse(json) as ReportDocument));
  }

  /**
   * 复制: a new draft with the same text and the clerk's decisions about it (忽略, the notes not
   * yet dismissed), in one transaction. Its history starts anew; the 发文字号 stays with the
   * original. test/integration/draft-copy.test.ts knows what happens to every per-draft table.
   */
  copyDraft(id: string): DraftRecord {
    return writeTransaction(this.db, () => {
      const copy = this.drafts.copy(id);
      this.proofread.copyIgnored(id, copy.id);
      return copy;
    });
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.dataDir);
  }

  backupNow(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    return backupDatabase(this.db, this.dataDir, reason, this.now());
  }

  /** 导出数据包: the whole database as one file (a backup-API copy). */
  async exportPackage(): Promise<{ fileName: string; bytes: Uint8Array }> {
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-package-'));
    try {
      const tmp = path.join(tmpDir, 'package.db');
      await backupToFile(this.db, tmp);
      return { fileName: `${STORE_MESSAGES.packageName(timeStamp(this.now()).slice(0, 15))}${PACKAGE_EXTENSION}`, bytes: fs.readFileSync(tmp) };
    } finally {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    }
  }

  /** 导入数据包: replace everything with the package, after backing up what is here now. */
  async importPackage(bytes: Uint8Array): Promise<{ backup: BackupInfo; message: string }> {
    const backup = await this.replaceFromCopy('import', (tmp) => fs.writeFileSync(tmp, bytes));
    return { backup, message: STORE_MESSAGES.importDone(backup.file) };
  }

  /** Put an automatic backup back in place, after backing up what is here now. */
  async restoreBackup(name: string): Promise<{ backup: BackupInfo; message: string }> {
    const found = this.listBackups().find((b) => b.name === name);
    if (!found) throw new AppError('NOT_FOUND', STORE_MESSAGES.backupNotFound);
    // Work from a copy: the backup taken first rotates the 'restore' kind, which may remove the
    // very file chosen (the oldest 恢复备份前备份 when the rotation is full).
    const backup = await this.replaceFromCopy('restore', (tmp) => fs.copyFileSync(found.file, tmp));
    return { backup, message: STORE_MESSAGES.restoreDone(backup.file) };
  }

  /**
   * Background upkeep while the app runs: the daily backup (checked hourly), and WAL checkpoints
   * between saves. SQLite would otherwise checkpoint inside whichever save crosses its threshold,
   * giving that save an fsync and a copy of the WAL; here it happens on a timer, between saves.
   * The threshold stays as a safety net (bounded WAL) should the timer not run. Returns a stop.
   */
  startMaintenance(): () => void {
    this.db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    const backups = setInterval(() => {
      ensureDailyBackup(this.db, this.dataDir, this.now()).catch((err: unknown) => {
        this.status.notices.push({
          kind: 'backup-failed',
          message: STORE_MESSAGES.backupFailed(toErrorPayload(translateSqliteError(err)).message),
        });
      });
    }, HOUR);
    const checkpoints = setInterval(() => this.checkpointIfWritten(), CHECKPOINT_EVERY_MS);
    backups.unref();
    checkpoints.unref();
    return () => {
      clearInterval(backups);
      clearInterval(checkpoints);
    };
  }

  private changesAtCheckpoint = -1;

  /** A PASSIVE checkpoint if anything was written since the last one (never blocks a writer). */
  checkpointIfWritten(): boolean {
    if (!this.db.open) return false;
    const changes = (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    if (changes === this.changesAtCheckpoint) return false;
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
      this.changesAtCheckpoint = changes;
      return true;
    } catch {
      return false; // busy or full disk: the next tick (or the safety net) tries again
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Replace the live file with a working copy in the data folder that `write` makes. */
  private async replaceFromCopy(reason: 'import' | 'restore', write: (tmp: string) => void): Promise<BackupInfo> {
    const tmp = path.join(this.dataDir, `.${reason}-${process.pid}-${Date.now()}.db`);
    try {
      try {
        write(tmp);
      } catch (err) {
        throw translateSqliteError(err);
      }
      return await this.replaceWith(tmp, reason);
    } finally {
      removeWithSidecars(tmp);
    }
  }

  private async replaceWith(source: string, reason: 'import' | 'restore'): Promise<BackupInfo> {
    const version = assertPackage(source);
    // The package's rows in a database our migrations made: its schema is never adopted.
    const fresh = source + '.fresh';
    try {
      copyIntoFresh(source, fresh, version);
      return await this.install(fresh, reason);
    } finally {
      removeWithSidecars(fresh);
    }
  }

  private async install(source: string, reason: 'import' | 'restore'): Promise<BackupInfo> {
    const backup = await backupDatabase(this.db, this.dataDir, reason, this.now());
    const file = dbFilePath(this.dataDir);
    this.db.close();
    try {
      installCopy(source, file);
      this.bind(openDatabase(this.dataDir, { beforeMigrate: () => undefined }));
    } catch (err) {
      // The new file would not open: put back what was there.
      installCopy(backup.file, file);
      this.bind(openDatabase(this.dataDir));
      throw translateSqliteError(err);
    }
    return backup;
  }
}

/** A temporary copy and the -wal/-shm that opening it read-only (the checks) leaves beside it. */
function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/** A file we may take the rows of: healthy, ours, not from a newer version. Returns its version. */
function assertPackage(file: string): number {
  let health;
  try {
    health = checkFile(file);
  } catch {
    throw new AppError('BAD_FILE', STORE_MESSAGES.notAPackage);
  }
  if (health.kind === 'corrupt' && health.notADatabase) throw new AppError('BAD_FILE', STORE_MESSAGES.notAPackage);
  if (health.kind === 'corrupt') throw new AppError('BAD_FILE', STORE_MESSAGES.packageDamaged);
  if (health.kind === 'foreign' || health.version === 0) throw new AppError('BAD_FILE', STORE_MESSAGES.notAPackage);
  if (health.version > LATEST_VERSION) throw new AppError('DB_TOO_NEW', STORE_MESSAGES.packageTooNew(health.version, LATEST_VERSION));
  // A version-1 file predates application_id; it is ours if it has the drafts table.
  if (health.applicationId !== APPLICATION_ID && !health.hasDrafts) throw new AppError('BAD_FILE', STORE_MESSAGES.notAPackage);
  return health.version;
}
