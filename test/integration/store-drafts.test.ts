/**
 * Drafts and their history on a real SQLite file: create, copy, filters, rename, status, the
 * 回收站, conflicts, coalesced snapshots, named versions, restore (history only grows).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AppError } from '../../shared/errors';
import { documentChars } from '../../shared/text-stats';
import { outlineOf } from '../../shared/check/progress';
import type { Storage } from '../../electron/store/storage';
import { rm, tempDir } from '../helpers/paths';
import { FakeClock, newReport, openStorage, withText } from '../helpers/storage';

let dir: string;
let clock: FakeClock;
let s: Storage;

beforeEach(() => {
  dir = tempDir('gongwen-drafts-');
  clock = new FakeClock();
  s = openStorage(dir, { now: clock.now });
});
afterEach(() => {
  s.close();
  rm(dir);
});

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? `${err.code}: ${err.message}` : String(err);
  }
  return 'no error';
}

describe('drafts', () => {
  test('create, save, get: the saved document comes back and the revision counts up', () => {
    const d = s.drafts.create(newReport());
    expect(d.revision).toBe(1);
    const doc = withText(d.doc, '全年办理行政复议案件 一百二十件。\u3000');
    const r = s.drafts.save(d.id, 1, doc);
    expect(r.revision).toBe(2);
    const back = s.drafts.get(d.id);
    expect(back.doc).toEqual(doc);
    // The 草稿箱's 字数 is the navigator's 全文 count: spaces do not count.
    expect(back.chars).toBe(documentChars(doc));
    expect(back.chars).toBe(outlineOf(doc).total);
    expect(documentChars(doc) - documentChars(d.doc)).toBe(16);
    expect(s.drafts.list({}).find((x) => x.id === d.id)?.chars).toBe(back.chars);
  });

  test('a save based on an old revision is refused as a conflict and changes nothing', () => {
    const d = s.drafts.create(newReport());
    s.drafts.save(d.id, 1, withText(d.doc, '窗口一的内容'));
    const msg = code(() => s.drafts.save(d.id, 1, withText(d.doc, '窗口二的内容')));
    expect(msg).toMatch(/^CONFLICT: .*未写入/);
    expect(JSON.stringify(s.drafts.get(d.id).doc)).toContain('窗口一的内容');
    expect(s.drafts.get(d.id).revision).toBe(2);
  });

  test('list filters by year, template and status; deleted drafts are only in the 回收站', () => {
    const a = s.drafts.create(newReport(2023));
    const b = s.drafts.create(newReport(2024));
    const c = s.drafts.create(newReport(2024));
    s.drafts.setStatus(c.id, '已定稿');
    expect(
      s.drafts
        .list({})
        .map((d) => d.id)
        .sort(),
    ).toEqual([a.id, b.id, c.id].sort());
    expect(
      s.drafts
        .list({ year: 2024 })
        .map((d) => d.id)
        .sort(),
    ).toEqual([b.id, c.id].sort());
    expect(s.drafts.list({ status: '已定稿' }).map((d) => d.id)).toEqual([c.id]);
    expect(s.drafts.list({ templateId: 'request' })).toEqual([]);
    expect(s.drafts.facets()).toEqual({ years: [2024, 2023], templateIds: ['fazhi-annual'] });

    s.drafts.remove(b.id);
    expect(s.drafts.list({ year: 2024 }).map((d) => d.id)).toEqual([c.id]);
    expect(s.drafts.trash().map((d) => d.id)).toEqual([b.id]);
    expect(s.drafts.get(b.id).deletedAt).toBeTruthy();
    s.drafts.restore(b.id);
    expect(s.drafts.trash()).toEqual([]);
    expect(s.drafts.list({ year: 2024 })).toHaveLength(2);
  });

  test('permanent delete only from the 回收站, and it takes the history with it', () => {
    const d = s.drafts.create(newReport());
    expect(code(() => s.drafts.purge(d.id))).toMatch(/只能永久删除回收站中的草稿/);
    s.drafts.remove(d.id);
    s.drafts.purge(d.id);
    expect(code(() => s.drafts.get(d.id))).toMatch(/^NOT_FOUND/);
    expect(s.db.prepare('SELECT count(*) AS n FROM revisions WHERE draft_id = ?').get(d.id)).toEqual({ n: 0 });
    expect(s.db.prepare('SELECT count(*) AS n FROM search_chunks WHERE draft_id = ?').get(d.id)).toEqual({ n: 0 });
  });

  test('copy: same content, new id, title marked, 发文字号 stays with the original', () => {
    const d = s.drafts.create(newReport());
    const doc = withText(d.doc, '原稿正文');
    doc.meta.docNumber = { code: '互政', year: 2025, seq: 3 };
    s.drafts.save(d.id, 1, doc);
    const c = s.drafts.copy(d.id);
    expect(c.id).not.toBe(d.id);
    expect(c.doc.meta.title).toBe(`${doc.meta.title}（副本）`);
    expect(c.doc.meta.docNumber).toBeNull();
    expect(c.doc.body).toEqual(doc.body);
    expect(s.history.list(c.id).versions[0]!.note).toContain('复制自');
  });

  test('rename bumps the revision, so an editor still holding the old one gets a conflict', () => {
    const d = s.drafts.create(newReport());
    const r = s.drafts.rename(d.id, '关于2024年度法治政府建设情况的报告（修改）');
    expect(r.revision).toBe(2);
    expect(s.drafts.get(d.id).doc.meta.title).toBe('关于2024年度法治政府建设情况的报告（修改）');
    expect(code(() => s.drafts.save(d.id, 1, d.doc))).toMatch(/^CONFLICT/);
  });
});

describe('history', () => {
  test('autosaves are coalesced: one snapshot per few minutes of typing, not one per save', () => {
    const d = s.drafts.create(newReport());
    let rev = 1;
    // 30 minutes of typing, a save every 10 seconds: 180 saves.
    for (let i = 0; i < 180; i++) {
      clock.advance(1 / 6);
      rev = s.drafts.save(d.id, rev, withText(d.doc, `第${i}次修改`)).revision;
    }
    const { versions, current } = s.history.list(d.id);
    expect(current.revision).toBe(181);
    // create + one every 5 minutes of the 30.
    expect(versions.length).toBeGreaterThanOrEqual(6);
    expect(versions.length).toBeLessThanOrEqual(8);
    const times = versions.map((v) => Date.parse(v.createdAt)).reverse();
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(5 * 60_000 - 10_000);
  });

  test('the state before a pause is kept when work resumes the next day', () => {
    const d = s.drafts.create(newReport());
    clock.advance(1);
    s.drafts.save(d.id, 1, withText(d.doc, '昨天最后的内容'));
    clock.advance(60 * 16);
    s.drafts.save(d.id, 2, withText(d.doc, '今天的新内容'));
    const kept = s.history.list(d.id).versions.find((v) => v.revision === 2);
    expect(kept).toBeDefined();
    expect(JSON.stringify(s.history.get(d.id, 2).doc)).toContain('昨天最后的内容');
  });

  test('name a version, change, restore it: a new revision, and history only grows', () => {
    const d = s.drafts.create(newReport());
    const sent = withText(d.doc, '送审时的内容');
    s.drafts.save(d.id, 1, sent);
    const named = s.history.name(d.id, '送审稿');
    expect(named).toMatchObject({ revision: 2, name: '送审稿', kind: 'named' });
    clock.advance(1);
    s.drafts.save(d.id, 2, withText(d.doc, '送审后又改的内容'));
    const before = s.history.list(d.id).versions.length;

    const restored = s.history.restore(d.id, 2, 3);
    expect(restored.revision).toBe(4);
    expect(restored.doc).toEqual(sent);
    expect(s.drafts.get(d.id).doc).toEqual(sent);

    const after = s.history.list(d.id).versions;
    expect(after.length).toBe(before + 2); // the replaced state (3) and the restore (4)
    expect(after.map((v) => v.revision)).toEqual(expect.arrayContaining([1, 2, 3, 4]));
    expect(JSON.stringify(s.history.get(d.id, 3).doc)).toContain('送审后又改的内容');
    expect(after.find((v) => v.revision === 4)!.note).toContain('送审稿');
  });

  test('restore with a stale baseRevision is a conflict', () => {
    const d = s.drafts.create(newReport());
    s.drafts.save(d.id, 1, withText(d.doc, '改了'));
    expect(code(() => s.history.restore(d.id, 1, 1))).toMatch(/^CONFLICT/);
    expect(JSON.stringify(s.drafts.get(d.id).doc)).toContain('改了');
  });

  test('deleting to the 回收站 snapshots the state first', () => {
    const d = s.drafts.create(newReport());
    s.drafts.save(d.id, 1, withText(d.doc, '删除前的内容'));
    s.drafts.remove(d.id);
    const v = s.history.list(d.id).versions.find((x) => x.revision === 2);
    expect(v?.kind).toBe('before');
  });

  test('an unknown version is NOT_FOUND with a Chinese message', () => {
    const d = s.drafts.create(newReport());
    expect(code(() => s.history.get(d.id, 99))).toBe('NOT_FOUND: 找不到第 99 版，可能不属于该草稿。');
    expect(code(() => s.history.name(d.id, '  '))).toMatch(/请填写版本名称/);
  });
});
