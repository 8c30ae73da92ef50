/**
 * The 发文字号 register: which numbers of each (机关代字, year) are used, by which draft, and
 * which are void. Uniqueness is the table's primary key, so two windows (or two processes) can
 * never hand out the same number; "next" is max+1 inside an IMMEDIATE transaction.
 *
 * The document's `meta.docNumber` is what gets printed; the register follows it on every save
 * (a number the document no longer carries is released, a new one is registered), so the two
 * cannot drift apart, and a number held by another draft is reported, never silently taken.
 */
import { AppError } from '../../shared/errors';
import { checkDocNumber, formatDocNumber, sameDocNumber, type DocNumber } from '../../shared/doc-number';
import type { ReportDocument } from '../../shared/model/document';
import type { DB } from './sqlite';
import { STORE_MESSAGES } from './messages';
import { writeTransaction } from './sqlite-errors';

type Holder = 'live' | 'trash' | 'gone';

export interface NumberWarning {
  text: string;
  message: string;
}

interface RegisterEntry {
  seq: number;
  text: string;
  status: 'used' | 'void' | 'gap';
  draftId: string | null;
  draftTitle: string;
  holder: Holder | null;
  note: string;
  updatedAt: string | null;
}

interface RegisterCode {
  code: string;
  year: number;
  next: number;
  entries: RegisterEntry[];
}

interface Row {
  code: string;
  year: number;
  seq: number;
  status: 'used' | 'void';
  draft_id: string | null;
  draft_title: string;
  note: string;
  updated_at: string;
  deleted_at?: string | null;
  live?: number | null;
}

interface TakeResult {
  number: DocNumber;
  text: string;
  /** Numbers this draft held before and gave back (one draft carries one number). */
  released: string[];
  /** `take` with `keep` found the draft holding a number: that one, none taken. */
  kept?: boolean;
}

export class NumberRegister {
  private readonly stmt;

  constructor(
    private readonly db: DB,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.stmt = {
      held: db.prepare<[string], Row>('SELECT * FROM doc_numbers WHERE draft_id = ?'),
      one: db.prepare<[string, number, number], Row>(
        `SELECT n.*, d.deleted_at, (d.id IS NOT NULL) AS live FROM doc_numbers n LEFT JOIN drafts d ON d.id = n.draft_id
         WHERE n.code = ? AND n.year = ? AND n.seq = ?`,
      ),
      insert: db.prepare(
        `INSERT INTO doc_numbers (code, year, seq, status, draft_id, draft_title, note, created_at, updated_at)
         VALUES (@code, @year, @seq, @status, @draftId, @title, @note, @now, @now)`,
      ),
      remove: db.prepare('DELETE FROM doc_numbers WHERE code = ? AND year = ? AND seq = ?'),
      retitle: db.prepare('UPDATE doc_numbers SET draft_title = ? WHERE draft_id = ? AND draft_title <> ?'),
      max: db.prepare<[string, number], { m: number | null }>('SELECT max(seq) AS m FROM doc_numbers WHERE code = ? AND year = ?'),
      title: db.prepare<[string], { title: string }>('SELECT title FROM drafts WHERE id = ?'),
    };
  }

  /** Keep the register in step with a document being saved. Call inside the save's transaction. */
  syncDraft(draftId: string, doc: ReportDocument): NumberWarning | undefined {
    const want = doc.meta.docNumber && checkDocNumber(doc.meta.docNumber).ok ? doc.meta.docNumber : null;
    const held = this.stmt.held.all(draftId);
    let have = false;
    for (const h of held) {
      if (sameDocNumber(h, want)) have = true;
      else if (h.status === 'used') this.stmt.remove.run(h.code, h.year, h.seq);
    }
    if (held.length) this.stmt.retitle.run(doc.meta.title, draftId, doc.meta.title);
    if (!want || have) return undefined;
    const other = this.stmt.one.get(want.code, want.year, want.seq);
    if (other) return { text: formatDocNumber(want), message: this.takenMessage(other) };
    this.insert(want, 'used', draftId, doc.meta.title, '');
    return undefined;
  }

  /** The next free number for (代字, year), given to the draft. */
  take(draftId: string, code: string, year: number, opts: { keep?: boolean | undefined } = {}): TakeResult {
    const probe = checkDocNumber({ code, year, seq: 1 });
    if (!code.trim()) throw new AppError('BAD_DOC_NUMBER', STORE_MESSAGES.numberCodeMissing);
    if (!probe.ok) throw new AppError('BAD_DOC_NUMBER', probe.message);
    return this.write(() => {
      if (opts.keep) {
        // Checked inside the write: two takes racing see each other's number.
        const held = this.stmt.held.all(draftId).find((h) => h.status === 'used');
        if (held) {
          const number = { code: held.code, year: held.year, seq: held.seq };
          return { number, text: formatDocNumber(number), released: [], kept: true };
        }
      }
      const seq = (this.stmt.max.get(code, year)?.m ?? 0) + 1;
      return this.give(draftId, { code, year, seq });
    });
  }

  /** A number entered by hand; refused when malformed, used, or void. */
  assign(draftId: string, n: DocNumber): TakeResult {
    const check = checkDocNumber(n);
    if (!check.ok) throw new AppError('BAD_DOC_NUMBER', check.message);
    return this.write(() => {
      const existing = this.stmt.one.get(n.code, n.year, n.seq);
      if (existing && !(existing.draft_id === draftId && existing.status === 'used'))
        throw new AppError('DUPLICATE_DOC_NUMBER', this.takenMessage(existing));
      return this.give(draftId, n);
    });
  }

