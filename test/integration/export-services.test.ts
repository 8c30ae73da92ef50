/**
 * `export.docx` and `export.pdf` through the handler table on a real SQLite file: the gate with its
 * reasons, the 草稿 always allowed, the clerk's fonts from the default profile in the file, and a
 * target that cannot be written.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { AppError, toErrorPayload } from '../../shared/errors';
import { createContext, createHandlers, dispatch, type Handlers } from '../../electron/services/index';
import { writeFileAtomic } from '../../electron/fs/atomic-write';
import type { Storage } from '../../electron/store/storage';
import type { ReportDocument } from '../../shared/model/document';
import { rm, tempDir } from '../helpers/paths';
import { openStorage } from '../helpers/storage';
import { SEED_INFO, seedReport, shortReport } from '../helpers/reports';
import { exportGate, reasonLine } from '../../shared/export/gate';
import { fontsSave } from '../../renderer/src/settings/profileInput';
import type { OrganProfile } from '../../shared/contract/profiles';
import { exportedFiles } from '../../electron/exported-files';

let dir: string;
let s: Storage;
let handlers: Handlers;
/** Where the platform writes, as Electron does after the save dialog. */
let target: (name: string) => string;
const saved: { name: string; kind: string | undefined }[] = [];

beforeEach(() => {
  dir = tempDir('gongwen-export-svc-');
  s = openStorage(dir);
  target = (name) => path.join(dir, name);
  saved.length = 0;
  handlers = createHandlers(
    createContext(s.db, dir, {
      async saveExport(name, bytes, kind) {
        const file = target(name);
        writeFileAtomic(file, bytes);
        saved.push({ name, kind });
        return file;
      },
    }),
  );
});
afterEach(() => {
  s.close();
  rm(dir);
});

function draftOf(doc: ReportDocument): string {
  return s.drafts.create(doc).id;
}

/** What the confirmation dialog lists, and the clerk accepts, for an official export of `doc`. */
const confirmAll = (doc: ReportDocument) => exportGate(doc, 'official').gaps.map(reasonLine);

async function failure(name: string, input: unknown) {
  try {
    await dispatch(handlers, name, input);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return toErrorPayload(err);
  }
  throw new Error(`${name} did not fail`);
}

async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
}

