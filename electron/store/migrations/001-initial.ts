import type { Migration } from './types';

/** Version 1: drafts and their revisions. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        year        INTEGER NOT NULL,
        template_id TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT '草稿' CHECK (status IN ('草稿','已定稿','已印发')),
        revision    INTEGER NOT NULL,
        doc_json    TEXT NOT NULL,
        chars       INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_updated ON drafts(updated_at DESC);

      CREATE TABLE revisions (
        draft_id   TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        revision   INTEGER NOT NULL,
        doc_json   TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, revision)
      ) STRICT;
    `);
  },
};
