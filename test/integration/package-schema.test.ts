/**
 * A data package, a restored backup or a backup adopted at start-up is SQL written by whoever
 * made the file. Only its rows come in (a freshly migrated database); a planted trigger, view,
 * index or extra table has no effect, a file whose tables are not ours is refused, and the clerk's
 * data is unchanged either way. Every connection runs with trusted_schema=OFF and defensive mode.
 * All on real SQLite files.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { appFailure } from '../helpers/app-error';
import { openStore } from '../../electron/store/open-store';
import { Storage } from '../../electron/store/storage';
import { dbFilePath, openDatabase } from '../../electron/store/database';
import { migration001 } from '../../electron/store/migrations/001-initial';
import { backupFileName, backupDir } from '../../electron/store/backups';
import { rm, tempDir } from '../helpers/paths';
import { newReport, withText } from '../helpers/storage';

let dir: string;
beforeEach(() => {
  dir = tempDir('gongwen-pkg-');
});
afterEach(() => rm(dir));

async function start(dataDir: string): Promise<Storage> {
  const opened = await openStore(dataDir);
  await opened.dailyBackup;
  return new Storage(opened.db, dataDir, opened.status);
}

const failure = appFailure;

type SchemaRow = { type: string; name: string; sql: string | null };
function schemaOf(db: Database.Database): SchemaRow[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaRow[];
}

/** The schema our migrations make, from an empty data folder. */
function ourSchema(): SchemaRow[] {
  const d = path.join(dir, 'reference');
  const db = openDatabase(d);
  try {
    return schemaOf(db);
  } finally {
    db.close();
  }
}

/** A package made by the app, then edited with raw SQL the way a hostile sender would. */
async function plantedPackage(sql: string): Promise<Buffer> {
  const src = await start(path.join(dir, 'sender'));
  src.drafts.create(withText(newReport(), '数据包里的正文'));
  const pkg = await src.exportPackage();
  src.close();
  const file = path.join(dir, `planted-${Math.random().toString(36).slice(2)}.db`);
  fs.writeFileSync(file, pkg.bytes);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return fs.readFileSync(file);
}

const REWRITE_TRIGGERS = `
  CREATE TRIGGER evil_docs AFTER UPDATE ON draft_docs BEGIN
    UPDATE draft_docs SET doc_json = replace(new.doc_json, '真实', '篡改') WHERE n = new.n;
  END;
  CREATE TRIGGER evil_new AFTER INSERT ON draft_docs BEGIN
    UPDATE draft_docs SET doc_json = replace(new.doc_json, '真实', '篡改') WHERE n = new.n;
  END;
  CREATE TRIGGER evil_drafts BEFORE UPDATE ON drafts BEGIN SELECT RAISE(ABORT, 'planted'); END;`;

/** Save and read back: a planted trigger would change or refuse this. */
function saveSurvives(s: Storage): void {
  const d = s.drafts.list({})[0]!;
  const rec = s.drafts.get(d.id);
  s.drafts.save(d.id, rec.revision, withText(rec.doc, '真实的正文'));
  expect(JSON.stringify(s.drafts.get(d.id).doc)).toContain('真实的正文');
  const created = s.drafts.create(withText(newReport(), '真实的新稿'));
  expect(JSON.stringify(s.drafts.get(created.id).doc)).toContain('真实的新稿');
}

