/**
 * Import notes and origins stored with the draft (migration 003) on a real SQLite file: an import
 * keeps its 请留意 items and suspected tampered text until dismissed, across reopening the file;
 * a roll-forward and a copy say where they came from and carry the open notes; the list carries the 发文字号; a version-2
 * file gets its drafts' origins from their first history notes.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dbFilePath, openDatabase } from '../../electron/store/database';
import { migration001 } from '../../electron/store/migrations/001-initial';
import { migration002 } from '../../electron/store/migrations/002-storage';
import { createContext, createHandlers, dispatch, type Handlers } from '../../electron/services/index';
import type { ServiceContext } from '../../electron/services/context';
import type { DraftNotes, DraftRecord, DraftSummary } from '../../shared/contract/drafts';
import { checkDocument } from '../../shared/check/index';
import { rm, SEEDS_DIR, tempDir } from '../helpers/paths';
import { newReport } from '../helpers/storage';

let dir: string;
let ctx: ServiceContext;
let handlers: Handlers;

function open(): void {
  ctx = createContext(openDatabase(dir), dir, { saveExport: async () => null });
  handlers = createHandlers(ctx);
}
beforeEach(() => {
  dir = tempDir('gongwen-notes-');
  open();
});
afterEach(() => {
  ctx.storage.close();
  rm(dir);
});

const call = <T>(name: string, input: unknown) => dispatch(handlers, name, input) as Promise<T>;
const seed64 = (name: string) => fs.readFileSync(path.join(SEEDS_DIR, name)).toString('base64');
const notesOf = async (id: string) => (await call<{ notes: DraftNotes | null }>('drafts.notes', { id })).notes;
const listed = async (id: string) => (await call<DraftSummary[]>('drafts.list', {})).find((d) => d.id === id)!;

describe('import notes stay with the draft', () => {
  test('stored at import, read again after the file is reopened, gone once dismissed; the suspect is a finding at its place', async () => {
    const r = await call<{ draft: DraftRecord; warnings: string[] }>('drafts.import', {
      fileName: '芙蓉区2019年报告.txt',
      dataBase64: seed64('furong-2019.txt'),
    });
    const id = r.draft.id;
    ctx.storage.close();
    open();
    const notes = (await notesOf(id))!;
    expect(notes.source).toBe('芙蓉区2019年报告.txt');
    expect(notes.warnings).toEqual(r.warnings);
    expect(notes.warnings.join('\n')).toContain('已略去网页上的栏目文字');
    expect(notes.suspects).toEqual([expect.objectContaining({ phrase: '凯发一触即发', where: '“加强重大行政决策合法性审查”部分' })]);
    // The same phrase is a checker finding pointing at its characters.
    const doc = (await call<DraftRecord>('drafts.get', { id })).doc;
    const found = checkDocument(doc).filter((f) => f.rule === 'suspect-text');
    expect(found).toHaveLength(1);
    expect(found[0]!.location.type).toBe('section');
    expect(found[0]!.message).toContain('凯发一触即发');

    expect(await listed(id)).toMatchObject({ origin: { kind: 'import', from: '芙蓉区2019年报告.txt', year: null }, docNumber: null });

    await call('drafts.dismissNotes', { id });
    expect(await notesOf(id)).toBeNull();
    ctx.storage.close();
    open();
    expect(await notesOf(id)).toBeNull();
    // Kept in the file as the draft's record, marked dismissed.
    expect(ctx.storage.db.prepare('SELECT dismissed_at IS NOT NULL AS d FROM draft_notes WHERE draft_id = ?').get(id)).toEqual({ d: 1 });
  });

  test('a roll-forward says where it came from and carries the source’s open notes with its summary; a copy says so too', async () => {
    const imported = await call<{ draft: DraftRecord }>('drafts.import', { fileName: 'furong.txt', dataBase64: seed64('furong-2019.txt') });
    const rolled = await call<{ draft: DraftRecord; warnings: string[] }>('drafts.rollover', { id: imported.draft.id });
    const notes = (await notesOf(rolled.draft.id))!;
    expect(notes.rollover).toEqual(rolled.warnings);
    expect(notes.source).toBe(`${imported.draft.title}（2019年度）；导入自“furong.txt”`);
    expect(notes.warnings).toEqual((await notesOf(imported.draft.id))!.warnings);
    expect(notes.suspects?.map((s) => s.phrase)).toEqual(['凯发一触即发']);
    expect(await listed(rolled.draft.id)).toMatchObject({ origin: { kind: 'rollover', from: imported.draft.title, year: 2019 } });

    const copy = await call<DraftRecord>('drafts.copy', { id: rolled.draft.id });
    expect(await listed(copy.id)).toMatchObject({ origin: { kind: 'copy', from: rolled.draft.title, year: 2020 } });
    // The copy's text is the same, and so are the notes about it, until dismissed there.
    expect(await notesOf(copy.id)).toEqual(notes);
  });

  test('a draft made from a template has no origin and no notes; the list shows the 发文字号 the register gives it', async () => {
    const d = await call<DraftRecord>('drafts.create', { templateId: 'fazhi-annual', year: 2025 });
    expect(await notesOf(d.id)).toBeNull();
    expect(await listed(d.id)).toMatchObject({ origin: null, docNumber: null });
    await call('numbers.take', { draftId: d.id, code: '互政', year: 2026 });
    expect((await listed(d.id)).docNumber).toBe('互政〔2026〕1号');
  });

  test('notes of a draft that does not exist: NOT_FOUND, in Chinese', async () => {
    await expect(call('drafts.notes', { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('drafts.dismissNotes', { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

test('a version-2 file: each draft’s origin is read from the note of its first history row', () => {
  ctx.storage.close();
  rm(dir);
  fs.mkdirSync(dir, { recursive: true });
  const db = new Database(dbFilePath(dir));
  migration001.up(db);
  migration002.up(db);
  db.pragma('user_version = 2');
  const json = JSON.stringify(newReport());
  const notes: Record<string, string> = {
    plain: '',
    imported: '导入自“芙蓉区2019年报告.docx”',
    rolled: '由“关于2019年度法治政府建设情况的报告”（2019年度）新建',
    copied: '复制自“年度报告”',
  };
  for (const [id, note] of Object.entries(notes)) {
    db.prepare(
      "INSERT INTO drafts (id, title, year, template_id, revision, chars, created_at, updated_at) VALUES (?, 't', 2024, 'fazhi-annual', 1, 0, 'x', 'x')",
    ).run(id);
    db.prepare('INSERT INTO draft_docs (draft_id, doc_json) VALUES (?, ?)').run(id, json);
    db.prepare("INSERT INTO revisions (draft_id, revision, kind, note, created_at, doc_json) VALUES (?, 1, 'create', ?, 'x', ?)").run(
      id,
      note,
      json,
    );
  }
  db.close();
  open();
  const origins = Object.fromEntries(ctx.storage.drafts.list({}).map((d) => [d.id, d.origin]));
  expect(origins).toEqual({
    plain: null,
    imported: { kind: 'import', from: '芙蓉区2019年报告.docx', year: null },
    rolled: { kind: 'rollover', from: '关于2019年度法治政府建设情况的报告', year: 2019 },
    copied: { kind: 'copy', from: '年度报告', year: null },
  });
});
