/**
 * Every SQLite connection the app opens, hardened the same way: a data package, a backup or even
 * the live file may come from another PC, and its schema (triggers, views, CHECK and DEFAULT
 * expressions) is SQL written by whoever made the file.
 *
 * - `trusted_schema = OFF`: SQL stored in the schema may call only functions SQLite marks
 *   innocuous, and no virtual table that is not, so a planted trigger or view cannot reach
 *   anything with side effects.
 * - Defensive mode (SQLITE_DBCONFIG_DEFENSIVE): no `writable_schema` edits of sqlite_schema, no
 *   writes to shadow tables, no `journal_mode=OFF`, so SQL cannot corrupt the file on purpose.
 *   better-sqlite3 turns it on at open and only `unsafeMode(true)` turns it off; `unsafeMode(false)`
 *   states it here, so a later change elsewhere cannot silently drop it.
 */
import Database from 'better-sqlite3';
import type { DB } from './sqlite';

export function openConnection(file: string, options?: Database.Options): DB {
  const db = new Database(file, options);
  try {
    harden(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function harden(db: DB): void {
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
}