describe('data package: rows only, never the schema', () => {
  test('planted triggers, a view, an index and an extra table have no effect; the live schema is exactly ours', async () => {
    const reference = ourSchema();
    const bytes = await plantedPackage(`${REWRITE_TRIGGERS}
      CREATE VIEW evil_view AS SELECT * FROM drafts;
      CREATE TABLE evil_table (x TEXT); INSERT INTO evil_table VALUES ('载荷');
      CREATE INDEX evil_index ON drafts(title);
      ALTER TABLE drafts ADD COLUMN evil_col TEXT DEFAULT 'x';`);
    const s = await start(path.join(dir, 'clerk'));
    await s.importPackage(bytes);
    expect(JSON.stringify(s.drafts.get(s.drafts.list({})[0]!.id).doc)).toContain('数据包里的正文');
    expect(schemaOf(s.db)).toEqual(reference);
    // The search index was rebuilt from the rows, by our own triggers.
    expect(s.search.query('数据包里的').hits.length).toBeGreaterThan(0);
    saveSurvives(s);
    s.close();
  });

  test('a version-1 package with a planted trigger: its rows are migrated, its trigger is not', async () => {
    const file = path.join(dir, 'v1.db');
    const db = new Database(file);
    migration001.up(db);
    const doc = withText(newReport(), '旧版数据包的正文');
    db.prepare("INSERT INTO drafts VALUES ('d1', '旧版', 2024, 'fazhi-annual', '草稿', 1, ?, 10, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')").run(JSON.stringify(doc));
    db.exec(`CREATE TRIGGER evil AFTER UPDATE ON drafts BEGIN UPDATE drafts SET title = '篡改' WHERE id = new.id; END;`);
    db.pragma('user_version = 1');
    db.close();
    const s = await start(path.join(dir, 'clerk'));
    await s.importPackage(fs.readFileSync(file));
    expect(JSON.stringify(s.drafts.get('d1').doc)).toContain('旧版数据包的正文');
    expect(schemaOf(s.db)).toEqual(ourSchema());
    saveSurvives(s);
    s.close();
  });

  test.each([
    ['a view in place of one of our tables', `DROP TABLE settings; CREATE VIEW settings AS SELECT 'k' AS key, 'v' AS value;`],
    ['a table missing one of our columns', `ALTER TABLE search_chunks DROP COLUMN heading;`],
    ['rows our constraints refuse', `PRAGMA ignore_check_constraints = ON; UPDATE drafts SET status = '作废';`],
  ])('refused: %s, the clerk’s data unchanged', async (_label, sql) => {
    const bytes = await plantedPackage(sql);
    const s = await start(path.join(dir, 'clerk'));
    const mine = s.drafts.create(withText(newReport(), '办事员自己的正文')).id;
    const before = schemaOf(s.db);
    const err = await failure(s.importPackage(bytes));
    expect(err.code).toBe('BAD_FILE');
    expect(err.message).toMatch(/未导入。当前数据保持不变/);
    expect(s.drafts.list({}).map((d) => d.id)).toEqual([mine]);
    expect(JSON.stringify(s.drafts.get(mine).doc)).toContain('办事员自己的正文');
    expect(schemaOf(s.db)).toEqual(before);
    saveSurvives(s);
    s.close();
  });
});

describe('backups: restore and start-up recovery take rows only', () => {
  test('restoring a backup with a planted trigger: no effect', async () => {
    const s = await start(path.join(dir, 'clerk'));
    s.drafts.create(withText(newReport(), '备份里的正文'));
    const b = await s.backupNow();
    const db = new Database(b.file);
    db.exec(REWRITE_TRIGGERS);
    db.close();
    await s.restoreBackup(b.name);
    expect(schemaOf(s.db)).toEqual(ourSchema());
    saveSurvives(s);
    s.close();
  });

  test('start-up recovery from a backup with a planted trigger: no effect', async () => {
    const dataDir = path.join(dir, 'clerk');
    const s = await start(dataDir);
    s.drafts.create(withText(newReport(), '备份里的正文'));
    const b = await s.backupNow();
    s.close();
    const db = new Database(b.file);
    db.exec(REWRITE_TRIGGERS);
    db.close();
    // The live file is damaged: start-up adopts the newest usable backup.
    fs.writeFileSync(dbFilePath(dataDir), Buffer.alloc(8192, 7));
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFilePath(dataDir) + suffix, { force: true });
    const r = await start(dataDir);
    expect(r.status.recovered?.backupFile).toBe(b.file);
    expect(JSON.stringify(r.drafts.get(r.drafts.list({})[0]!.id).doc)).toContain('备份里的正文');
    expect(schemaOf(r.db)).toEqual(ourSchema());
    saveSurvives(r);
    r.close();
  });

  test('a planted file in backups/ whose tables are not ours is passed over at start-up', async () => {
    const dataDir = path.join(dir, 'clerk');
    const s = await start(dataDir);
    s.drafts.create(withText(newReport(), '较早的好备份'));
    const good = await s.backupNow();
    s.close();
    const bytes = await plantedPackage(`DROP TABLE settings; CREATE VIEW settings AS SELECT 'k' AS key, 'v' AS value;`);
    const planted = path.join(backupDir(dataDir), backupFileName('manual', new Date(Date.now() + 60_000)));
    fs.writeFileSync(planted, bytes);
    fs.writeFileSync(dbFilePath(dataDir), Buffer.alloc(8192, 7));
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFilePath(dataDir) + suffix, { force: true });
    const r = await start(dataDir);
    expect(r.status.recovered?.backupFile).toBe(good.file);
    expect(JSON.stringify(r.drafts.get(r.drafts.list({})[0]!.id).doc)).toContain('较早的好备份');
    r.close();
  });
});

describe('every connection is hardened', () => {
  test('trusted_schema is OFF and defensive mode refuses writable_schema edits', async () => {
    const s = await start(path.join(dir, 'clerk'));
    expect(s.db.pragma('trusted_schema', { simple: true })).toBe(0);
    s.db.pragma('writable_schema = ON');
    expect(() => s.db.prepare("UPDATE sqlite_schema SET sql = sql WHERE name = 'drafts'").run()).toThrow(/may not be modified|not authorized|read-only|readonly/i);
    s.close();
    const cli = openDatabase(path.join(dir, 'clerk'));
    expect(cli.pragma('trusted_schema', { simple: true })).toBe(0);
    cli.close();
  });
});
