/**
 * Crash test: a child process (Node 22, the real store code) saves a draft in a loop and is
 * killed with SIGKILL at a random moment, 60 times. After every kill the database opens through
 * the real start-up path, `integrity_check` is ok, and the last save the child acknowledged
 * (printed after its commit returned) is there — or the one after it, if the kill landed between
 * commit and acknowledgement. Never anything older, never a torn document.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { openStore } from '../../electron/store/open-store';
import { Storage } from '../../electron/store/storage';
import { runsText, type Section } from '../../shared/model/document';
import { rm, tempDir } from '../helpers/paths';
import { newReport, openStorage } from '../helpers/storage';
import { bundleForChild } from '../helpers/build-child';

const KILLS = 60;
let dir: string;
let child: string;
let draftId: string;

beforeAll(async () => {
  child = await bundleForChild('test/helpers/store-child.ts', 'crash-child');
  dir = tempDir('gongwen-crash-');
  const s = openStorage(dir);
  draftId = s.drafts.create(newReport()).id;
  s.close();
});
afterAll(() => {
  rm(dir);
  rm(child);
});

interface Ack {
  revision: number;
  /** The first paragraph of the first section as that revision holds it ("标记<marker>", or the template's text before any save). */
  text: string;
}

/** Start the child, let it save for a random while, SIGKILL it; return its last acknowledgement. */
function runAndKill(killAfterMs: number): Promise<{ last: Ack | null; acks: number }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, 'save-loop', dir, draftId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // Start the clock once the child is saving, so every kill lands during the loop.
      if (!timer && out.includes('ready')) timer = setTimeout(() => p.kill('SIGKILL'), killAfterMs);
    });
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself (${code}): ${err}`));
      const acks = [...out.matchAll(/^ack (\d+) (\S+)$/gm)];
      const m = acks.at(-1);
      resolve({ last: m ? { revision: Number(m[1]), text: `标记${m[2]!}` } : null, acks: acks.length });
    });
    p.on('error', reject);
  });
}

test(`the last acknowledged save survives ${KILLS} SIGKILLs, and the file is never damaged`, async () => {
  let lastKnown: Ack | null = null;
  let totalAcks = 0;
  let afterUnacked = 0;
  for (let i = 0; i < KILLS; i++) {
    const { last, acks } = await runAndKill(5 + Math.floor(Math.random() * 120));
    totalAcks += acks;
    if (last) lastKnown = last;

    const opened = await openStore(dir);
    await opened.dailyBackup;
    const s = new Storage(opened.db, dir, opened.status);
    try {
      expect(opened.status.recovered, `kill ${i}: start-up had to recover`).toBeNull();
      expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
      // FTS5's own check that the index matches its content table (throws if not).
      s.db.prepare("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)").run();
      const d = s.drafts.get(draftId);
      const first = d.doc.body.find((b): b is Section => b.type === 'section')!;
      const markerText = first.children[0] && first.children[0].type === 'paragraph' ? runsText(first.children[0].runs) : '';
      if (lastKnown) {
        // The acknowledged save, or the one the kill interrupted after its commit.
        expect([lastKnown.revision, lastKnown.revision + 1], `kill ${i}`).toContain(d.revision);
        if (d.revision === lastKnown.revision) expect(markerText).toBe(lastKnown.text);
        else afterUnacked++;
        // The search index agrees with the stored document (once a save has written a marker: two
        // kills in a row may both land before the first save of a slow start).
        if (markerText.startsWith('标记')) expect(s.search.query(markerText.slice(2)).hits.map((h) => h.draftId)).toEqual([draftId]);
      }
      // History only ever holds whole documents.
      for (const v of s.history.list(draftId).versions.slice(0, 3))
        expect(s.history.get(draftId, v.revision).doc.meta.templateId).toBe('fazhi-annual');
      lastKnown = { revision: d.revision, text: markerText };
    } finally {
      s.close();
    }
  }
  // The kills really landed while saving: many saves were acknowledged across the runs.
  expect(totalAcks).toBeGreaterThan(KILLS);
  console.log(
    `crash test: ${KILLS} kills, ${totalAcks} acknowledged saves, ${afterUnacked} kills fell between a commit and its acknowledgement`,
  );
}, 240_000);
