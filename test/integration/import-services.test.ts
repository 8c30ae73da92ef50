/** `drafts.import` and `drafts.rollover` through the one handler table, on a real SQLite file. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../electron/store/database';
import { createContext, createHandlers, dispatch, type Handlers } from '../../electron/services/index';
import type { ServiceContext } from '../../electron/services/context';
import type { ReportDocument } from '../../shared/model/document';
import { AppError } from '../../shared/errors';
import { formatOutline } from '../../shared/import/outline';
import { rm, SEEDS_DIR, tempDir } from '../helpers/paths';
import { SEED_OUTLINES, SEED_PLANS } from '../fixtures/seed-outlines';

let dir: string;
let ctx: ServiceContext;
let handlers: Handlers;

beforeEach(() => {
  dir = tempDir('gongwen-import-svc-');
  ctx = createContext(openDatabase(dir), dir, { saveExport: async () => null });
  handlers = createHandlers(ctx);
});
afterEach(() => {
  ctx.storage.close();
  rm(dir);
});

const call = (name: string, input: unknown) => dispatch(handlers, name, input) as Promise<Record<string, never>>;
const seed64 = (name: string) => fs.readFileSync(path.join(SEEDS_DIR, name)).toString('base64');

async function refused(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

describe('drafts.import', () => {
  test('stores the imported report as a new draft; what the clerk must know comes back', async () => {
    const r = (await call('drafts.import', { fileName: 'huzhu-2024.txt', dataBase64: seed64('huzhu-2024.txt') })) as unknown as {
      draft: { id: string; doc: ReportDocument };
      warnings: string[];
      unmapped: unknown[];
    };
    expect(formatOutline(r.draft.doc)).toBe(SEED_OUTLINES['huzhu-2024.txt']);
    expect(r.warnings.join('\n')).toContain('已略去网页上的栏目文字 5 行');
    expect(r.unmapped).toEqual([]);
    const stored = await call('drafts.get', { id: r.draft.id });
    expect((stored as unknown as { doc: ReportDocument }).doc).toEqual(r.draft.doc);
  });

  test('the default organ profile fills what the file leaves out', async () => {
    await call('profiles.save', {
      label: '县政府',
      fullName: '互助土族自治县人民政府',
      headerText: '互助土族自治县人民政府文件',
      code: '互政',
      addressee: '海东市人民政府：',
      signers: ['张三'],
      printedBy: '互助县人民政府办公室',
      fonts: {},
    });
    const r = (await call('drafts.import', { fileName: 'fushun.txt', dataBase64: seed64('fushun-2024.txt') })) as unknown as {
      draft: { doc: ReportDocument };
    };
    expect(r.draft.doc.meta.organ).toEqual({ fullName: '互助土族自治县人民政府', headerText: '互助土族自治县人民政府文件', code: '互政' });
    expect(r.draft.doc.meta.addressee).toBe('海东市人民政府：');
  });

  test('a bad file is refused with its message and no draft is made', async () => {
    const before = ((await call('drafts.list', {})) as unknown as unknown[]).length;
    const e = await refused(
      call('drafts.import', {
        fileName: 'old.docx',
        dataBase64: Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(600), 'hex').toString('base64'),
      }),
    );
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toContain('另存为 .docx');
    expect(((await call('drafts.list', {})) as unknown as unknown[]).length).toBe(before);
    const bad = await refused(call('drafts.import', { dataBase64: 'AAAA' }));
    expect(bad.code).toBe('BAD_INPUT');
  });
});

describe('drafts.rollover', () => {
  test('a new draft for the next year; the source draft is not touched', async () => {
    const imported = (await call('drafts.import', { fileName: 'furong.txt', dataBase64: seed64('furong-2019.txt') })) as unknown as {
      draft: { id: string; revision: number };
    };
    const before = (await call('drafts.get', { id: imported.draft.id })) as unknown as { revision: number; doc: ReportDocument };
    const r = (await call('drafts.rollover', { id: imported.draft.id })) as unknown as {
      draft: { id: string; year: number; doc: ReportDocument };
      warnings: string[];
      stats: { figures: number; plans: number };
    };
    expect(r.draft.id).not.toBe(imported.draft.id);
    expect(r.draft.year).toBe(2020);
    expect(r.stats.plans).toBe(SEED_PLANS['furong-2019.txt']!.length);
    expect(r.stats.figures).toBeGreaterThan(50);
    const after = (await call('drafts.get', { id: imported.draft.id })) as unknown as { revision: number; doc: ReportDocument };
    expect(after).toEqual(before);
    // The rollover information survives storage.
    const stored = (await call('drafts.get', { id: r.draft.id })) as unknown as { doc: ReportDocument };
    expect(stored.doc.rollover!.plans.map((p) => p.text)).toEqual(SEED_PLANS['furong-2019.txt']);
    expect(stored.doc.rollover!.yearChecks.length).toBe(2);
  });

  test('--year in the past is refused; an unknown draft is NOT_FOUND', async () => {
    const imported = (await call('drafts.import', { fileName: 'fushun.txt', dataBase64: seed64('fushun-2024.txt') })) as unknown as {
      draft: { id: string };
    };
    expect((await refused(call('drafts.rollover', { id: imported.draft.id, year: 2023 }))).code).toBe('BAD_INPUT');
    expect((await refused(call('drafts.rollover', { id: 'nope' }))).code).toBe('NOT_FOUND');
  });

  test('a 请示 is not an annual report: rolling it forward is refused, pointing to 复制', async () => {
    const request = (await call('drafts.create', { templateId: 'request' })) as unknown as { id: string };
    const before = (await call('drafts.list', {})) as unknown as unknown[];
    const err = await refused(call('drafts.rollover', { id: request.id }));
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toContain('复制');
    expect(((await call('drafts.list', {})) as unknown as unknown[]).length).toBe(before.length);
  });
});
