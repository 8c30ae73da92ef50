/**
 * Full-text search over titles and body text: FTS5 with the trigram tokenizer (any substring of
 * three or more characters, which suits Chinese without a word segmenter). Queries with a term of
 * one or two characters cannot use trigrams and fall back to LIKE over the same chunks.
 *
 * The index has one row per chunk (see doc-text.ts); `sync` runs inside the save's transaction
 * and touches only chunks whose text changed, so the index is never behind the drafts.
 */
import type { DB } from './database';
import type { DraftStatus } from '../../shared/contract/drafts';
import { CHUNKER_VERSION, type TextChunk } from './doc-text';
import { writeTransaction } from './sqlite-errors';

export interface SearchFilter {
  year?: number | undefined;
  templateId?: string | undefined;
  status?: DraftStatus | undefined;
}

export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  draftId: string;
  title: string;
  year: number;
  templateId: string;
  status: DraftStatus;
  updatedAt: string;
  /** Sections (chunks) of this draft that match. */
  matches: number;
  /** Where the best match is: a section to open, and its heading. */
  sectionId: string | null;
  heading: string;
  snippet: Segment[];
}

export interface SearchResult {
  mode: 'fts' | 'like';
  total: number;
  hits: SearchHit[];
}

/** Title hits count this many times more than body hits. */
const TITLE_WEIGHT = 3;
const SNIPPET_CONTEXT = 28;
const START = '\u0002';
const END = '\u0003';

interface ChunkRow {
  id: number;
  key: string;
  ord: number;
  heading: string;
  text: string;
}

interface MatchRow {
  id: number;
  draft_id: string;
  key: string;
  heading: string;
  score: number;
}

export class SearchIndex {
  private readonly stmt;

  constructor(private readonly db: DB) {
    this.stmt = {
      chunks: db.prepare<[string], ChunkRow>('SELECT id, key, ord, heading, text FROM search_chunks WHERE draft_id = ?'),
      insert: db.prepare('INSERT INTO search_chunks (draft_id, key, ord, heading, text) VALUES (?, ?, ?, ?, ?)'),
      updateText: db.prepare('UPDATE search_chunks SET text = ?, ord = ?, heading = ? WHERE id = ?'),
      updateMeta: db.prepare('UPDATE search_chunks SET ord = ?, heading = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM search_chunks WHERE id = ?'),
    };
  }

  /** Bring a draft's chunks in line with its document. Call inside the save's transaction. */
  sync(draftId: string, chunks: readonly TextChunk[]): void {
    const existing = new Map(this.stmt.chunks.all(draftId).map((r) => [r.key, r]));
    chunks.forEach((c, ord) => {
      const old = existing.get(c.key);
      existing.delete(c.key);
      if (!old) this.stmt.insert.run(draftId, c.key, ord, c.heading, c.text);
      else if (old.text !== c.text) this.stmt.updateText.run(c.text, ord, c.heading, old.id);
      else if (old.ord !== ord || old.heading !== c.heading) this.stmt.updateMeta.run(ord, c.heading, old.id);
    });
    for (const gone of existing.values()) this.stmt.remove.run(gone.id);
  }

