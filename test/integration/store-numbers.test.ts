/**
 * The 发文字号 register on a real SQLite file: next number atomically (four processes at once),
 * numbers typed by hand checked with the one rule, duplicates refused naming the draft that holds
 * them, void and release, gaps, and uniqueness held by the schema itself.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { appFailure } from '../helpers/app-error';
import { DOC_NUMBER_MESSAGES } from '../../shared/doc-number';
import { createContext, createHandlers, dispatch, type Handlers } from '../../electron/services/index';
import type { Storage } from '../../electron/store/storage';
import { rm, tempDir } from '../helpers/paths';
import { newReport, openStorage } from '../helpers/storage';
import { bundleForChild } from '../helpers/build-child';

let dir: string;
let s: Storage;
let handlers: Handlers;

beforeEach(() => {
  dir = tempDir('gongwen-numbers-');
  s = openStorage(dir);
  // The handlers work on the same connection the test inspects.
  handlers = createHandlers(createContext(s.db, dir, { saveExport: async () => null }));
});
afterEach(() => {
  s.close();
  rm(dir);
});

async function failure(name: string, input: unknown): Promise<{ code: string; message: string }> {
  const err = await appFailure(dispatch(handlers, name, input));
  return { code: err.code, message: err.message };
}

function draft(title: string): string {
  const doc = newReport();
  doc.meta.title = title;
  return s.drafts.create(doc).id;
}

describe('taking and entering numbers', () => {
  test('take gives max+1 per (代字, year) and one draft holds one number', () => {
    const a = draft('甲');
    const b = draft('乙');
    expect(s.numbers.take(a, '互政', 2025).text).toBe('互政〔2025〕1号');
    expect(s.numbers.take(b, '互政', 2025).text).toBe('互政〔2025〕2号');
    const moved = s.numbers.take(b, '互政办', 2025);
    expect(moved).toMatchObject({ text: '互政办〔2025〕1号', released: ['互政〔2025〕2号'] });
    // b gave 互政〔2025〕2号 back, so it is the next one again.
    expect(s.numbers.next('互政', 2025)).toBe(2);
    expect(s.numbers.take(a, '互政', 2024).text).toBe('互政〔2024〕1号');
  });

  test('a number typed by hand is checked with the shared rule', async () => {
    const a = draft('甲');
    expect(await failure('numbers.assign', { draftId: a, text: '互政[2025]3号' })).toEqual({
      code: 'BAD_DOC_NUMBER',
      message: DOC_NUMBER_MESSAGES.wrongBrackets,
    });
    expect(await failure('numbers.assign', { draftId: a, text: '互政〔2025〕03号' })).toEqual({
      code: 'BAD_DOC_NUMBER',
      message: DOC_NUMBER_MESSAGES.leadingZero,
    });
    const ok = (await dispatch(handlers, 'numbers.assign', { draftId: a, text: '互政〔2025〕7号' })) as { text: string };
    expect(ok.text).toBe('互政〔2025〕7号');
    // Entering the number the draft already holds is fine.
    await dispatch(handlers, 'numbers.assign', { draftId: a, text: '互政〔2025〕7号' });
  });

  test('a duplicate is refused naming the draft that holds it, in the 回收站 or not', async () => {
    const a = draft('关于2024年度法治政府建设情况的报告');
    const b = draft('乙');
    s.numbers.assign(a, { code: '互政', year: 2025, seq: 12 });
    const dup = await failure('numbers.assign', { draftId: b, text: '互政〔2025〕12号' });
    expect(dup.code).toBe('DUPLICATE_DOC_NUMBER');
    expect(dup.message).toBe(
      '发文字号 互政〔2025〕12号 已被草稿“关于2024年度法治政府建设情况的报告”使用，不能重复使用。请另选序号或先在登记簿中释放。',
    );
    s.drafts.remove(a);
    expect((await failure('numbers.assign', { draftId: b, text: '互政〔2025〕12号' })).message).toContain('（该草稿在回收站中）');
    // b still holds nothing: the refusal changed nothing.
    expect(s.db.prepare('SELECT count(*) AS n FROM doc_numbers WHERE draft_id = ?').get(b)).toEqual({ n: 0 });
  });

  test('uniqueness is in the schema, not only in code', () => {
    const a = draft('甲');
    s.numbers.assign(a, { code: '互政', year: 2025, seq: 1 });
    const insert = () =>
      s.db
        .prepare(
          "INSERT INTO doc_numbers (code, year, seq, status, draft_id, created_at, updated_at) VALUES ('互政', 2025, 1, 'used', NULL, 'x', 'x')",
        )
        .run();
    expect(insert).toThrow(/UNIQUE constraint failed/);
  });

  test('void: never handed out again; release: becomes a gap; the year list shows both', async () => {
    const ids = ['一', '二', '三', '四'].map(draft);
    for (const id of ids) s.numbers.take(id, '互政', 2025);
    s.numbers.void({ code: '互政', year: 2025, seq: 2 }, '文件撤回');
    expect((await failure('numbers.assign', { draftId: ids[0], text: '互政〔2025〕2号' })).message).toBe(
      '发文字号 互政〔2025〕2号 已作废，不能再次使用。请另选序号。',
    );
    s.numbers.release({ code: '互政', year: 2025, seq: 3 }, ids[2]);
    s.numbers.void({ code: '互政', year: 2025, seq: 6 }, '预留作废');
    const [reg] = s.numbers.list(2025);
    expect(reg!.entries.map((e) => `${e.seq}:${e.status}`)).toEqual(['1:used', '2:void', '3:gap', '4:used', '5:gap', '6:void']);
    expect(reg!.next).toBe(7);
    expect(reg!.entries[0]).toMatchObject({ draftTitle: '一', holder: 'live', text: '互政〔2025〕1号' });
    expect(reg!.entries[1]!.note).toBe('文件撤回');
    expect(s.numbers.take(ids[2]!, '互政', 2025).text).toBe('互政〔2025〕7号');
  });

  test('release is refused while another live draft still prints the number', async () => {
    const a = draft('甲稿');
    const doc = s.drafts.get(a).doc;
    doc.meta.docNumber = { code: '互政', year: 2025, seq: 5 };
    s.drafts.save(a, 1, doc);
    const f = await failure('numbers.release', { number: { code: '互政', year: 2025, seq: 5 } });
    expect(f.message).toContain('仍写在草稿“甲稿”中');
    // The draft itself (its picker) may release it.
    await dispatch(handlers, 'numbers.release', { number: { code: '互政', year: 2025, seq: 5 }, draftId: a });
  });
});

describe('the register follows the document', () => {
  test('saving a number registers it; changing it releases the old one; a taken one is reported', () => {
    const a = draft('甲');
    const b = draft('乙');
    const docA = s.drafts.get(a).doc;
    docA.meta.docNumber = { code: '互政', year: 2025, seq: 9 };
    expect(s.drafts.save(a, 1, docA).numberWarning).toBeUndefined();
    expect(s.numbers.list(2025)[0]!.entries.at(-1)).toMatchObject({ seq: 9, draftId: a });

    docA.meta.docNumber = { code: '互政', year: 2025, seq: 10 };
    s.drafts.save(a, 2, docA);
    expect(
      s.numbers
        .list(2025)[0]!
        .entries.filter((e) => e.status === 'used')
        .map((e) => e.seq),
    ).toEqual([10]);

    const docB = s.drafts.get(b).doc;
    docB.meta.docNumber = { code: '互政', year: 2025, seq: 10 };
    const r = s.drafts.save(b, 1, docB);
    expect(r.numberWarning?.message).toContain('已被草稿“甲”使用');
    // The save itself happened: nothing typed is lost.
    expect(s.drafts.get(b).doc.meta.docNumber).toEqual(docB.meta.docNumber);
    expect(s.numbers.list(2025)[0]!.entries.find((e) => e.seq === 10)!.draftId).toBe(a);
  });

  test('a permanently deleted draft leaves its number marked, not silently free', () => {
    const a = draft('将删除的稿');
    s.numbers.take(a, '互政', 2025);
    s.drafts.remove(a);
    s.drafts.purge(a);
    expect(s.numbers.list(2025)[0]!.entries[0]).toMatchObject({ status: 'used', holder: 'gone', draftTitle: '将删除的稿' });
    expect(s.numbers.next('互政', 2025)).toBe(2);
  });
});

describe('atomic across processes', () => {
  let child: string;
  beforeAll(async () => {
    child = await bundleForChild('test/helpers/store-child.ts', 'store-child');
  });
  afterAll(() => rm(child));

  test('four processes taking 25 numbers each at once get 1…100, no duplicates, no gaps', async () => {
    const ids = ['甲', '乙', '丙', '丁'].map(draft);
    s.close();
    const run = promisify(execFile);
    const outs = await Promise.all(ids.map((id) => run(process.execPath, [child, 'take', dir, id, '25'])));
    const seqs = outs.flatMap((o) => o.stdout.trim().split('\n').map(Number));
    expect(seqs).toHaveLength(100);
    expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    s = openStorage(dir);
    // Each draft holds only its last number (one number per draft); the rest became gaps.
    const used = s.numbers.list(2025)[0]!.entries.filter((e) => e.status === 'used');
    expect(used).toHaveLength(4);
  });
});

describe('取号 with keep: a second click cannot burn a number', () => {
  test('a draft that holds a number gets it back, kept; nothing is taken or released; without keep the old one is released', async () => {
    const id = draft('甲');
    const first = (await dispatch(handlers, 'numbers.take', { draftId: id, code: '互政', year: 2025, keep: true })) as {
      text: string;
      kept?: boolean;
    };
    expect(first).toMatchObject({ text: '互政〔2025〕1号', released: [] });
    expect(first.kept).toBeUndefined();
    // The double click, and the same click from another window, in parallel.
    const again = await Promise.all(
      [1, 2, 3].map(() => dispatch(handlers, 'numbers.take', { draftId: id, code: '互政', year: 2025, keep: true })),
    );
    for (const r of again)
      expect(r).toEqual({ number: { code: '互政', year: 2025, seq: 1 }, text: '互政〔2025〕1号', released: [], kept: true });
    expect(s.drafts.numbers.next('互政', 2025)).toBe(2);
    const register = s.drafts.numbers.list(2025, '互政')[0]!.entries;
    expect(register.map((e) => [e.seq, e.status])).toEqual([[1, 'used']]);
    // 另取一个号 (asked in the page) sends no keep: the next number, the old one a gap.
    const other = await dispatch(handlers, 'numbers.take', { draftId: id, code: '互政', year: 2025 });
    expect(other).toMatchObject({ text: '互政〔2025〕2号', released: ['互政〔2025〕1号'] });
  });
});
