/**
 * What every store module shares about the SQLite file and nothing else, so opening
 * (database.ts), backups, migrations and the stores can all name it without importing each other.
 */
import type Database from 'better-sqlite3';

/** An open database handle. */
export type DB = Database.Database;

/**
 * Marks the file as ours (`PRAGMA application_id`), so 导入数据包 can refuse any other SQLite
 * file. "GWST" in ASCII. Migration 002 wrote it first and keeps its own copy: a migration is
 * history and must not change when live code does.
 */
export const APPLICATION_ID = 0x47575354;
