/**
 * Start-up and the bad cases, each on real files: migrating an old file (backup first, one
 * transaction), a file from a newer version (refused, untouched), a damaged file (moved aside,
 * newest good backup restored, the clerk told where), a read-only data folder, a full disk,
 * daily backups and their rotation, 导出/导入数据包 and restoring a backup.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type AppError } from '../../shared/errors';
import { appFailure } from '../helpers/app-error';
import { openStore } from '../../electron/store/open-store';
import { Storage } from '../../electron/store/storage';
import { LATEST_VERSION, dbFilePath, openDatabase } from '../../electron/store/database';
import { migration001 } from '../../electron/store/migrations/001-initial';
import { listBackups } from '../../electron/store/backups';
import { DraftStore } from '../../electron/store/drafts';
import { APPLICATION_ID } from '../../electron/store/sqlite';
import { rm, tempDir } from '../helpers/paths';
import { FakeClock, newReport, openStorage, reportOfSize, withText } from '../helpers/storage';
import { readOnlyView, smallDisk } from '../helpers/fs-limits';

let dir: string;
beforeEach(() => {
  dir = tempDir('gongwen-start-');
});
afterEach(() => rm(dir));

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function start(dataDir = dir, now?: () => Date): Promise<Storage> {
  const opened = await openStore(dataDir, now ? { now } : {});
  await opened.dailyBackup;
  return new Storage(opened.db, dataDir, opened.status, now ? { now } : {});
}

const failure = appFailure;

/** A version-1 file as the foundation wrote it, with one draft and two revisions. */
function writeVersion1(dataDir: string, text: string, extraSql = ''): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(dbFilePath(dataDir));
  db.pragma('journal_mode = WAL');
  migration001.up(db);
  db.pragma('user_version = 1');
  const doc = withText(newReport(), text);
  const json = JSON.stringify(doc);
  db.prepare(
    "INSERT INTO drafts (id, title, year, template_id, status, revision, doc_json, chars, created_at, updated_at) VALUES ('old-draft', ?, 2024, 'fazhi-annual', '草稿', 2, ?, 10, '2025-01-02T00:00:00.000Z', '2025-01-02T00:00:00.000Z')",
  ).run(doc.meta.title, json);
  db.prepare(
    "INSERT INTO revisions VALUES ('old-draft', 1, ?, '2025-01-01T00:00:00.000Z'), ('old-draft', 2, ?, '2025-01-02T00:00:00.000Z')",
  ).run(json, json);
  if (extraSql) db.exec(extraSql);
  db.close();
  return json;
}