  /**
   * Rebuild every draft's chunks when the chunking rule changed (or after migrating a file that
   * had no index). Recorded in `settings`, so it runs once per change.
   */
  ensureBuilt(chunksOf: (docJson: string) => readonly TextChunk[]): void {
    const key = 'search_chunker';
    const done = this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
    if (done?.value === CHUNKER_VERSION) return;
    writeTransaction(this.db, () => {
      for (const r of this.db.prepare('SELECT draft_id, doc_json FROM draft_docs').all() as { draft_id: string; doc_json: string }[])
        this.sync(r.draft_id, chunksOf(r.doc_json));
      this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, CHUNKER_VERSION);
    });
  }

  query(q: string, filter: SearchFilter = {}, limit = 50): SearchResult {
    const terms = splitTerms(q);
    if (terms.length === 0) return { mode: 'fts', total: 0, hits: [] };
    const long = terms.filter((t) => [...t].length >= 3);
    const short = terms.filter((t) => [...t].length < 3);
    const where: string[] = ['d.deleted_at IS NULL'];
    const args: Record<string, unknown> = {};
    if (filter.year !== undefined) (where.push('d.year = @year'), (args.year = filter.year));
    if (filter.templateId !== undefined) (where.push('d.template_id = @templateId'), (args.templateId = filter.templateId));
    if (filter.status !== undefined) (where.push('d.status = @status'), (args.status = filter.status));
    short.forEach((t, i) => {
      where.push(`c.text LIKE @like${i} ESCAPE '\\'`);
      args[`like${i}`] = `%${t.replace(/[\\%_]/g, (m) => '\\' + m)}%`;
    });
    return long.length ? this.ftsQuery(long, terms, where, args, limit) : this.likeQuery(terms, where, args, limit);
  }

  private ftsQuery(long: string[], terms: string[], where: string[], args: Record<string, unknown>, limit: number): SearchResult {
    const match = long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
    const rows = this.db
      .prepare(
        `SELECT c.id, c.draft_id, c.key, c.heading, bm25(search_fts) AS score
         FROM search_fts JOIN search_chunks c ON c.id = search_fts.rowid JOIN drafts d ON d.id = c.draft_id
         WHERE search_fts MATCH @match AND ${where.join(' AND ')}`,
      )
      .all({ ...args, match }) as MatchRow[];
    // bm25 is lower-is-better (negative); a title hit is weighted up.
    const ranked = rankByDraft(rows, (r) => (r.key === '#title' ? r.score * TITLE_WEIGHT : r.score), 'min');
    const top = ranked.slice(0, limit);
    const snippets = new Map<number, string>();
    if (top.length) {
      const ids = top.map((t) => t.best.id);
      const snipRows = this.db
        .prepare(
          `SELECT rowid AS id, snippet(search_fts, 0, '${START}', '${END}', '…', 48) AS s FROM search_fts
           WHERE search_fts MATCH ? AND rowid IN (${ids.map(() => '?').join(',')})`,
        )
        .all(match, ...ids) as { id: number; s: string }[];
      for (const r of snipRows) snippets.set(r.id, r.s);
    }
    return {
      mode: 'fts',
      total: ranked.length,
      hits: this.hydrate(top, (best) => {
        const marked = snippets.get(best.id);
        return marked === undefined ? [] : markShortTerms(fromMarkers(marked), terms);
      }),
    };
  }

  private likeQuery(terms: string[], where: string[], args: Record<string, unknown>, limit: number): SearchResult {
    // Occurrences of the first term rank the chunk; the LIKE conditions make every term required.
    const rows = this.db
      .prepare(
        `SELECT c.id, c.draft_id, c.key, c.heading,
                (length(c.text) - length(replace(c.text, @t0, ''))) / length(@t0) AS score
         FROM search_chunks c JOIN drafts d ON d.id = c.draft_id
         WHERE ${where.join(' AND ')}`,
      )
      .all({ ...args, t0: terms[0] }) as MatchRow[];
    const ranked = rankByDraft(rows, (r) => -(r.key === '#title' ? r.score * TITLE_WEIGHT : r.score), 'sum');
    const top = ranked.slice(0, limit);
    const around = this.db.prepare<[string, string, string, number], { s: string; pre: number; post: number }>(
      `SELECT substr(text, max(1, instr(text, ?) - ${SNIPPET_CONTEXT}), length(?) + ${SNIPPET_CONTEXT * 2}) AS s,
              instr(text, ?) > ${SNIPPET_CONTEXT + 1} AS pre, length(text) AS post
       FROM search_chunks WHERE id = ?`,
    );
    return {
      mode: 'like',
      total: ranked.length,
      hits: this.hydrate(top, (best) => {
        const r = around.get(terms[0]!, terms[0]!, terms[0]!, best.id);
        if (!r) return [];
        const text = (r.pre ? '…' : '') + r.s.replace(/\s+/g, ' ') + (r.s.length < r.post ? '…' : '');
        return markShortTerms([{ text, hit: false }], terms);
      }),
    };
  }

  private hydrate(top: Ranked[], snippet: (best: MatchRow) => Segment[]): SearchHit[] {
    if (!top.length) return [];
    const ids = top.map((t) => t.draftId);
    const drafts = new Map(
      (
        this.db
          .prepare(`SELECT id, title, year, template_id, status, updated_at FROM drafts WHERE id IN (${ids.map(() => '?').join(',')})`)
          .all(...ids) as { id: string; title: string; year: number; template_id: string; status: DraftStatus; updated_at: string }[]
      ).map((d) => [d.id, d]),
    );
    return top.flatMap((t) => {
      const d = drafts.get(t.draftId);
      if (!d) return [];
      return [
        {
          draftId: d.id,
          title: d.title,
          year: d.year,
          templateId: d.template_id,
          status: d.status,
          updatedAt: d.updated_at,
          matches: t.count,
          sectionId: sectionOf(t.best.key),
          heading: t.best.heading,
          snippet: snippet(t.best),
        },
      ];
    });
  }
}

