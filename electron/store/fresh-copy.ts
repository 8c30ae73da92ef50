/**
 * 导入数据包, restoring a backup, recovering at start-up: a file from elsewhere becomes the live
 * database only as ROWS copied into a database our own migrations just made. Its schema is never
 * adopted: a trigger, view, index or extra table planted in the file is simply not copied, so it
 * cannot rewrite what the clerk saves later. Only our tables and our columns are read.
 *
 * The file is copied at its own version (a fresh database migrated to that version), then the
 * remaining migrations run over the copied rows exactly as they would over a clerk's own file.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { openConnection } from './connection';
import type { DB } from './sqlite';
import { MIGRATIONS, LATEST_VERSION } from './migrations/index';
import { STORE_MESSAGES } from './messages';
import { translateSqliteError } from './sqlite-errors';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Plain tables our migrations create at `version` (not FTS tables nor their shadow tables). */
function ourTables(db: DB): string[] {
  return (db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as {
    name: string;
  }[]).map((r) => r.name);
}

function columns(db: DB, table: string, schema: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_xinfo(?, ?) WHERE hidden = 0').all(table, schema) as { name: string }[]).map((r) => r.name);
}

function damaged(): AppError {
  return new AppError('BAD_FILE', STORE_MESSAGES.packageDamaged);
}

/**
 * Build `target` (removed first) from the rows of `source`, a checked file of ours at `version`
 * (1 … LATEST_VERSION). Refuses, with the clerk's message, a file whose tables are not ours
 * (a view or virtual table in place of one of our tables, a missing column) or whose rows break
 * our constraints. `source` is only read.
 */
export function copyIntoFresh(source: string, target: string, version: number): void {
  if (!Number.isInteger(version) || version < 1 || version > LATEST_VERSION) throw damaged();
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
  let db: DB | undefined;
  try {
    db = openConnection(target);
    // Rows go in table by table in name order, so references are checked once at the end.
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      for (const m of MIGRATIONS) if (m.version <= version) m.up(db!);
    })();
    db.prepare('ATTACH DATABASE ? AS pkg').run(source);
    const conn = db;
    try {
      conn.transaction(() => {
        for (const table of ourTables(conn)) {
          const found = conn.prepare('SELECT type, sql FROM pkg.sqlite_schema WHERE name = ?').get(table) as { type: string; sql: string | null } | undefined;
          // Ours is a plain table; a view or a virtual table by that name would run the file's SQL.
          if (!found || found.type !== 'table' || !/^CREATE TABLE /i.test(found.sql ?? '')) throw damaged();
          const mine = columns(conn, table, 'main');
          const theirs = new Set(columns(conn, table, 'pkg'));
          if (mine.some((c) => !theirs.has(c))) throw damaged();
          const list = mine.map(quote).join(', ');
          conn.exec(`INSERT INTO main.${quote(table)} (${list}) SELECT ${list} FROM pkg.${quote(table)}`);
        }
        for (const m of MIGRATIONS) if (m.version > version) m.up(conn);
        if ((conn.pragma('foreign_key_check') as unknown[]).length) throw damaged();
        conn.pragma(`user_version = ${LATEST_VERSION}`);
      })();
    } finally {
      conn.prepare('DETACH DATABASE pkg').run();
    }
    db.close();
    db = undefined;
  } catch (err) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
    if (err instanceof AppError) throw err;
    const e = translateSqliteError(err);
    // Disk full and read-only keep their own words; anything else is the package's fault (a
    // CHECK, a STRICT type or a UNIQUE its rows break; a schema that does not parse).
    if (e instanceof AppError && (e.code === 'DISK_FULL' || e.code === 'READ_ONLY')) throw e;
    throw damaged();
  }
}