describe('export.docx', () => {
  test('no 发文字号: the official file is refused with the list of reasons; the 草稿 and the web version are written', async () => {
    const doc = shortReport();
    const id = draftOf({ ...doc, meta: { ...doc.meta, docNumber: null } });
    const err = await failure('export.docx', { id, variant: 'official' });
    expect(err.code).toBe('EXPORT_BLOCKED');
    expect(err.message).toContain('暂不能导出正式文件');
    expect(err.details).toEqual([
      { rule: 'doc-number-missing', message: '正式文件须有发文字号。', location: { type: 'meta', field: 'docNumber' }, where: '发文字号' },
    ]);
    expect(saved).toEqual([]);

    const draft = (await dispatch(handlers, 'export.docx', { id, variant: 'draft' })) as { path: string; fileName: string; toFix: number };
    expect(draft.fileName).toMatch(/（草稿）\.docx$/);
    expect(await documentXml(draft.path)).toContain('（发文字号待定）');
    // What the 草稿 still lacks for the official file is counted for the notice.
    expect(draft.toFix).toBeGreaterThan(0);

    const web = (await dispatch(handlers, 'export.docx', { id, variant: 'web' })) as { path: string };
    expect(fs.existsSync(web.path)).toBe(true);
    expect(saved.map((x) => x.kind)).toEqual(['docx', 'docx']);
  });

  test('the fonts chosen in 字体检查 (kept with the default profile) are written into the file', async () => {
    const id = draftOf(shortReport());
    const confirmedGaps = confirmAll(shortReport());
    const before = (await dispatch(handlers, 'export.docx', { id, variant: 'official', confirmedGaps })) as { path: string };
    const standard = await documentXml(before.path);
    expect(standard).toContain('w:eastAsia="仿宋_GB2312"');
    expect(standard).toContain('w:eastAsia="方正小标宋简体"');
    expect(standard).not.toContain('w:eastAsia="仿宋"');
    // On a PC with no profile yet, 字体检查 has nothing to keep the fonts with: it asks for 机关信息.
    expect(await dispatch(handlers, 'profiles.list', {})).toEqual([]);
    expect(fontsSave(undefined, { body: '仿宋' })).toBeNull();
    const organ = { label: '', fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政', addressee: '', signers: [], printedBy: '' };
    const profile = (await dispatch(handlers, 'profiles.save', organ)) as OrganProfile;
    await dispatch(handlers, 'profiles.save', fontsSave(profile, { body: '仿宋', title: '华文中宋', organMark: '华文中宋' })!);
    target = (name) => path.join(dir, `again-${name}`);
    const after = (await dispatch(handlers, 'export.docx', { id, variant: 'official', confirmedGaps })) as { path: string };
    const xml = await documentXml(after.path);
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="华文中宋"');
    expect(xml).not.toContain('方正小标宋简体');
  });

  // A file open in Word cannot be replaced on Windows (EBUSY/EPERM). Simulated: the path the
  // clerk chose is a folder (EISDIR here, EPERM on Windows); as root a read-only mode would not stop the write.
  test('a target that cannot be replaced: FILE_BUSY in Chinese, the folder untouched, the draft unchanged', async () => {
    const id = draftOf(shortReport());
    const revision = s.drafts.get(id).revision;
    const busy = path.join(dir, 'busy.docx');
    fs.mkdirSync(busy);
    target = () => busy;
    const err = await failure('export.docx', { id, variant: 'official', confirmedGaps: confirmAll(shortReport()) });
    expect(err.code).toBe('FILE_BUSY');
    expect(err.message).toContain('无法写入“busy.docx”');
    expect(fs.readdirSync(busy)).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(s.drafts.get(id).revision).toBe(revision);
  });
});

describe('定稿前应补齐: the official export goes out only with each gap confirmed, and the history records it', () => {
  /** A seed report with its 版头 and 版记 set but no 成文日期: two parts and the date to fill in later. */
  function gappy(): ReportDocument {
    const doc = seedReport(SEED_INFO[0]!);
    return { ...doc, meta: { ...doc.meta, signature: { ...doc.meta.signature, date: '' } } };
  }

  test('unconfirmed: refused with EXPORT_UNCONFIRMED listing each gap in Chinese; nothing written, nothing recorded', async () => {
    const id = draftOf(gappy());
    const versions = s.history.list(id).versions.length;
    const err = await failure('export.docx', { id, variant: 'official' });
    expect(err.code).toBe('EXPORT_UNCONFIRMED');
    expect(err.message).toMatch(/^导出正式文件前须逐项确认以下 3 处定稿前应补齐的内容：1\. /);
    expect(err.message).toContain('成文日期：未填写成文日期');
    expect((err.details as { rule: string }[]).map((r) => r.rule)).toEqual(['slot-missing', 'slot-missing', 'date-missing']);
    // A partial confirmation (the text gained a gap after the dialog) names only what is new.
    const lines = confirmAll(gappy());
    const partial = await failure('export.pdf', { id, variant: 'official', confirmedGaps: lines.slice(0, 2) });
    expect(partial.code).toBe('EXPORT_UNCONFIRMED');
    expect((partial.details as { rule: string }[]).map((r) => r.rule)).toEqual(['date-missing']);
    expect(saved).toEqual([]);
    expect(s.history.list(id).versions).toHaveLength(versions);
  });

  test('confirmed: the file is written, and the exported revision is kept in history noting each confirmed gap', async () => {
    const id = draftOf(gappy());
    const revision = s.drafts.get(id).revision;
    const lines = confirmAll(gappy());
    const r = (await dispatch(handlers, 'export.docx', { id, variant: 'official', confirmedGaps: lines })) as { path: string; toFix: number };
    expect(fs.existsSync(r.path)).toBe(true);
    expect(r.toFix).toBe(3);
    const kept = s.history.list(id).versions.find((v) => v.revision === revision)!;
    expect(kept.name).toBe('已导出正式文件（有待补齐）');
    expect(kept.note).toMatch(/^导出正式文件时确认了 3 处定稿前应补齐的内容：1\. /);
    expect(kept.note).toContain('3. 成文日期：未填写成文日期。');
    // Through the bridge's call too: history.list shows it.
    const listed = (await dispatch(handlers, 'history.list', { id })) as { versions: { name: string | null; note: string }[] };
    expect(listed.versions.some((v) => v.name === '已导出正式文件（有待补齐）' && v.note.includes('成文日期'))).toBe(true);
  });

  test('a revision the clerk named keeps its name; the note is added', async () => {
    const id = draftOf(gappy());
    s.history.name(id, '送审稿');
    await dispatch(handlers, 'export.docx', { id, variant: 'official', confirmedGaps: confirmAll(gappy()) });
    const kept = s.history.list(id).versions.find((v) => v.revision === s.drafts.get(id).revision)!;
    expect(kept.name).toBe('送审稿');
    expect(kept.note).toContain('导出正式文件时确认了 3 处定稿前应补齐的内容');
  });

  test('the save dialog cancelled: nothing exported, nothing recorded', async () => {
    handlers = createHandlers(createContext(s.db, dir, { saveExport: async () => null }));
    const id = draftOf(gappy());
    const before = s.history.list(id).versions;
    const r = (await dispatch(handlers, 'export.docx', { id, variant: 'official', confirmedGaps: confirmAll(gappy()) })) as { path: string | null };
    expect(r.path).toBeNull();
    expect(s.history.list(id).versions).toEqual(before);
  });

  test('gaps never make the draft or the web version ask', async () => {
    const id = draftOf(gappy());
    expect(((await dispatch(handlers, 'export.docx', { id, variant: 'draft' })) as { toFix: number }).toFix).toBe(3);
    expect(((await dispatch(handlers, 'export.docx', { id, variant: 'web' })) as { toFix: number }).toFix).toBe(3);
  });

  test('an emptied heading refuses the official file (and the web version) even with every gap confirmed', async () => {
    const doc = gappy();
    const second = doc.body.filter((b) => b.type === 'section')[1]!;
    if (second.type === 'section') second.heading = '';
    const id = draftOf(doc);
    for (const variant of ['official', 'web'] as const) {
      const err = await failure('export.docx', { id, variant, confirmedGaps: confirmAll(doc) });
      expect(err.code).toBe('EXPORT_BLOCKED');
      expect(err.message).toMatch(/^文稿仍有 1 处导出前必须修改的问题，暂不能导出/);
      expect(err.details).toEqual([expect.objectContaining({ rule: 'heading-empty', where: '二、' })]);
    }
    expect(saved).toEqual([]);
  });
});

describe('export.pdf', () => {
  test('where the back end cannot print (web bridge), it names the preview route for the browser to print; the gate applies', async () => {
    const doc = shortReport();
    const id = draftOf(doc);
    const r = await dispatch(handlers, 'export.pdf', { id, variant: 'web' });
    expect(r).toEqual({
      path: null,
      bytes: 0,
      printHere: true,
      route: `#/draft/${id}/preview?variant=web`,
      fileName: '互助县人民政府关于2024年度法治政府建设情况的报告（网站公开版）.pdf',
      toFix: expect.any(Number),
    });
    const held = draftOf({ ...doc, meta: { ...doc.meta, docNumber: null } });
    expect((await failure('export.pdf', { id: held, variant: 'official' })).code).toBe('EXPORT_BLOCKED');
  });
});

describe('export.print and export.reveal', () => {
  test('where the back end cannot print (web bridge) the page prints the route; the gate refuses what would print wrong, gaps only counted', async () => {
    const doc = shortReport();
    const id = draftOf(doc);
    const r = await dispatch(handlers, 'export.print', { id, variant: 'official' });
    expect(r).toEqual({ printed: false, printHere: true, route: `#/draft/${id}/preview?variant=official`, toFix: exportGate(doc, 'official').gaps.length });
    const held = draftOf({ ...doc, meta: { ...doc.meta, docNumber: null } });
    expect((await failure('export.print', { id: held, variant: 'official' })).code).toBe('EXPORT_BLOCKED');
    expect(await dispatch(handlers, 'export.print', { id: held, variant: 'draft' })).toMatchObject({ printHere: true });
    // No file manager in the bridge: nothing is shown.
    expect(await dispatch(handlers, 'export.reveal', { path: path.join(dir, 'x.docx') })).toEqual({ shown: false });
  });

  test('Electron: the route goes to the platform printer (cancel is not an error); only files exported here are shown', async () => {
    const printed: string[] = [];
    const shown: string[] = [];
    const files = exportedFiles((f) => shown.push(f));
    const electronLike = createHandlers(
      createContext(s.db, dir, {
        async saveExport(name, bytes) {
          const file = target(name);
          writeFileAtomic(file, bytes);
          files.remember(file);
          return file;
        },
        async printRoute(route) {
          printed.push(route);
          return printed.length === 1;
        },
        showInFolder: (f) => files.show(f),
      }),
    );
    const id = draftOf(shortReport());
    expect(await dispatch(electronLike, 'export.print', { id, variant: 'web' })).toMatchObject({ printed: true, printHere: false });
    expect(await dispatch(electronLike, 'export.print', { id, variant: 'web' })).toMatchObject({ printed: false, printHere: false });
    expect(printed).toEqual([`#/draft/${id}/preview?variant=web`, `#/draft/${id}/preview?variant=web`]);

    const out = (await dispatch(electronLike, 'export.docx', { id, variant: 'web' })) as { path: string };
    expect(await dispatch(electronLike, 'export.reveal', { path: out.path })).toEqual({ shown: true });
    expect(shown).toEqual([path.resolve(out.path)]);
    // Any other path, or the file gone, is refused without calling the shell.
    const other = path.join(dir, 'other.docx');
    fs.writeFileSync(other, 'x');
    expect(await dispatch(electronLike, 'export.reveal', { path: other })).toEqual({ shown: false });
    expect(await dispatch(electronLike, 'export.reveal', { path: path.join(out.path, '..', '..', path.basename(dir), path.basename(out.path)) })).toEqual({ shown: true });
    fs.rmSync(out.path);
    expect(await dispatch(electronLike, 'export.reveal', { path: out.path })).toEqual({ shown: false });
    expect(shown).toHaveLength(2);
    expect((await failure('export.reveal', { path: '' })).code).toBe('BAD_INPUT');
  });
});
