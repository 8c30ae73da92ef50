/**
 * Drafts: the current document of each draft, with a revision counter for conflict detection,
 * status, the 回收站 (soft delete), copies, and the coalesced history snapshots taken on the way.
 *
 * Every write is one IMMEDIATE transaction that also keeps the search index and the 发文字号
 * register in step, so a crash leaves either the old state or the new one, never half.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { ReportDocument } from '../../shared/model/document';
import { readStoredDocument } from './stored-document';
import { DraftNotes, type DraftOrigin, type DraftRecord, type DraftStatus, type DraftSummary } from '../../shared/contract/drafts';
import type { RevisionInfo } from '../../shared/contract/history';
import type { DB } from './sqlite';
import { writeTransaction } from './sqlite-errors';
import { documentChars } from '../../shared/text-stats';
import { docChunks } from './doc-text';
import { SearchIndex } from './search';
import { NumberRegister, type NumberWarning } from './numbers';
import { STORE_MESSAGES } from './messages';
import { filterWhere, type DraftFilter } from './filters';

/** Autosaves are coalesced: a snapshot of the state being overwritten at most this often. */
const SNAPSHOT_INTERVAL_MS = 5 * 60_000;

type RevisionKind = RevisionInfo['kind'];

export interface StoreOptions {
  /** The clock, so tests can let minutes pass. */
  now?: () => Date;
  snapshotIntervalMs?: number;
}

interface DraftRow {
  id: string;
  title: string;
  year: number;
  template_id: string;
  status: DraftStatus;
  revision: number;
  chars: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  origin: '' | DraftOrigin['kind'];
  origin_from: string;
  origin_year: number | null;
  doc_number: string | null;
}

/** The number the register gives the draft, printed as the list shows it (互政〔2025〕3号). */
const DOC_NUMBER_COLUMN = `(SELECT n.code || '〔' || n.year || '〕' || n.seq || '号' FROM doc_numbers n
   WHERE n.draft_id = drafts.id AND n.status = 'used' ORDER BY n.updated_at DESC LIMIT 1) AS doc_number`;
const SUMMARY_COLUMNS = `id, title, year, template_id, status, revision, chars, created_at, updated_at, deleted_at, origin, origin_from, origin_year, ${DOC_NUMBER_COLUMN}`;

function toSummary(r: DraftRow): DraftSummary {
  return {
    id: r.id,
    title: r.title,
    year: r.year,
    templateId: r.template_id,
    status: r.status,
    revision: r.revision,
    chars: r.chars,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    origin: r.origin ? { kind: r.origin, from: r.origin_from, year: r.origin_year } : null,
    docNumber: r.doc_number,
  };
}

interface CreateOptions {
  /** The first history row's note. */
  note?: string;
  origin?: DraftOrigin;
  /** The import's or roll-forward's notes, kept until the clerk dismisses them. */
  notes?: DraftNotes;
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
  /** Set when the document carries a 发文字号 the register gives to another draft. */
  numberWarning?: NumberWarning;
}

export class DraftStore {
  readonly search: SearchIndex;
  readonly numbers: NumberRegister;
  private readonly now: () => Date;
  private readonly interval: number;
  private readonly stmt;

  constructor(
    private readonly db: DB,
    options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.interval = options.snapshotIntervalMs ?? SNAPSHOT_INTERVAL_MS;
    this.search = new SearchIndex(db);
    this.numbers = new NumberRegister(db, this.now);
    this.stmt = {
      head: db.prepare<[string], { revision: number; deleted_at: string | null }>('SELECT revision, deleted_at FROM drafts WHERE id = ?'),
      row: db.prepare<[string], DraftRow>(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE id = ?`),
      doc: db.prepare<[string], { doc_json: string }>('SELECT doc_json FROM draft_docs WHERE draft_id = ?'),
      lastSnapshot: db.prepare<[string], { revision: number; created_at: string }>(
        'SELECT revision, created_at FROM revisions WHERE draft_id = ? ORDER BY revision DESC LIMIT 1',
      ),
      snapshot: db.prepare(
        `INSERT INTO revisions (draft_id, revision, kind, name, note, title, chars, created_at, doc_json)
         SELECT d.id, d.revision, @kind, @name, @note, d.title, d.chars, d.updated_at, dd.doc_json
         FROM drafts d JOIN draft_docs dd ON dd.draft_id = d.id WHERE d.id = @id
         ON CONFLICT (draft_id, revision) DO NOTHING`,
      ),
      updateDraft: db.prepare(
        'UPDATE drafts SET title = @title, year = @year, template_id = @templateId, revision = @revision, chars = @chars, updated_at = @now WHERE id = @id',
      ),
      updateDoc: db.prepare('UPDATE draft_docs SET doc_json = ? WHERE draft_id = ?'),
    };
  }

  create(doc: ReportDocument, opts: CreateOptions = {}): DraftRecord {
    const id = randomUUID();
    const now = this.now().toISOString();
    const json = JSON.stringify(doc);
    const chars = documentChars(doc);
    this.write(() => {
      this.db
        .prepare(
          `INSERT INTO drafts (id, title, year, template_id, status, revision, chars, created_at, updated_at, origin, origin_from, origin_year)
           VALUES (?, ?, ?, ?, '草稿', 1, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          doc.meta.title,
          doc.meta.year,
          doc.meta.templateId,
          chars,
          now,
          now,
          opts.origin?.kind ?? '',
          opts.origin?.from ?? '',
          opts.origin?.year ?? null,
        );
      if (opts.notes)
        this.db
          .prepare('INSERT INTO draft_notes (draft_id, notes_json, created_at) VALUES (?, ?, ?)')
          .run(id, JSON.stringify(DraftNotes.parse(opts.notes)), now);
      this.db.prepare('INSERT INTO draft_docs (draft_id, doc_json) VALUES (?, ?)').run(id, json);
      this.stmt.snapshot.run({ id, kind: 'create', name: null, note: opts.note ?? '' });
      this.search.sync(id, docChunks(doc));
      this.numbers.syncDraft(id, doc);
    });
    return this.get(id);
  }

