/**
 * 永久删除 takes the draft and its whole history out of the database: a whole-file backup is made
 * first, and the purged draft can be read back from it.
 */
import { afterAll, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { openServices } from '../helpers/services';

const { call, close } = openServices();
afterAll(close);

test('a purge backup holding the draft is made before the draft is gone', async () => {
  const draft = await call('drafts.create', { templateId: 'fazhi-annual' });
  await call('drafts.delete', { id: draft.id });
  expect((await call('backup.list', {})).backups.filter((b: { reason: string }) => b.reason === 'purge')).toEqual([]);

  await call('drafts.purge', { id: draft.id, confirm: true });

  await expect(call('drafts.get', { id: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  const backups = (await call('backup.list', {})).backups.filter((b: { reason: string }) => b.reason === 'purge');
  expect(backups).toHaveLength(1);
  const copy = new Database(backups[0].file, { readonly: true });
  try {
    const row = copy.prepare('SELECT id FROM drafts WHERE id = ?').get(draft.id);
    expect(row).toEqual({ id: draft.id });
  } finally {
    copy.close();
  }
});

test('an unknown draft is NOT_FOUND and no backup is made for it', async () => {
  const before = (await call('backup.list', {})).backups.length;
  await expect(call('drafts.purge', { id: 'no-such-draft', confirm: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect((await call('backup.list', {})).backups.length).toBe(before);
});
