/**
 * Full-text search over titles and body text: FTS5 with the trigram tokenizer (any substring of
 * three or more characters, which suits Chinese without a word segmenter). Queries with a term of
 * one or two characters cannot use trigrams and fall back to LIKE over the same chunks.
 *
 * The index has one row per chunk (see doc-text.ts); `sync` runs inside the save's transaction
 * and touches only chunks whose text changed, so the index is never behind the drafts.
 */
import type { DB } from './sqlite';
import type { DraftStatus } from '../../shared/contract/drafts';
import { filterWhere, type DraftFilter } from './filters';
import { CHUNKER_VERSION, type TextChunk } from './doc-text';
import { writeTransaction } from './sqlite-errors';

type SearchFilter = DraftFilter;

interface Segment {
  text: string;
  hit: boolean;
}

interface SearchHit {
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

interface SearchResult {
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

/**
 * Chunk ids carry their draft: id = n × 2^16 + slot, where n is the draft's `draft_docs.n`. A
 * search then groups FTS matches by draft from the rowid alone, without joining 10,000 matching
 * rows to two tables. Slot 0 is the title.
 */
const SLOTS = 1 << 16;
const draftOf = (id: number) => Math.floor(id / SLOTS);
const isTitleChunk = (id: number) => id % SLOTS === 0;

interface LiveDraft {
  n: number;
  id: string;
  title: string;
  year: number;
  template_id: string;
  status: DraftStatus;
  updated_at: string;
}

interface Match {
  id: number;
  score: number;
}

interface Ranked {
  draft: LiveDraft;
  score: number;
  count: number;
  /** The chunk to show: the best-scoring body chunk, or the title when only the title matches. */
  best: Match;
}

export class SearchIndex {
  private readonly stmt;

  constructor(private readonly db: DB) {
    this.stmt = {
      docN: db.prepare<[string], { n: number }>('SELECT n FROM draft_docs WHERE draft_id = ?'),
      chunks: db.prepare<[string], ChunkRow>('SELECT id, key, ord, heading, text FROM search_chunks WHERE draft_id = ?'),
      insert: db.prepare('INSERT INTO search_chunks (id, draft_id, key, ord, heading, text) VALUES (?, ?, ?, ?, ?, ?)'),
      updateText: db.prepare('UPDATE search_chunks SET text = ?, ord = ?, heading = ? WHERE id = ?'),
      updateMeta: db.prepare('UPDATE search_chunks SET ord = ?, heading = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM search_chunks WHERE id = ?'),
    };
  }

  /** Bring a draft's chunks in line with its document. Call inside the save's transaction. */
  sync(draftId: string, chunks: readonly TextChunk[]): void {
    const n = this.stmt.docN.get(draftId)?.n;
    if (n === undefined) return;
    const rows = this.stmt.chunks.all(draftId);
    const existing = new Map(rows.map((r) => [r.key, r]));
    const used = new Set(rows.map((r) => r.id % SLOTS));
    let next = Math.max(0, ...used) + 1;
    const freeSlot = (key: string): number => {
      if (key === '#title' && !used.has(0)) return 0;
      if (next >= SLOTS) for (next = 1; used.has(next); next++);
      while (used.has(next)) next++;
      return next++;
    };
    chunks.forEach((c, ord) => {
      const old = existing.get(c.key);
      existing.delete(c.key);
      if (!old) {
        const slot = freeSlot(c.key);
        used.add(slot);
        this.stmt.insert.run(n * SLOTS + slot, draftId, c.key, ord, c.heading, c.text);
      } else if (old.text !== c.text) this.stmt.updateText.run(c.text, ord, c.heading, old.id);
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
      this.db
        .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run(key, CHUNKER_VERSION);
    });
  }

