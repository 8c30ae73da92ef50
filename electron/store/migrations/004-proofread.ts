import type { Migration } from './types';

/**
 * Version 4: 公文校对's own data.
 *
 * - `proof_dictionary`: 设置 › 自定义词典, the organ's accepted (认可) and banned (禁用) words;
 *   one entry per term. The length bounds keep a hostile data package from planting terms the
 *   app would never accept (the limits the app enforces, shared/proofread/dictionary.ts, are
 *   lower; these only have to hold them).
 * - `proof_ignored`: 忽略 per finding and per draft (the finding's key, shared/proofread
 *   `findingKey`); gone with the draft.
 */
export const migration004: Migration = {
  version: 4,
  name: 'proofread',
  up(db) {
    db.exec(`
      CREATE TABLE proof_dictionary (
        id          INTEGER PRIMARY KEY,
        term        TEXT NOT NULL UNIQUE CHECK (length(term) BETWEEN 1 AND 200),
        kind        TEXT NOT NULL CHECK (kind IN ('accept','ban')),
        replacement TEXT NOT NULL DEFAULT '' CHECK (length(replacement) <= 200),
        note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE proof_ignored (
        draft_id   TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        key        TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 1000),
        created_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