  /**
   * Give a used number back (it becomes a gap). Refused while a live draft other than the caller
   * still prints it, since that draft's next save would only claim it again.
   */
  release(n: DocNumber, callerDraftId?: string): void {
    this.write(() => {
      const row = this.stmt.one.get(n.code, n.year, n.seq);
      const text = formatDocNumber(n);
      if (!row) throw new AppError('NOT_FOUND', STORE_MESSAGES.numberNotInRegister(text));
      if (row.status === 'void') throw new AppError('BAD_INPUT', STORE_MESSAGES.numberOnlyUsedRelease(text));
      if (row.draft_id && row.draft_id !== callerDraftId && !row.deleted_at && this.draftPrints(row.draft_id, n))
        throw new AppError('BAD_INPUT', STORE_MESSAGES.numberStillInDraft(text, row.draft_title));
      this.stmt.remove.run(n.code, n.year, n.seq);
    });
  }

  /** Mark a number void (作废): never handed out again. Works for gaps too. */
  void(n: DocNumber, note: string): void {
    const check = checkDocNumber(n);
    if (!check.ok) throw new AppError('BAD_DOC_NUMBER', check.message);
    this.write(() => {
      const row = this.stmt.one.get(n.code, n.year, n.seq);
      const now = this.now().toISOString();
      if (row)
        this.db
          .prepare("UPDATE doc_numbers SET status = 'void', note = ?, updated_at = ? WHERE code = ? AND year = ? AND seq = ?")
          .run(note, now, n.code, n.year, n.seq);
      else this.insert(n, 'void', null, '', note);
    });
  }

  next(code: string, year: number): number {
    return (this.stmt.max.get(code, year)?.m ?? 0) + 1;
  }

  /** The register for a year, every code, with the gaps between 1 and the highest number shown. */
  list(year: number, code?: string): RegisterCode[] {
    const rows = this.db
      .prepare(
        `SELECT n.*, d.deleted_at, (d.id IS NOT NULL) AS live FROM doc_numbers n LEFT JOIN drafts d ON d.id = n.draft_id
         WHERE n.year = ? ${code ? 'AND n.code = ?' : ''} ORDER BY n.code, n.seq`,
      )
      .all(...(code ? [year, code] : [year])) as Row[];
    const byCode = new Map<string, Row[]>();
    for (const r of rows) (byCode.get(r.code) ?? byCode.set(r.code, []).get(r.code)!).push(r);
    return [...byCode].map(([c, list]) => {
      const entries: RegisterEntry[] = [];
      let expect = 1;
      for (const r of list) {
        for (; expect < r.seq; expect++) entries.push(gap(c, year, expect));
        entries.push({
          seq: r.seq,
          text: formatDocNumber(r),
          status: r.status,
          draftId: r.draft_id,
          draftTitle: r.draft_title,
          holder: holderOf(r),
          note: r.note,
          updatedAt: r.updated_at,
        });
        expect = r.seq + 1;
      }
      return { code: c, year, next: expect, entries };
    });
  }

  private give(draftId: string, n: DocNumber): TakeResult {
    const title = this.stmt.title.get(draftId);
    if (!title) throw new AppError('NOT_FOUND');
    const released: string[] = [];
    for (const h of this.stmt.held.all(draftId)) {
      if (h.status !== 'used' || sameDocNumber(h, n)) continue;
      this.stmt.remove.run(h.code, h.year, h.seq);
      released.push(formatDocNumber(h));
    }
    if (!this.stmt.one.get(n.code, n.year, n.seq)) this.insert(n, 'used', draftId, title.title, '');
    return { number: { code: n.code, year: n.year, seq: n.seq }, text: formatDocNumber(n), released };
  }

  private insert(n: DocNumber, status: 'used' | 'void', draftId: string | null, title: string, note: string): void {
    this.stmt.insert.run({ code: n.code, year: n.year, seq: n.seq, status, draftId, title, note, now: this.now().toISOString() });
  }

  private draftPrints(draftId: string, n: DocNumber): boolean {
    const row = this.db
      .prepare<[string], { j: string | null }>("SELECT json_extract(doc_json, '$.meta.docNumber') AS j FROM draft_docs WHERE draft_id = ?")
      .get(draftId);
    if (!row?.j) return false;
    return sameDocNumber(JSON.parse(row.j) as DocNumber, n);
  }

  private takenMessage(row: Row): string {
    const text = formatDocNumber(row);
    if (row.status === 'void') return STORE_MESSAGES.numberVoided(text);
    return STORE_MESSAGES.numberHeldBy(text, row.draft_title, holderOf(row) ?? 'gone');
  }

  private write<T>(fn: () => T): T {
    return writeTransaction(this.db, fn);
  }
}

function holderOf(r: Row): Holder | null {
  if (r.draft_id === null) return r.status === 'used' ? 'gone' : null;
  return r.deleted_at ? 'trash' : 'live';
}

function gap(code: string, year: number, seq: number): RegisterEntry {
  return {
    seq,
    text: formatDocNumber({ code, year, seq }),
    status: 'gap',
    draftId: null,
    draftTitle: '',
    holder: null,
    note: '',
    updatedAt: null,
  };
}