  query(q: string, filter: SearchFilter = {}, limit = 50): SearchResult {
    const terms = splitTerms(q);
    if (terms.length === 0) return { mode: 'fts', total: 0, hits: [] };
    const long = terms.filter((t) => [...t].length >= 3);
    const short = terms.filter((t) => [...t].length < 3);
    const likes = short.map((t) => `%${t.replace(/[\\%_]/g, (m) => '\\' + m)}%`);
    const likeSql = short.map(() => `c.text LIKE ? ESCAPE '\\'`).join(' AND ');
    const live = this.liveDrafts(filter);
    if (long.length) {
      const match = long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
      const rows = (
        short.length
          ? this.db
              .prepare(
                `SELECT c.id, bm25(search_fts) AS score FROM search_fts JOIN search_chunks c ON c.id = search_fts.rowid WHERE search_fts MATCH ? AND ${likeSql}`,
              )
              .all(match, ...likes)
          : this.db.prepare('SELECT rowid AS id, bm25(search_fts) AS score FROM search_fts WHERE search_fts MATCH ?').all(match)
      ) as Match[];
      // bm25 is lower-is-better (negative); a title hit is weighted up. A draft ranks by its best chunk.
      const ranked = rankByDraft(rows, live, (m) => (isTitleChunk(m.id) ? m.score * TITLE_WEIGHT : m.score), 'min');
      const top = ranked.slice(0, limit);
      const marked = this.byIds<{ id: number; s: string }>(
        top.map((t) => t.best.id),
        (ids) =>
          `SELECT rowid AS id, snippet(search_fts, 0, '${START}', '${END}', '…', 48) AS s FROM search_fts WHERE search_fts MATCH ? AND rowid IN (${ids})`,
        [match],
      );
      return {
        mode: 'fts',
        total: ranked.length,
        hits: this.hits(top, (id) => markShortTerms(fromMarkers(marked.get(id)?.s ?? ''), terms)),
      };
    }
    // One- and two-character terms: LIKE over the chunks. A draft ranks by how many of its
    // sections match (the title counting more).
    const rows = this.db.prepare(`SELECT c.id, 0 AS score FROM search_chunks c WHERE ${likeSql}`).all(...likes) as Match[];
    const ranked = rankByDraft(rows, live, (m) => -(isTitleChunk(m.id) ? TITLE_WEIGHT : 1), 'sum');
    const top = ranked.slice(0, limit);
    const t0 = terms[0]!;
    const around = this.byIds<{ id: number; s: string; pre: number; len: number }>(
      top.map((t) => t.best.id),
      (ids) => `SELECT id, substr(text, max(1, instr(text, ?) - ${SNIPPET_CONTEXT}), ${SNIPPET_CONTEXT * 2} + length(?)) AS s,
                       instr(text, ?) > ${SNIPPET_CONTEXT + 1} AS pre, length(text) AS len FROM search_chunks WHERE id IN (${ids})`,
      [t0, t0, t0],
    );
    return {
      mode: 'like',
      total: ranked.length,
      hits: this.hits(top, (id) => {
        const r = around.get(id);
        if (!r) return [];
        const tail = r.pre ? r.len > r.s.length + SNIPPET_CONTEXT : r.len > r.s.length;
        return markShortTerms([{ text: (r.pre ? '…' : '') + r.s.replace(/\s+/g, ' ') + (tail ? '…' : ''), hit: false }], terms);
      }),
    };
  }

  /** Live drafts passing the filters, by `n`. ~1,000 rows from a covering index: well under a ms. */
  private liveDrafts(filter: SearchFilter): Map<number, LiveDraft> {
    const { where, args } = filterWhere(filter, 'd.');
    const rows = this.db
      .prepare(
        `SELECT dd.n, d.id, d.title, d.year, d.template_id, d.status, d.updated_at
         FROM drafts d JOIN draft_docs dd ON dd.draft_id = d.id WHERE ${where}`,
      )
      .all(...args) as LiveDraft[];
    return new Map(rows.map((r) => [r.n, r]));
  }

  private byIds<R extends { id: number }>(ids: number[], sql: (placeholders: string) => string, args: unknown[]): Map<number, R> {
    if (!ids.length) return new Map();
    const rows = this.db.prepare(sql(ids.map(() => '?').join(','))).all(...args, ...ids) as R[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  private hits(top: Ranked[], snippet: (chunkId: number) => Segment[]): SearchHit[] {
    const where = this.byIds<{ id: number; key: string; heading: string }>(
      top.map((t) => t.best.id),
      (ids) => `SELECT id, key, heading FROM search_chunks WHERE id IN (${ids})`,
      [],
    );
    return top.map(({ draft: d, count, best }) => {
      const chunk = where.get(best.id);
      return {
        draftId: d.id,
        title: d.title,
        year: d.year,
        templateId: d.template_id,
        status: d.status,
        updatedAt: d.updated_at,
        matches: count,
        sectionId: chunk ? sectionOf(chunk.key) : null,
        heading: chunk?.heading ?? '',
        snippet: snippet(best.id),
      };
    });
  }
}

/** Group chunk matches by draft (live ones only): best chunk ('min') or all of them ('sum'). */
function rankByDraft(rows: Match[], live: Map<number, LiveDraft>, score: (m: Match) => number, how: 'min' | 'sum'): Ranked[] {
  const by = new Map<number, Ranked & { bestScore: number }>();
  for (const m of rows) {
    const n = draftOf(m.id);
    const draft = live.get(n);
    if (!draft) continue;
    const s = score(m);
    const cur = by.get(n);
    if (!cur) {
      by.set(n, { draft, score: s, count: 1, best: m, bestScore: s });
      continue;
    }
    cur.count++;
    cur.score = how === 'min' ? Math.min(cur.score, s) : cur.score + s;
    const curIsTitle = isTitleChunk(cur.best.id);
    const isTitle = isTitleChunk(m.id);
    if ((curIsTitle && !isTitle) || (curIsTitle === isTitle && s < cur.bestScore)) {
      cur.best = m;
      cur.bestScore = s;
    }
  }
  return [...by.values()].sort((a, b) => a.score - b.score || b.count - a.count || (a.draft.updated_at < b.draft.updated_at ? 1 : -1));
}

function sectionOf(key: string): string | null {
  if (key.startsWith('#')) return null;
  const cut = key.search(/[~#]/);
  return cut < 0 ? key : key.slice(0, cut);
}

function splitTerms(q: string): string[] {
  return [...new Set(q.trim().slice(0, 200).split(/\s+/).filter(Boolean))].slice(0, 8);
}

/** snippet() output with START/END markers → segments. */
function fromMarkers(s: string): Segment[] {
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
function markShortTerms(segments: Segment[], terms: string[]): Segment[] {
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
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
          len = t.length;
        }
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
