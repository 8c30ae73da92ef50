/**
 * 复制 on a real SQLite file: the copy has the same text and the clerk's decisions about it (忽略,
 * the notes not yet dismissed); its history starts anew; the 发文字号 stays with the original; the
 * original is untouched. The first test knows what a copy does with every table that holds
 * per-draft rows, so a new one cannot be forgotten.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { DraftNotes, DraftRecord } from '../../shared/contract/drafts';
import { openServices, type ServicesUnderTest } from '../helpers/services';
import { SEEDS_DIR } from '../helpers/paths';

let svc: ServicesUnderTest;
beforeEach(() => {
  svc = openServices('gongwen-copy-');
});
afterEach(() => svc.close());

/** What 复制 does with each table holding rows of one draft. */
const PER_DRAFT: Record<string, 'copied' | 'new' | 'kept with the original'> = {
  draft_docs: 'copied',
  draft_notes: 'copied',
  proof_ignored: 'copied',
  search_chunks: 'new',
  revisions: 'new',
  doc_numbers: 'kept with the original',
};

test('every table with rows of a draft is known to 复制', () => {
  const tables = (svc.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
  const perDraft = tables.filter((t) =>
    (svc.db.prepare(`PRAGMA foreign_key_list("${t}")`).all() as { table: string }[]).some((fk) => fk.table === 'drafts'),
  );
  expect(perDraft.sort()).toEqual(Object.keys(PER_DRAFT).sort());
});

test('a copy carries the text, 忽略 and the open notes; new history; no 发文字号; the original untouched', async () => {
  const imported = (
    await svc.call('drafts.import', {
      fileName: 'furong.txt',
      dataBase64: fs.readFileSync(path.join(SEEDS_DIR, 'furong-2019.txt')).toString('base64'),
    })
  ).draft as DraftRecord;
  const id = imported.id;
  await svc.call('proofread.ignore', { draftId: id, keys: ['punct:0:12:，', 'word:3:4:截止'] });
  await svc.call('numbers.take', { draftId: id, code: '芙政', year: 2020 });
  const original = (await svc.call('drafts.get', { id })) as DraftRecord;
  const notes = ((await svc.call('drafts.notes', { id })) as { notes: DraftNotes | null }).notes;
  expect(notes).not.toBeNull();

  const copy = (await svc.call('drafts.copy', { id })) as DraftRecord;
  expect(copy.id).not.toBe(id);
  expect({ ...copy.doc, meta: { ...copy.doc.meta, title: '', docNumber: null } }).toEqual({
    ...original.doc,
    meta: { ...original.doc.meta, title: '', docNumber: null },
  });
  expect(copy.doc.meta.docNumber).toBeNull();
  const holders = (svc.db.prepare('SELECT draft_id FROM doc_numbers').all() as { draft_id: string }[]).map((r) => r.draft_id);
  expect(holders).toEqual([id]);
  expect(((await svc.call('proofread.ignored', { draftId: copy.id })) as { keys: string[] }).keys.sort()).toEqual(
    ['punct:0:12:，', 'word:3:4:截止'].sort(),
  );
  expect(((await svc.call('drafts.notes', { id: copy.id })) as { notes: DraftNotes | null }).notes).toEqual(notes);
  const history = (await svc.call('history.list', { id: copy.id })) as { versions: unknown[] };
  expect(history.versions).toHaveLength(1);
  // Searching finds both.
  const found = (await svc.call('search.query', { q: '芙蓉区' })) as { hits: { draftId: string }[] };
  expect(new Set(found.hits.map((h) => h.draftId))).toEqual(new Set([id, copy.id]));

  // Decisions on the copy are the copy's own.
  await svc.call('proofread.unignore', { draftId: copy.id });
  await svc.call('drafts.dismissNotes', { id: copy.id });
  expect(((await svc.call('proofread.ignored', { draftId: id })) as { keys: string[] }).keys).toHaveLength(2);
  expect(((await svc.call('drafts.notes', { id })) as { notes: DraftNotes | null }).notes).toEqual(notes);
  expect(((await svc.call('drafts.get', { id })) as DraftRecord).revision).toBe(original.revision);
});
