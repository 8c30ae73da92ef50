/** Drafts: the current document of each draft, with a revision counter for conflict detection. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { ReportDocument, runsText, type Block } from '../../shared/model/document';
import type { DraftRecord, DraftStatus, DraftSummary } from '../../shared/contract/drafts';
import type { DB } from './database';
import { translateSqliteError } from './sqlite-errors';

interface DraftRow {
  id: string;
  title: string;
  year: number;
  template_id: string;
  status: DraftStatus;
  revision: number;
  doc_json: string;
  chars: number;
  created_at: string;
  updated_at: string;
}

const SUMMARY_COLUMNS = 'id, title, year, template_id, status, revision, chars, created_at, updated_at';

function toSummary(r: Omit<DraftRow, 'doc_json'>): DraftSummary {
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
  };
}

export function countChars(doc: ReportDocument): number {
  let n = 0;
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') n += runsText(b.runs).length;
      else if (b.type === 'section') {
        n += b.heading.length;
        walk(b.children);
      } else for (const row of b.rows) for (const c of row) n += runsText(c.runs).length;
    }
  };
  for (const p of doc.lead) n += runsText(p.runs).length;
  walk(doc.body);
  return n;
}

export class DraftStore {
  constructor(private readonly db: DB) {}

  create(doc: ReportDocument): DraftRecord {
    const id = randomUUID();
    const now = new Date().toISOString();
    const json = JSON.stringify(doc);
    const chars = countChars(doc);
    this.write(() => {
      this.db
        .prepare(
          `INSERT INTO drafts (id, title, year, template_id, status, revision, doc_json, chars, created_at, updated_at)
           VALUES (?, ?, ?, ?, '草稿', 1, ?, ?, ?, ?)`,
        )
        .run(id, doc.meta.title, doc.meta.year, doc.meta.templateId, json, chars, now, now);
      this.db.prepare('INSERT INTO revisions (draft_id, revision, doc_json, created_at) VALUES (?, 1, ?, ?)').run(id, json, now);
    });
    return this.get(id);
  }

  list(filter: { year?: number | undefined; templateId?: string | undefined; status?: DraftStatus | undefined }): DraftSummary[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.year !== undefined) (where.push('year = ?'), args.push(filter.year));
    if (filter.templateId !== undefined) (where.push('template_id = ?'), args.push(filter.templateId));
    if (filter.status !== undefined) (where.push('status = ?'), args.push(filter.status));
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM drafts ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY updated_at DESC`;
    return (this.db.prepare(sql).all(...args) as DraftRow[]).map(toSummary);
  }

  get(id: string): DraftRecord {
    const row = this.db.prepare('SELECT * FROM drafts WHERE id = ?').get(id) as DraftRow | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return { ...toSummary(row), doc: ReportDocument.parse(JSON.parse(row.doc_json)) };
  }

  /** Save on top of `baseRevision`; a save based on an older revision is a conflict, never an overwrite. */
  save(id: string, baseRevision: number, doc: ReportDocument): { revision: number; updatedAt: string } {
    const now = new Date().toISOString();
    const json = JSON.stringify(doc);
    const chars = countChars(doc);
    return this.write(() => {
      const current = this.db.prepare('SELECT revision FROM drafts WHERE id = ?').get(id) as { revision: number } | undefined;
      if (!current) throw new AppError('NOT_FOUND');
      if (current.revision !== baseRevision)
        throw new AppError('CONFLICT', undefined, { currentRevision: current.revision, baseRevision });
      const revision = baseRevision + 1;
      this.db
        .prepare('UPDATE drafts SET title = ?, year = ?, template_id = ?, revision = ?, doc_json = ?, chars = ?, updated_at = ? WHERE id = ?')
        .run(doc.meta.title, doc.meta.year, doc.meta.templateId, revision, json, chars, now, id);
      this.db.prepare('INSERT INTO revisions (draft_id, revision, doc_json, created_at) VALUES (?, ?, ?, ?)').run(id, revision, json, now);
      return { revision, updatedAt: now };
    });
  }

  private write<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw translateSqliteError(err);
    }
  }
}