interface Ranked {
  draftId: string;
  score: number;
  count: number;
  /** The chunk to show: the best-scoring body chunk, or the title when only the title matches. */
  best: MatchRow;
}

/** Group chunk matches by draft: the draft's score is its best chunk ('min') or all of them ('sum'). */
function rankByDraft(rows: MatchRow[], score: (r: MatchRow) => number, how: 'min' | 'sum'): Ranked[] {
  const by = new Map<string, Ranked & { bestScore: number }>();
  for (const r of rows) {
    const s = score(r);
    const cur = by.get(r.draft_id);
    if (!cur) {
      by.set(r.draft_id, { draftId: r.draft_id, score: s, count: 1, best: r, bestScore: s });
      continue;
    }
    cur.count++;
    cur.score = how === 'min' ? Math.min(cur.score, s) : cur.score + s;
    const curIsTitle = cur.best.key === '#title';
    const isTitle = r.key === '#title';
    if ((curIsTitle && !isTitle) || (curIsTitle === isTitle && s < cur.bestScore)) {
      cur.best = r;
      cur.bestScore = s;
    }
  }
  return [...by.values()].sort((a, b) => a.score - b.score || (a.draftId < b.draftId ? -1 : 1));
}

function sectionOf(key: string): string | null {
  if (key.startsWith('#')) return null;
  return key.replace(/[~#].*$/, '');
}

export function splitTerms(q: string): string[] {
  return [...new Set(q.trim().slice(0, 200).split(/\s+/).filter(Boolean))].slice(0, 8);
}

/** snippet() output with START/END markers → segments. */
export function fromMarkers(s: string): Segment[] {
  const out: Segment[] = [];
  let hit = false;
  let buf = '';
  for (const ch of s) {
    if (ch === START || ch === END) {
      if (buf) out.push({ text: buf, hit });
      buf = '';
      hit = ch === START;
    } else buf += ch === '\n' ? ' ' : ch;
  }
  if (buf) out.push({ text: buf, hit });
  return merge(out);
}

/** Highlight every occurrence of the terms (short ones are not marked by FTS5). */
export function markShortTerms(segments: Segment[], terms: string[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.hit) {
      out.push(seg);
      continue;
    }
    let rest = seg.text;
    while (rest) {
      let at = -1;
      let len = 0;
      for (const t of terms) {
        const i = rest.toLowerCase().indexOf(t.toLowerCase());
        if (i >= 0 && (at < 0 || i < at)) (at = i), (len = t.length);
      }
      if (at < 0) {
        out.push({ text: rest, hit: false });
        break;
      }
      if (at > 0) out.push({ text: rest.slice(0, at), hit: false });
      out.push({ text: rest.slice(at, at + len), hit: true });
      rest = rest.slice(at + len);
    }
  }
  return merge(out);
}

function merge(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const last = out[out.length - 1];
    if (last && last.hit === s.hit) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
