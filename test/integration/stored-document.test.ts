/**
 * A stored draft that no longer passes today's limits still opens (the clerk sees what to fix);
 * one that is not a document at all gets a clear Chinese message, not "程序内部出错".
 */
import { afterAll, expect, test } from 'vitest';
import { readStoredDocument } from '../../electron/store/stored-document';
import { openServices } from '../helpers/services';

const { db, call, close } = openServices();
afterAll(close);

test('a draft stored before a limit tightened opens, and saving it names the problem', async () => {
  const draft = await call('drafts.create', { templateId: 'fazhi-annual' });
  const doc = structuredClone(draft.doc);
  doc.body[0].heading = '很长的标题'.repeat(500); // 2,500 characters: over today's 2,000
  db.prepare('UPDATE draft_docs SET doc_json = ? WHERE draft_id = ?').run(JSON.stringify(doc), draft.id);

  const opened = await call('drafts.get', { id: draft.id });
  expect(opened.doc.body[0].heading).toHaveLength(2_500);
  await expect(call('drafts.save', { id: draft.id, baseRevision: opened.revision, doc: opened.doc })).rejects.toMatchObject({
    code: 'BAD_INPUT',
    message: expect.stringMatching(/标题过长/),
  });
});

test('a stored value that is not a document is refused in Chinese', () => {
  expect(() => readStoredDocument('{not json')).toThrow(/已损坏/);
  expect(() => readStoredDocument(JSON.stringify({ schemaVersion: 1, meta: {} }))).toThrow(/已损坏/);
  expect(() => readStoredDocument(JSON.stringify({ schemaVersion: 99, meta: {}, lead: [], body: [] }))).toThrow(/已损坏/);
});

test('a stored draft nested deeper than any save could make (a crafted data package) is refused in Chinese, not a stack overflow', async () => {
  const draft = await call('drafts.create', { templateId: 'fazhi-annual' });
  const open = (d: number) => `{"type":"section","id":"s${d}","level":1,"heading":"","runIn":false,"children":[`;
  const deep = Array.from({ length: 20_000 }, (_, i) => open(i)).join('') + ']}'.repeat(20_000);
  const json = JSON.stringify({ ...draft.doc, body: ['@'] }).replace('"@"', deep);
  db.prepare('UPDATE draft_docs SET doc_json = ? WHERE draft_id = ?').run(json, draft.id);
  await expect(call('drafts.get', { id: draft.id })).rejects.toMatchObject({ code: 'DB_CORRUPT', message: expect.stringMatching(/已损坏/) });
  await expect(call('check.run', { id: draft.id })).rejects.toMatchObject({ code: 'DB_CORRUPT' });
});
