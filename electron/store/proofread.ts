/**
 * 公文校对's stored data: the organ's 自定义词典 (设置) and the findings a clerk chose to 忽略 in a
 * draft. Both live in the database, so they survive a reload and travel in data packages.
 * Rows are read through the entry schema: a package's row the app would not have written is
 * left out rather than fed to the proofreader.
 */
import { AppError } from '../../shared/errors';
import { DICTIONARY_LIMITS, DictionaryEntryFields, type DictionaryEntry } from '../../shared/proofread/dictionary';
import type { DB } from './sqlite';
import { STORE_MESSAGES } from './messages';
import { writeTransaction } from './sqlite-errors';

/** 忽略 kept per draft: far above what a clerk clicks, small enough to read on every open. */
const IGNORED_PER_DRAFT = 5_000;

interface Row {
  id: number;
  term: string;
  kind: string;
  replacement: string;
  note: string;
  created_at: string;
  updated_at: string;
}

function toEntry(r: Row): DictionaryEntry | null {
  const parsed = DictionaryEntryFields.safeParse({ term: r.term, kind: r.kind, replacement: r.replacement, note: r.note });
  if (!parsed.success || parsed.data.term !== r.term) return null;
  return { id: r.id, ...parsed.data, createdAt: r.created_at, updatedAt: r.updated_at };
}

export class ProofreadStore {
  constructor(
    private readonly db: DB,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The dictionary, by term (at most the limit: a package cannot make the check slow). */
  dictionary(): DictionaryEntry[] {
    const rows = this.db.prepare('SELECT * FROM proof_dictionary ORDER BY kind, term, id LIMIT ?').all(DICTIONARY_LIMITS.entries) as Row[];
    return rows.map(toEntry).filter((e): e is DictionaryEntry => e !== null);
  }

  /** Create (no id) or update one entry; a term is in the dictionary once. */
  saveEntry(input: DictionaryEntryFields & { id?: number | undefined }): DictionaryEntry {
    const e = DictionaryEntryFields.parse(input);
    return writeTransaction(this.db, () => {
      const now = this.now().toISOString();
      const same = this.db.prepare('SELECT id FROM proof_dictionary WHERE term = ?').get(e.term) as { id: number } | undefined;
      if (same && same.id !== input.id) throw new AppError('CONFLICT', STORE_MESSAGES.dictionaryDuplicate(e.term));
      let id = input.id;
      if (id === undefined) {
        const n = (this.db.prepare('SELECT count(*) AS n FROM proof_dictionary').get() as { n: number }).n;
        if (n >= DICTIONARY_LIMITS.entries) throw new AppError('TOO_LARGE', STORE_MESSAGES.dictionaryFull(DICTIONARY_LIMITS.entries));
        id = Number(
          this.db
            .prepare('INSERT INTO proof_dictionary (term, kind, replacement, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
            .run(e.term, e.kind, e.replacement, e.note, now, now).lastInsertRowid,
        );
      } else {
        const r = this.db
          .prepare('UPDATE proof_dictionary SET term = ?, kind = ?, replacement = ?, note = ?, updated_at = ? WHERE id = ?')
          .run(e.term, e.kind, e.replacement, e.note, now, id);
        if (!r.changes) throw new AppError('NOT_FOUND', STORE_MESSAGES.dictionaryEntryNotFound);
      }
      return toEntry(this.db.prepare('SELECT * FROM proof_dictionary WHERE id = ?').get(id) as Row)!;
    });
  }

  removeEntry(id: number): void {
    writeTransaction(this.db, () => {
      const r = this.db.prepare('DELETE FROM proof_dictionary WHERE id = ?').run(id);
      if (!r.changes) throw new AppError('NOT_FOUND', STORE_MESSAGES.dictionaryEntryNotFound);
    });
  }

  /** The keys of the findings ignored in a draft (none for a draft that does not exist). */
  ignored(draftId: string): string[] {
    return (
      this.db
        .prepare('SELECT key FROM proof_ignored WHERE draft_id = ? ORDER BY created_at, key LIMIT ?')
        .all(draftId, IGNORED_PER_DRAFT) as {
        key: string;
      }[]
    ).map((r) => r.key);
  }

  /** Ignore findings in a draft (idempotent); the draft must exist. Returns the draft's keys. */
  ignore(draftId: string, keys: readonly string[]): string[] {
    return writeTransaction(this.db, () => {
      if (!this.db.prepare('SELECT 1 FROM drafts WHERE id = ?').get(draftId)) throw new AppError('NOT_FOUND');
      const have = (this.db.prepare('SELECT count(*) AS n FROM proof_ignored WHERE draft_id = ?').get(draftId) as { n: number }).n;
      const insert = this.db.prepare('INSERT OR IGNORE INTO proof_ignored (draft_id, key, created_at) VALUES (?, ?, ?)');
      const now = this.now().toISOString();
      let added = 0;
      for (const key of keys) added += insert.run(draftId, key, now).changes;
      if (have + added > IGNORED_PER_DRAFT) throw new AppError('TOO_LARGE', STORE_MESSAGES.ignoredFull(IGNORED_PER_DRAFT));
      return this.ignored(draftId);
    });
  }

  /** A copy of a draft keeps the clerk's 忽略 decisions: its text is the same. */
  copyIgnored(fromDraftId: string, toDraftId: string): void {
    writeTransaction(this.db, () => {
      this.db
        .prepare('INSERT OR IGNORE INTO proof_ignored (draft_id, key, created_at) SELECT ?, key, created_at FROM proof_ignored WHERE draft_id = ?')
        .run(toDraftId, fromDraftId);
    });
  }

  /** 恢复提示: show the findings again (all of the draft's when `keys` is absent). */
  unignore(draftId: string, keys?: readonly string[]): string[] {
    return writeTransaction(this.db, () => {
      if (!keys) this.db.prepare('DELETE FROM proof_ignored WHERE draft_id = ?').run(draftId);
      else {
        const del = this.db.prepare('DELETE FROM proof_ignored WHERE draft_id = ? AND key = ?');
        for (const key of keys) del.run(draftId, key);
      }
      return this.ignored(draftId);
    });
  }
}