describe('migrations', () => {
  test('a version-1 file is backed up with the backup API, then migrated in one go, data intact', async () => {
    writeVersion1(dir, '升级前写下的内容甲乙丙');
    const s = await start();
    expect(s.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The frozen migration marks the file with the value the live checks look for.
    expect(s.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(s.status.migrated).toMatchObject({ from: 1, to: LATEST_VERSION });
    expect(s.status.notices[0]!.message).toContain(`从数据版本 1 升级到 ${LATEST_VERSION}`);
    // The backup is the old file, whole and at version 1.
    const backup = new Database(s.status.migrated!.backupFile, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
    // The old draft and its history survived, and the search index was built for it.
    const d = s.drafts.get('old-draft');
    expect(JSON.stringify(d.doc)).toContain('升级前写下的内容甲乙丙');
    expect(s.history.list('old-draft').versions.map((v) => v.revision)).toEqual([2, 1]);
    expect(s.search.query('甲乙丙').hits.map((h) => h.draftId)).toEqual(['old-draft']);
    s.close();
  });

  test('the synchronous open (CLI) also keeps a copy of the old file before migrating', () => {
    writeVersion1(dir, 'CLI 打开前的内容');
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    const [copy] = listBackups(dir).filter((b) => b.reason === 'migrate');
    const old = new Database(copy!.file, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(JSON.stringify(old.prepare('SELECT doc_json FROM drafts').all())).toContain('CLI 打开前的内容');
    old.close();
  });

  test('a migration that fails half-way leaves the file at its old version, nothing lost', async () => {
    // A stray table makes step 2 fail after several statements have already run.
    writeVersion1(dir, '不能丢的内容', 'CREATE TABLE settings (x);');
    const before = sha(dbFilePath(dir));
    const err = await failure(start());
    expect(err.message).toContain('升级已撤销，数据文件保持原样');
    expect(listBackups(dir).filter((b) => b.reason === 'migrate')).toHaveLength(1);
    const db = new Database(dbFilePath(dir), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const row = db.prepare("SELECT doc_json FROM drafts WHERE id = 'old-draft'").get() as { doc_json: string };
    expect(row.doc_json).toContain('不能丢的内容');
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'draft_docs'").get()).toEqual({ n: 0 });
    db.close();
    expect(sha(dbFilePath(dir))).toBe(before);
  });

  test('a file from a newer version is refused, naming both versions, and left untouched', async () => {
    const s = openStorage(dir);
    s.drafts.create(newReport());
    s.db.pragma('user_version = 99');
    s.close();
    const file = dbFilePath(dir);
    const before = { hash: sha(file), mtime: fs.statSync(file).mtimeMs };
    const err = await failure(start());
    expect(err.code).toBe('DB_TOO_NEW');
    expect(err.message).toContain('数据版本 99');
    expect(err.message).toContain(`数据版本 ${LATEST_VERSION}`);
    expect(err.message).toContain('文件未作任何改动');
    // The synchronous path (CLI) refuses the same way.
    expect((await failure(() => openDatabase(dir))).code).toBe('DB_TOO_NEW');
    expect({ hash: sha(file), mtime: fs.statSync(file).mtimeMs }).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'damaged'))).toBe(false);
  });
});

describe('a damaged database', () => {
  async function withBackupThenMore(): Promise<{ kept: string; lost: string }> {
    const clock = new FakeClock();
    const s = await start(dir, clock.now);
    const kept = s.drafts.create(withText(newReport(), '备份里有的内容')).id;
    clock.advance(1);
    await s.backupNow('manual');
    clock.advance(10);
    const lost = s.drafts.create(withText(newReport(), '备份之后写的内容')).id;
    s.close();
    return { kept, lost };
  }

  function damagePages(file: string): void {
    // Overwrite pages in the middle of the file (b-tree pages), keeping the header readable.
    const fd = fs.openSync(file, 'r+');
    const size = fs.fstatSync(fd).size;
    const junk = crypto.randomBytes(4096 * 3);
    fs.writeSync(fd, junk, 0, junk.length, Math.max(4096, Math.floor(size / 2 / 4096) * 4096));
    fs.writeSync(fd, junk, 0, 4096, 4096);
    fs.closeSync(fd);
  }

  test('moved aside, the newest good backup restored, and the clerk told where the damaged file is', async () => {
    const { kept, lost } = await withBackupThenMore();
    damagePages(dbFilePath(dir));
    const damagedBytes = sha(dbFilePath(dir));
    const s = await start();
    const rec = s.status.recovered!;
    expect(rec.damagedFile.startsWith(path.join(dir, 'damaged'))).toBe(true);
    expect(sha(rec.damagedFile)).toBe(damagedBytes);
    expect(rec.backupFile).toMatch(/gongwen-manual-/);
    const notice = s.status.notices.find((n) => n.kind === 'recovered')!;
    expect(notice.message).toContain('已损坏');
    expect(notice.message).toContain(rec.damagedFile);
    expect(notice.message).toContain('备份之后所做的修改可能未能恢复');
    expect(JSON.stringify(s.drafts.get(kept).doc)).toContain('备份里有的内容');
    expect(() => s.drafts.get(lost)).toThrow(/找不到该草稿/);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
    s.close();
  });

  test('a file that is not a database at all is handled the same way', async () => {
    await withBackupThenMore();
    fs.writeFileSync(dbFilePath(dir), 'this is not sqlite '.repeat(500));
    const s = await start();
    expect(s.status.recovered?.backupFile).toBeTruthy();
    expect(s.drafts.list({})).toHaveLength(1);
    s.close();
  });

  test('with no good backup: a fresh file, and the message says so and where the damaged one is', async () => {
    const s0 = openStorage(dir);
    s0.drafts.create(newReport());
    s0.close();
    damagePages(dbFilePath(dir));
    const s = await start();
    expect(s.status.recovered).toMatchObject({ backupFile: null });
    expect(s.status.notices[0]!.message).toContain('没有找到可用的备份');
    expect(s.status.notices[0]!.message).toContain(s.status.recovered!.damagedFile);
    expect(fs.existsSync(s.status.recovered!.damagedFile)).toBe(true);
    expect(s.drafts.list({})).toEqual([]);
    s.close();
  });
});

describe('a read-only data folder', () => {
  test('start-up in a read-only folder says so in Chinese and changes nothing', async () => {
    const s0 = openStorage(dir);
    const id = s0.drafts.create(withText(newReport(), '只读前保存的内容')).id;
    s0.close();
    const before = sha(dbFilePath(dir));
    const ro = readOnlyView(dir);
    try {
      console.log(`read-only folder made by: ${ro.how}`);
      const err = await failure(start(ro.path));
      expect(err.code, ro.how).toBe('READ_ONLY');
      expect(err.message).toContain('只读');
      expect(err.message).toContain(ro.path);
      // A brand-new data folder inside a read-only one cannot be made either.
      expect((await failure(start(path.join(ro.path, 'sub')))).code).toBe('READ_ONLY');
    } finally {
      ro.undo();
    }
    expect(sha(dbFilePath(dir))).toBe(before);
    const s = openStorage(dir);
    expect(JSON.stringify(s.drafts.get(id).doc)).toContain('只读前保存的内容');
    s.close();
  });

  test('a save on a handle that became read-only is refused with the message, nothing lost', () => {
    const s0 = openStorage(dir);
    const d = s0.drafts.create(withText(newReport(), '已保存的内容'));
    s0.close();
    // SQLite's own read-only mode: every write fails with SQLITE_READONLY, as on a locked folder.
    const ro = new DraftStore(new Database(dbFilePath(dir), { readonly: true }));
    const err = (() => {
      try {
        ro.save(d.id, 1, withText(d.doc, '未能保存的内容'));
      } catch (e) {
        return e as AppError;
      }
      return null;
    })();
    expect(err?.code).toBe('READ_ONLY');
    expect(err?.message).toBe('数据文件夹只读，无法保存。请检查文件夹权限，已输入的内容仍保留在窗口中。');
    const s = openStorage(dir);
    expect(JSON.stringify(s.drafts.get(d.id).doc)).toContain('已保存的内容');
    expect(s.drafts.get(d.id).revision).toBe(1);
    s.close();
  });
});

describe('a full disk', () => {
  test.each(['a small tmpfs', "SQLite's max_page_count"])(
    '%s: a save that does not fit gives the Chinese message; the last good save stays; saving works after space is freed',
    async (how) => {
      // The tmpfs case falls back to max_page_count where mounting is not permitted (it says so).
      const disk = how === 'a small tmpfs' ? smallDisk(path.join(dir, 'disk'), 3 * 1024 * 1024) : null;
      const dataDir = disk ? disk.path : path.join(dir, 'data');
      try {
        const s = openStorage(dataDir);
        const d = s.drafts.create(newReport());
        let filler: string | null = null;
        if (disk) {
          // Leave only a little room on the disk.
          filler = path.join(dataDir, 'filler.bin');
          const fd = fs.openSync(filler, 'w');
          try {
            for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024));
          } catch {
            /* ENOSPC: full */
          } finally {
            fs.closeSync(fd);
          }
          fs.truncateSync(filler, fs.statSync(filler).size - 600 * 1024);
        } else {
          s.db.pragma(`max_page_count = ${(s.db.pragma('page_count', { simple: true }) as number) + 150}`);
        }
        let revision = 1;
        let lastSaved = '';
        let err: AppError | null = null;
        for (let i = 1; i < 200 && !err; i++) {
          const text = `第${i}次保存` + '依法行政'.repeat(2_000 * i);
          try {
            revision = s.drafts.save(d.id, revision, withText(d.doc, text)).revision;
            lastSaved = `第${i}次保存`;
          } catch (e) {
            err = e as AppError;
          }
        }
        console.log(
          `full disk simulated by: ${disk?.how ?? 'SQLite max_page_count'}; refused at save ${lastSaved ? 'after ' + lastSaved : 'first'}`,
        );
        expect(err?.code, disk?.how ?? 'max_page_count').toBe('DISK_FULL');
        expect(err!.message).toContain('磁盘空间已满');
        expect(lastSaved).not.toBe('');
        const back = s.drafts.get(d.id);
        expect(back.revision).toBe(revision);
        expect(JSON.stringify(back.doc)).toContain(lastSaved);
        // Free space and save again.
        if (filler) fs.rmSync(filler);
        else s.db.pragma('max_page_count = 1073741823');
        expect(s.drafts.save(d.id, revision, withText(d.doc, '腾出空间后的保存')).revision).toBe(revision + 1);
        expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
        s.close();
      } finally {
        disk?.undo();
      }
    },
  );
});

