/**
 * A separate process working on a data folder, for tests that need a real second process:
 *
 *   save-loop <dataDir> <draftId>   save the draft over and over; after each commit print
 *                                   "ack <revision> <marker>" (the crash test kills it at random)
 *   take <dataDir> <draftId> <n>    take n 发文字号 for (互政, 2025), print each seq
 *
 * Bundled by `buildStoreChild()` and run with process.execPath (Node 22).
 */
import { writeSync } from 'node:fs';
import { openStore } from '../../electron/store/open-store';
import { Storage } from '../../electron/store/storage';
import { paragraph, type Section } from '../../shared/model/document';

async function main(): Promise<void> {
  const [mode, dataDir, draftId, count] = process.argv.slice(2);
  const opened = await openStore(dataDir!);
  const storage = new Storage(opened.db, dataDir!, opened.status);
  await opened.dailyBackup;
  if (mode === 'take') {
    for (let i = 0; i < Number(count); i++) {
      const r = storage.numbers.take(draftId!, '互政', 2025);
      writeSync(1, `${r.number.seq}\n`);
    }
    storage.close();
    return;
  }
  // save-loop: every save writes a new marker into the first section and grows/shrinks the text,
  // so pages of the document, the index and the history all change.
  let { revision, doc } = storage.drafts.get(draftId!);
  writeSync(1, `ready ${revision}\n`);
  for (let i = 0; ; i++) {
    const marker = `${process.pid}-${i}`;
    const next = structuredClone(doc);
    const first = next.body.find((b): b is Section => b.type === 'section')!;
    const filler = '依法行政'.repeat(200 + ((i * 37) % 2000));
    first.children = [paragraph(`标记${marker}`), paragraph(filler)];
    const r = storage.drafts.save(draftId!, revision, next);
    revision = r.revision;
    doc = next;
    // Acknowledged only after the commit returned: the test expects at least this revision back.
    writeSync(1, `ack ${revision} ${marker}\n`);
  }
}

main().catch((err) => {
  writeSync(2, `${String(err?.stack ?? err)}\n`);
  process.exit(1);
});
