/**
 * 历史版本: the snapshots kept for a draft (coalesced autosaves, the state before destructive
 * steps, named versions such as 送审稿, restores). History only grows: restoring an old version
 * writes it as a new revision, after keeping the state it replaces.
 */
import { AppError } from '../../shared/errors';
import type { ReportDocument } from '../../shared/model/document';
import { readStoredDocument } from './stored-document';
import type { RevisionInfo } from '../../shared/contract/history';
import type { DB } from './sqlite';
import type { DraftStore, SaveResult } from './drafts';
import { STORE_MESSAGES } from './messages';
import { writeTransaction } from './sqlite-errors';

/** A `revisions` row as read: the same fields, `createdAt` (when the state was saved) spelled as the column. */
type RevisionRow = Omit<RevisionInfo, 'createdAt'> & { created_at: string };

const INFO_COLUMNS = 'revision, kind, name, note, title, chars, created_at';

/** Field by field: some reads carry `doc_json` too, which must not ride along. */
function toInfo(r: RevisionRow): RevisionInfo {
  return { revision: r.revision, kind: r.kind, name: r.name, note: r.note, title: r.title, chars: r.chars, createdAt: r.created_at };
}

export class HistoryStore {
  constructor(
    private readonly db: DB,
    private readonly drafts: DraftStore,
  ) {}

  list(draftId: string): { current: { revision: number; updatedAt: string; title: string; chars: number }; versions: RevisionInfo[] } {
    const d = this.drafts.get(draftId);
    const rows = this.db
      .prepare(`SELECT ${INFO_COLUMNS} FROM revisions WHERE draft_id = ? ORDER BY revision DESC`)
      .all(draftId) as RevisionRow[];
    return { current: { revision: d.revision, updatedAt: d.updatedAt, title: d.title, chars: d.chars }, versions: rows.map(toInfo) };
  }

  /** One version, read-only. The current revision is always available, snapshotted or not. */
  get(draftId: string, revision: number): RevisionInfo & { doc: ReportDocument; current: boolean } {
    const row = this.db
      .prepare(`SELECT ${INFO_COLUMNS}, doc_json FROM revisions WHERE draft_id = ? AND revision = ?`)
      .get(draftId, revision) as (RevisionRow & { doc_json: string }) | undefined;
    const d = this.drafts.get(draftId);
    if (row) return { ...toInfo(row), doc: readStoredDocument(row.doc_json), current: revision === d.revision };
    if (revision !== d.revision) throw new AppError('NOT_FOUND', STORE_MESSAGES.revisionNotFound(revision));
    return {
      revision,
      kind: 'auto',
      name: null,
      note: '',
      title: d.title,
      chars: d.chars,
      createdAt: d.updatedAt,
      doc: d.doc,
      current: true,
    };
  }

  /** Give a version a name (送审稿, 定稿…). Without `revision`, the current state is named. */
  name(draftId: string, name: string, revision?: number): RevisionInfo {
    const clean = name.trim();
    if (!clean) throw new AppError('BAD_INPUT', STORE_MESSAGES.versionNameEmpty);
    return writeTransaction(this.db, () => {
      const head = this.drafts.revision(draftId);
      const rev = revision ?? head;
      if (rev === head) this.drafts.keep(draftId, 'named', '', clean);
      const changed = this.db
        .prepare(
          "UPDATE revisions SET name = ?, kind = CASE kind WHEN 'auto' THEN 'named' ELSE kind END WHERE draft_id = ? AND revision = ?",
        )
        .run(clean, draftId, rev);
      if (changed.changes === 0) throw new AppError('NOT_FOUND', STORE_MESSAGES.revisionNotFound(rev));
      return toInfo(
        this.db.prepare(`SELECT ${INFO_COLUMNS} FROM revisions WHERE draft_id = ? AND revision = ?`).get(draftId, rev) as RevisionRow,
      );
    });
  }

  /**
   * An official export that went out with 定稿前应补齐 gaps the clerk confirmed: the exported
   * revision is kept in history, named so and noting the gaps. When that revision is already kept
   * (an autosave, a named 送审稿), the note is added to it and a clerk's name stays.
   */
  recordExport(draftId: string, gaps: readonly string[]): RevisionInfo {
    const note = STORE_MESSAGES.noteExportedWithGaps(gaps);
    return writeTransaction(this.db, () => {
      const revision = this.drafts.keep(draftId, 'named', note, STORE_MESSAGES.exportedWithGaps);
      this.db
        .prepare(
          `UPDATE revisions SET
             note = CASE WHEN note = '' OR note = @note THEN @note ELSE note || char(10) || @note END,
             name = coalesce(name, @name),
             kind = CASE kind WHEN 'auto' THEN 'named' ELSE kind END
           WHERE draft_id = @id AND revision = @revision`,
        )
        .run({ id: draftId, revision, note, name: STORE_MESSAGES.exportedWithGaps });
      return toInfo(
        this.db.prepare(`SELECT ${INFO_COLUMNS} FROM revisions WHERE draft_id = ? AND revision = ?`).get(draftId, revision) as RevisionRow,
      );
    });
  }

  /**
   * Make an old version current again, as a new revision. The state it replaces is kept first.
   * `baseRevision` is what the caller's editor holds; if the draft moved on, it is a conflict.
   */
  restore(draftId: string, revision: number, baseRevision: number): SaveResult & { doc: ReportDocument } {
    return writeTransaction(this.db, () => {
      const head = this.drafts.revision(draftId);
      if (head !== baseRevision) throw new AppError('CONFLICT', undefined, { currentRevision: head, baseRevision });
      const source = this.get(draftId, revision);
      const result = this.drafts.replace(draftId, baseRevision, source.doc, {
        before: STORE_MESSAGES.noteBeforeRestore(revision, source.name),
        after: STORE_MESSAGES.noteRestored(revision, source.name),
      });
      return { ...result, doc: source.doc };
    });
  }
}
