import type { Migration } from './types';

/**
 * Version 3: where a draft came from, and the notes of its import or roll-forward.
 *
 * - `drafts.origin` ('' for a draft made from a template, or import / rollover / copy) with
 *   `origin_from` (the file name, or the source draft's title) and `origin_year` (the source's
 *   reported year, for a roll-forward): the 草稿箱 shows 导入 / 由2024年度滚动 from these.
 *   Drafts made before are filled from the note of their first history row, which said the same.
 * - `draft_notes`: what the clerk should read after an import or a roll-forward (the importer's
 *   请留意 items, the headings that fill no part, suspected tampered text), kept with the draft
 *   until dismissed (`dismissed_at`), not with one sitting of the page.
 */
export const migration003: Migration = {
  version: 3,
  name: 'draft-origin-notes',
  up(db) {
    db.exec(`
      ALTER TABLE drafts ADD COLUMN origin TEXT NOT NULL DEFAULT '' CHECK (origin IN ('', 'import', 'rollover', 'copy'));
      ALTER TABLE drafts ADD COLUMN origin_from TEXT NOT NULL DEFAULT '';
      ALTER TABLE drafts ADD COLUMN origin_year INTEGER;

      CREATE TABLE draft_notes (
        draft_id     TEXT PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        notes_json   TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        dismissed_at TEXT
      ) STRICT;

      -- The first history row's note as version 2 wrote it: 导入自“<file>”, 由“<title>”（<year>年度）新建, 复制自“<title>”.
      UPDATE drafts SET
        origin = 'import',
        origin_from = (SELECT substr(r.note, 5, length(r.note) - 5) FROM revisions r WHERE r.draft_id = drafts.id AND r.kind = 'create')
      WHERE EXISTS (SELECT 1 FROM revisions r WHERE r.draft_id = drafts.id AND r.kind = 'create' AND r.note LIKE '导入自“%”');
      UPDATE drafts SET
        origin = 'copy',
        origin_from = (SELECT substr(r.note, 5, length(r.note) - 5) FROM revisions r WHERE r.draft_id = drafts.id AND r.kind = 'create')
      WHERE EXISTS (SELECT 1 FROM revisions r WHERE r.draft_id = drafts.id AND r.kind = 'create' AND r.note LIKE '复制自“%”');
      UPDATE drafts SET
        origin = 'rollover',
        origin_from = (SELECT substr(r.note, 3, instr(r.note, '”（') - 3) FROM revisions r WHERE r.draft_id = drafts.id AND r.kind = 'create'),
        origin_year = (SELECT CAST(substr(r.note, instr(r.note, '”（') + 2, 4) AS INTEGER)
                       FROM revisions r WHERE r.draft_id = drafts.id AND r.kind = 'create')
      WHERE EXISTS (SELECT 1 FROM revisions r WHERE r.draft_id = drafts.id AND r.kind = 'create' AND r.note LIKE '由“%”（____年度）新建');
    `);
  },
};
