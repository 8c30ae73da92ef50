import type { Migration } from './types';

/**
 * Marks the file as ours: "GWST" in ASCII. A migration is frozen history, so it keeps the value it
 * wrote; the live constant is APPLICATION_ID in ../sqlite.ts (a test holds the two equal).
 */
const GWST = 0x47575354;

/**
 * Version 2: everything storage needs beyond version 1.
 *
 * - The document JSON moves out of `drafts` into `draft_docs`: listing 1,000 drafts then reads a
 *   few small pages instead of walking every draft's overflow chain. `draft_docs.n` is a stable
 *   integer key (an INTEGER PRIMARY KEY survives VACUUM) for the search index.
 * - `drafts.deleted_at`: the 回收站 (soft delete).
 * - `revisions` is rebuilt with its small columns before the JSON, and gains kind and name: the
 *   rows are coalesced snapshots now, not one per save.
 * - Organ profiles, the 发文字号 register (unique on 代字+year+seq in the schema), settings.
 * - Search: one row per section in `search_chunks`, indexed by an FTS5 trigram table kept in step
 *   by triggers, so a save re-indexes only the sections that changed.
 */
export const migration002: Migration = {
  version: 2,
  name: 'storage',
  up(db) {
    db.exec(`
      CREATE TABLE draft_docs (
        n        INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL UNIQUE REFERENCES drafts(id) ON DELETE CASCADE,
        doc_json TEXT NOT NULL
      ) STRICT;
      INSERT INTO draft_docs (draft_id, doc_json) SELECT id, doc_json FROM drafts ORDER BY created_at;
      ALTER TABLE drafts DROP COLUMN doc_json;
      ALTER TABLE drafts ADD COLUMN deleted_at TEXT;
      DROP INDEX drafts_updated;
      CREATE INDEX drafts_live ON drafts(deleted_at, updated_at DESC);

      CREATE TABLE revisions_v2 (
        draft_id   TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        revision   INTEGER NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('create','auto','before','named','restore')),
        name       TEXT,
        note       TEXT NOT NULL DEFAULT '',
        title      TEXT NOT NULL DEFAULT '',
        chars      INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        doc_json   TEXT NOT NULL,
        PRIMARY KEY (draft_id, revision)
      ) STRICT;
      INSERT INTO revisions_v2 (draft_id, revision, kind, title, created_at, doc_json)
        SELECT draft_id, revision, CASE revision WHEN 1 THEN 'create' ELSE 'auto' END,
               coalesce(json_extract(doc_json, '$.meta.title'), ''), created_at, doc_json
        FROM revisions;
      DROP TABLE revisions;
      ALTER TABLE revisions_v2 RENAME TO revisions;

      CREATE TABLE organ_profiles (
        id          INTEGER PRIMARY KEY,
        label       TEXT NOT NULL,
        full_name   TEXT NOT NULL DEFAULT '',
        header_text TEXT NOT NULL DEFAULT '',
        code        TEXT NOT NULL DEFAULT '',
        addressee   TEXT NOT NULL DEFAULT '',
        signers     TEXT NOT NULL DEFAULT '[]',
        printed_by  TEXT NOT NULL DEFAULT '',
        fonts       TEXT NOT NULL DEFAULT '{}',
        is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX organ_profiles_one_default ON organ_profiles(is_default) WHERE is_default = 1;

      CREATE TABLE doc_numbers (
        code        TEXT NOT NULL,
        year        INTEGER NOT NULL,
        seq         INTEGER NOT NULL CHECK (seq >= 1),
        status      TEXT NOT NULL CHECK (status IN ('used','void')),
        draft_id    TEXT REFERENCES drafts(id) ON DELETE SET NULL,
        draft_title TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (code, year, seq)
      ) STRICT;
      CREATE INDEX doc_numbers_draft ON doc_numbers(draft_id);
      CREATE INDEX doc_numbers_year ON doc_numbers(year, code, seq);

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE search_chunks (
        id       INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        key      TEXT NOT NULL,
        ord      INTEGER NOT NULL,
        heading  TEXT NOT NULL DEFAULT '',
        text     TEXT NOT NULL,
        UNIQUE (draft_id, key)
      ) STRICT;
      CREATE VIRTUAL TABLE search_fts USING fts5(
        text, content='search_chunks', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER search_chunks_ai AFTER INSERT ON search_chunks BEGIN
        INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER search_chunks_ad AFTER DELETE ON search_chunks BEGIN
        INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER search_chunks_au AFTER UPDATE OF text ON search_chunks BEGIN
        INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text);
      END;
    `);
    db.pragma(`application_id = ${GWST}`);
  },
};