  /** A new draft with the same content; the 发文字号 stays with the original. */
  copy(id: string): DraftRecord {
    const source = this.get(id);
    const doc: ReportDocument = {
      ...source.doc,
      meta: { ...source.doc.meta, title: STORE_MESSAGES.copyTitle(source.doc.meta.title), docNumber: null },
    };
    return this.create(doc, {
      note: STORE_MESSAGES.noteCopiedFrom(source.title),
      origin: { kind: 'copy', from: source.title, year: source.year },
      // The notes (请留意, suspect text) are about the text, which the copy carries.
      notes: this.notes(id) ?? undefined,
    });
  }

  list(filter: DraftFilter): DraftSummary[] {
    const { where, args } = filterWhere(filter);
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE ${where} ORDER BY updated_at DESC`;
    return (this.db.prepare(sql).all(...args) as DraftRow[]).map(toSummary);
  }

  /** The 回收站: deleted drafts, most recently deleted first. */
  trash(): DraftSummary[] {
    return (
      this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`).all() as DraftRow[]
    ).map(toSummary);
  }

  /** Years, templates present among live drafts, for the filter menus. */
  facets(): { years: number[]; templateIds: string[] } {
    const years = (
      this.db.prepare('SELECT DISTINCT year FROM drafts WHERE deleted_at IS NULL ORDER BY year DESC').all() as { year: number }[]
    ).map((r) => r.year);
    const templateIds = (
      this.db.prepare('SELECT DISTINCT template_id AS t FROM drafts WHERE deleted_at IS NULL ORDER BY t').all() as { t: string }[]
    ).map((r) => r.t);
    return { years, templateIds };
  }

  get(id: string): DraftRecord {
    const row = this.stmt.row.get(id);
    const doc = row && this.stmt.doc.get(id);
    if (!row || !doc) throw new AppError('NOT_FOUND');
    return { ...toSummary(row), doc: readStoredDocument(doc.doc_json) };
  }

  /** Save on top of `baseRevision`; a save based on an older revision is a conflict, never an overwrite. */
  save(id: string, baseRevision: number, doc: ReportDocument): SaveResult {
    const json = JSON.stringify(doc);
    return this.write(() => {
      const current = this.head(id);
      if (current.revision !== baseRevision) throw conflict(current.revision, baseRevision);
      const now = this.now();
      this.coalescedSnapshot(id, current.revision, now);
      return this.writeDoc(id, current.revision + 1, doc, json, now);
    });
  }

  /** Rename = a save of the title alone, so it also bumps the revision an open editor holds. */
  rename(id: string, title: string, baseRevision?: number): SaveResult {
    return this.write(() => {
      const current = this.head(id);
      if (baseRevision !== undefined && current.revision !== baseRevision) throw conflict(current.revision, baseRevision);
      const { doc } = this.get(id);
      const next = { ...doc, meta: { ...doc.meta, title } };
      const now = this.now();
      this.coalescedSnapshot(id, current.revision, now);
      return this.writeDoc(id, current.revision + 1, next, JSON.stringify(next), now);
    });
  }

  /** 草稿 / 已定稿 / 已印发: a label on the draft, not part of the document. */
  setStatus(id: string, status: DraftStatus): DraftSummary {
    this.write(() => {
      this.head(id);
      this.db.prepare('UPDATE drafts SET status = ? WHERE id = ?').run(status, id);
    });
    return toSummary(this.stmt.row.get(id)!);
  }

  /** Into the 回收站. The content is snapshotted first; nothing is removed. */
  remove(id: string): DraftSummary {
    this.write(() => {
      const current = this.head(id);
      if (current.deleted_at) return;
      this.snapshot(id, 'before', STORE_MESSAGES.noteBeforeDelete);
      this.db.prepare('UPDATE drafts SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
    });
    return toSummary(this.stmt.row.get(id)!);
  }

  /** Out of the 回收站. */
  restore(id: string): DraftSummary {
    this.write(() => {
      this.head(id);
      this.db.prepare('UPDATE drafts SET deleted_at = NULL WHERE id = ?').run(id);
    });
    return toSummary(this.stmt.row.get(id)!);
  }

  /** Permanent delete, only from the 回收站: the draft, its history and its search entries. */
  purge(id: string): void {
    this.write(() => {
      const current = this.head(id);
      if (!current.deleted_at) throw new AppError('BAD_INPUT', STORE_MESSAGES.purgeLiveDraft);
      this.db.prepare('DELETE FROM drafts WHERE id = ?').run(id);
    });
  }

  /** The notes of the draft's import or roll-forward, until dismissed (null then, or when it has none). */
  notes(id: string): DraftNotes | null {
    this.head(id);
    const row = this.db.prepare('SELECT notes_json FROM draft_notes WHERE draft_id = ? AND dismissed_at IS NULL').get(id) as
      { notes_json: string } | undefined;
    if (!row) return null;
    // Written by this store through the same schema; a row that no longer parses is shown as none.
    const parsed = DraftNotes.safeParse(JSON.parse(row.notes_json));
    return parsed.success ? parsed.data : null;
  }

  /** 知道了: the notes stay in the file as the draft's record but are not shown again. */
  dismissNotes(id: string): void {
    this.write(() => {
      this.head(id);
      this.db
        .prepare('UPDATE draft_notes SET dismissed_at = ? WHERE draft_id = ? AND dismissed_at IS NULL')
        .run(this.now().toISOString(), id);
    });
  }

  /** The draft's current revision (NOT_FOUND when there is no such draft). */
  revision(id: string): number {
    return this.head(id).revision;
  }

  /**
   * Keep the draft's current state in its history (no-op when that revision is already kept: the
   * caller names or notes an existing row itself). Returns that revision. Joins the caller's
   * transaction.
   */
  keep(id: string, kind: RevisionKind, note = '', name: string | null = null): number {
    return this.write(() => {
      const { revision } = this.head(id);
      this.snapshot(id, kind, note, name);
      return revision;
    });
  }

  /**
   * Make `doc` current as a new revision on top of `baseRevision` (a conflict otherwise), keeping
   * the state it replaces as `before` and the result as `after`: how a history version comes back.
   */
  replace(id: string, baseRevision: number, doc: ReportDocument, notes: { before: string; after: string }): SaveResult {
    return this.write(() => {
      const current = this.head(id);
      if (current.revision !== baseRevision) throw conflict(current.revision, baseRevision);
      this.snapshot(id, 'before', notes.before);
      const result = this.writeDoc(id, current.revision + 1, doc, JSON.stringify(doc), this.now());
      this.snapshot(id, 'restore', notes.after);
      return result;
    });
  }

  private write<T>(fn: () => T): T {
    return writeTransaction(this.db, fn);
  }

  private head(id: string): { revision: number; deleted_at: string | null } {
    const current = this.stmt.head.get(id);
    if (!current) throw new AppError('NOT_FOUND');
    return current;
  }

  /** Snapshot the draft's current state (no-op when that revision is already in history). */
  private snapshot(id: string, kind: RevisionKind, note = '', name: string | null = null): void {
    this.stmt.snapshot.run({ id, kind, name, note });
  }

  /**
   * Replace the current document with `doc` as `revision`, keeping search and the register in
   * step. Call inside `write`.
   */
  private writeDoc(id: string, revision: number, doc: ReportDocument, json: string, now: Date): SaveResult {
    const updatedAt = now.toISOString();
    this.stmt.updateDraft.run({
      id,
      title: doc.meta.title,
      year: doc.meta.year,
      templateId: doc.meta.templateId,
      revision,
      chars: documentChars(doc),
      now: updatedAt,
    });
    this.stmt.updateDoc.run(json, id);
    this.search.sync(id, docChunks(doc));
    const numberWarning = this.numbers.syncDraft(id, doc);
    return numberWarning ? { revision, updatedAt, numberWarning } : { revision, updatedAt };
  }

  /**
   * The coalescing rule: before overwriting, keep the state being overwritten as a snapshot if
   * the newest snapshot is older than the interval. Continuous typing then leaves one snapshot
   * every few minutes, and the last state before a pause is kept when work resumes later.
   */
  private coalescedSnapshot(id: string, currentRevision: number, now: Date): void {
    const last = this.stmt.lastSnapshot.get(id);
    if (last && last.revision === currentRevision) return;
    if (last && now.getTime() - Date.parse(last.created_at) < this.interval) return;
    this.snapshot(id, 'auto');
  }
}

function conflict(currentRevision: number, baseRevision: number): AppError {
  return new AppError('CONFLICT', undefined, { currentRevision, baseRevision });
}
