/**
 * Storage figures on a real SQLite file holding 1,000 drafts of 20 revisions each (999 reports of
 * about 5,000 characters plus one of 50,000), built through the store itself:
 *
 * - save of the 50,000-character draft (one paragraph changed per save, as when typing), at the
 *   store and through the handler table (which adds the contract's zod check of the document);
 * - the same save when it also keeps a history snapshot (once per five minutes of typing);
 * - list of drafts; a three-character search; a one-character search (LIKE fallback).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measure, row, stats, type BenchRow } from './lib';
import { openDatabase } from '../electron/store/database';
import { Storage } from '../electron/store/storage';
import { createContext, createHandlers, dispatch } from '../electron/services/index';
import { documentChars } from '../shared/text-stats';
import { paragraph, type ReportDocument, type Section } from '../shared/model/document';
import { FakeClock, reportOfSize } from '../test/helpers/storage';

const DRAFTS = 1_000;
const REVISIONS = 20;

/** Change one paragraph in the middle, as a clerk typing would. */
function typed(doc: ReportDocument, i: number): ReportDocument {
  const next = structuredClone(doc);
  const slot = next.body.filter((b): b is Section => b.type === 'section')[Math.abs(i) % 3]!;
  const sub = slot.children[Math.min(2, slot.children.length - 1)] as Section;
  const at = Math.min(1, sub.children.length - 1);
  const p = sub.children[at]!;
  if (p.type === 'paragraph') sub.children[at] = paragraph(p.runs.map((r) => r.text).join('') + '字');
  return next;
}

export default async function storageBench(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));
  const clock = new FakeClock();
  try {
    const db = openDatabase(dir);
    const s = new Storage(db, dir, undefined, { now: clock.now });
    process.stderr.write(`  建库：${DRAFTS} 份草稿 × ${REVISIONS} 个历史版本 …\n`);
    const t0 = performance.now();
    let bigId = '';
    let big: ReportDocument | null = null;
    for (let i = 0; i < DRAFTS; i++) {
      const isBig = i === DRAFTS / 2;
      const base = reportOfSize(isBig ? 50_000 : 5_000, i * 7, 2020 + (i % 5));
      db.transaction(() => {
        const d = s.drafts.create(base);
        let rev = d.revision;
        let doc = base;
        // Each save lands six minutes after the last, so every one keeps a snapshot: 20 in all.
        for (let r = 0; r < REVISIONS; r++) {
          clock.advance(6);
          doc = typed(doc, r);
          rev = s.drafts.save(d.id, rev, doc).revision;
        }
        if (isBig) {
          bigId = d.id;
          big = doc;
        }
      })();
    }
    const buildMs = performance.now() - t0;
    const revisions = (db.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }).n;
    const sizeMb = (fs.statSync(path.join(dir, 'gongwen.db')).size + fs.statSync(path.join(dir, 'gongwen.db-wal')).size) / 1e6;
    db.pragma('wal_checkpoint(TRUNCATE)');
    process.stderr.write(`  建库用时 ${(buildMs / 1000).toFixed(1)} s，历史版本 ${revisions} 条，文件约 ${sizeMb.toFixed(0)} MB\n`);

    const bigChars = documentChars(big!);

    const where = `${bigChars.toLocaleString('en')}-character draft; DB: ${DRAFTS.toLocaleString('en')} drafts × ${REVISIONS} revisions (${revisions.toLocaleString('en')} snapshots, ~${sizeMb.toFixed(0)} MB)`;
    const rows: BenchRow[] = [];

    // Typing: two versions of the document that differ in one paragraph, saved in turn, so every
    // save changes one section (building them is the editor's work, not timed here). As in the
    // app, a WAL checkpoint runs between saves (every 2 s there; every 3rd save here), timed apart.
    const docs = [typed(big!, 0), typed(typed(big!, 0), 0)];
    let rev = s.drafts.get(bigId).revision;
    clock.advance(1);
    s.db.pragma('wal_autocheckpoint = 4000');
    const handlers = createHandlers(createContext(db, dir, { saveExport: async () => null }));
    const saveOnce = (i: number) => (rev = s.drafts.save(bigId, rev, docs[i % 2]!).revision);
    const viaHandlers = async (i: number) => {
      rev = ((await dispatch(handlers, 'drafts.save', { id: bigId, baseRevision: rev, doc: docs[i % 2] })) as { revision: number })
        .revision;
    };
    const checkpoints: number[] = [];
    const timeSaves = async (n: number, fn: (i: number) => unknown): Promise<number[]> => {
      const samples: number[] = [];
      for (let i = 0; i < n + 20; i++) {
        const t0 = performance.now();
        await fn(i);
        if (i >= 20) samples.push(performance.now() - t0);
        if (i % 3 === 2) {
          const c0 = performance.now();
          if (s.checkpointIfWritten()) checkpoints.push(performance.now() - c0);
        }
      }
      return samples;
    };
    rows.push(row('save (store)', where, stats(await timeSaves(1000, saveOnce)), 'p99 ≤ 5 ms'));
    rows.push(row('save via handler table (+ zod check)', where, stats(await timeSaves(500, viaHandlers)), 'p99 ≤ 5 ms'));
    rows.push(row('WAL checkpoint between saves (not in a save)', 'after 3 saves of the draft above', stats(checkpoints)));
    const withSnapshot = await timeSaves(200, (i) => {
      clock.advance(6);
      return saveOnce(i);
    });
    rows.push(row('save that also keeps a snapshot (every 5 min)', where, stats(withSnapshot)));

    const list = await measure(() => s.drafts.list({}), { iterations: 200, warmup: 10 });
    rows.push(row('list drafts', `${DRAFTS.toLocaleString('en')} drafts, all listed`, list, '≤ 10 ms'));
    const listYear = await measure(() => s.drafts.list({ year: 2022 }), { iterations: 200, warmup: 10 });
    rows.push(row('list drafts, one year', `${DRAFTS.toLocaleString('en')} drafts, year filter (200 listed)`, listYear, '≤ 10 ms'));

    const searches: [string, string, string | undefined][] = [
      ['行政复', 'three-character search, common (in every draft)', '≤ 20 ms'],
      ['案卷评', 'three-character search, common (in every draft)', '≤ 20 ms'],
      ['第3部分第7项', 'seven-character search', '≤ 20 ms'],
      ['法', 'one-character search (LIKE), in every draft', undefined],
      ['村', 'one-character search (LIKE), in every draft', undefined],
      ['鑫', 'one-character search (LIKE), no hit', undefined],
    ];
    for (const [q, label, goal] of searches) {
      const probe = s.search.query(q);
      const st = await measure(() => s.search.query(q), { iterations: 50, warmup: 3 });
      rows.push(
        row(
          `search “${q}”`,
          `${label}; ${probe.total} drafts match, top 50 with snippets; ${DRAFTS.toLocaleString('en')} drafts`,
          st,
          goal,
        ),
      );
    }
    s.close();
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