describe('backups', () => {
  test('one daily backup a day, made at start-up, seven kept', async () => {
    const clock = new FakeClock();
    for (let day = 0; day < 10; day++) {
      for (let k = 0; k < 2; k++) {
        const s = await start(dir, clock.now);
        s.close();
        clock.advance(60);
      }
      clock.advance(60 * 22);
    }
    const daily = listBackups(dir).filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(7);
    for (const b of daily) {
      const db = new Database(b.file, { readonly: true });
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  test('导出数据包 then 导入数据包 into another folder: everything arrives; the replaced data was backed up first', async () => {
    const a = await start(dir);
    const d = a.drafts.create(withText(reportOfSize(5_000), '要带到新电脑的内容'));
    a.history.name(d.id, '送审稿');
    a.profiles.save({
      label: '县政府',
      fullName: '互助县人民政府',
      headerText: '互助县人民政府文件',
      code: '互政',
      addressee: '',
      signers: [],
      printedBy: '',
      fonts: {},
    });
    a.numbers.take(d.id, '互政', 2025);
    const pkg = await a.exportPackage();
    expect(pkg.fileName).toMatch(/^公文工作室数据包-\d{8}-\d{6}\.gwdata$/);
    a.close();

    const other = path.join(dir, 'new-pc');
    const b = await start(other);
    const old = b.drafts.create(withText(newReport(), '新电脑上原有的内容')).id;
    const r = await b.importPackage(pkg.bytes);
    expect(r.message).toContain('导入前的数据已备份到');
    expect(JSON.stringify(b.drafts.get(d.id).doc)).toContain('要带到新电脑的内容');
    expect(b.history.list(d.id).versions.some((v) => v.name === '送审稿')).toBe(true);
    expect(b.profiles.getDefault()?.code).toBe('互政');
    expect(b.numbers.list(2025)[0]!.entries[0]!.draftId).toBe(d.id);
    expect(b.search.query('新电脑').hits.map((h) => h.draftId)).toEqual([d.id]);
    expect(() => b.drafts.get(old)).toThrow();
    // What was there before is in the backup.
    const saved = new Database(r.backup.file, { readonly: true });
    expect(saved.prepare('SELECT count(*) AS n FROM drafts WHERE id = ?').get(old)).toEqual({ n: 1 });
    saved.close();
    b.close();
  });

  test('导入数据包 refuses a non-package, a damaged one and one from a newer version; current data unchanged', async () => {
    const s = await start(dir);
    const id = s.drafts.create(withText(newReport(), '当前数据')).id;
    const pkg = await s.exportPackage();

    const garbage = await failure(s.importPackage(Buffer.from('not a database at all '.repeat(100))));
    expect(garbage.message).toContain('不是公文工作室的数据包');

    const foreignFile = path.join(dir, 'foreign.db');
    const f = new Database(foreignFile);
    f.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    f.pragma('user_version = 1');
    f.close();
    expect((await failure(s.importPackage(fs.readFileSync(foreignFile)))).message).toContain('不是公文工作室的数据包');

    const newerFile = path.join(dir, 'newer.db');
    fs.writeFileSync(newerFile, pkg.bytes);
    const n = new Database(newerFile);
    n.pragma('user_version = 42');
    n.close();
    const newer = await failure(s.importPackage(fs.readFileSync(newerFile)));
    expect(newer.code).toBe('DB_TOO_NEW');
    expect(newer.message).toContain('数据版本 42');

    const damaged = Buffer.from(pkg.bytes);
    crypto.randomBytes(8192).copy(damaged, 4096 * 2);
    expect((await failure(s.importPackage(damaged))).code).toBe('BAD_FILE');

    expect(JSON.stringify(s.drafts.get(id).doc)).toContain('当前数据');
    expect(listBackups(dir).filter((b) => b.reason === 'import')).toHaveLength(0);
    s.close();
  });

  test('restore an automatic backup: the present data is backed up first', async () => {
    const clock = new FakeClock();
    const s = await start(dir, clock.now);
    const d = s.drafts.create(withText(newReport(), '备份时的内容'));
    clock.advance(1);
    const b = await s.backupNow();
    clock.advance(1);
    s.drafts.save(d.id, 1, withText(d.doc, '备份之后的内容'));
    const r = await s.restoreBackup(b.name);
    expect(JSON.stringify(s.drafts.get(d.id).doc)).toContain('备份时的内容');
    const pre = new Database(r.backup.file, { readonly: true });
    expect(JSON.stringify(pre.prepare('SELECT doc_json FROM draft_docs').all())).toContain('备份之后的内容');
    pre.close();
    s.close();
  });

  test('restoring the oldest 恢复备份前备份 while the rotation is full: the chosen backup is not rotated away first', async () => {
    const clock = new FakeClock();
    const s = await start(dir, clock.now);
    const d = s.drafts.create(withText(newReport(), '第0次'));
    // Five restores leave five 'restore' backups (the rotation's limit); the oldest holds '第1次'.
    const b = await s.backupNow();
    for (let k = 1; k <= 5; k++) {
      clock.advance(1);
      s.drafts.save(d.id, s.drafts.get(d.id).revision, withText(d.doc, `第${k}次`));
      clock.advance(1);
      await s.restoreBackup(b.name);
    }
    const restores = listBackups(dir).filter((x) => x.reason === 'restore');
    expect(restores).toHaveLength(5);
    const oldest = restores[restores.length - 1]!;
    clock.advance(1);
    await s.restoreBackup(oldest.name);
    expect(JSON.stringify(s.drafts.get(d.id).doc)).toContain('第1次');
    // The working copies (and the -wal/-shm the read-only checks leave) are gone.
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    s.close();
  });
});
