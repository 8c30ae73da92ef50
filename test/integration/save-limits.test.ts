/**
 * The contract's limits at the real web bridge (built dist/node/web.cjs, real SQLite file): a
 * document over a limit sent straight to drafts.save — past the editor, which would not send it —
 * gets 400 BAD_INPUT in the clerk's words, and the stored draft is untouched. The CLI names the
 * same limit in a draft file.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, rm, tempDir } from '../helpers/paths';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import type { DraftRecord } from '../../shared/contract/drafts';
import { paragraph, type ReportDocument, type Section } from '../../shared/model/document';
import { LIMITS, documentTextSize, formatCount } from '../../shared/model/limits';

let bridge: RunningBridge;
let draft: DraftRecord;

beforeAll(async () => {
  bridge = await startBridge();
  const created = await bridge.call<DraftRecord>('drafts.create', { templateId: 'fazhi-annual' });
  const doc = structuredClone(created.body.doc);
  (doc.body[0] as Section).children = [paragraph('已保存的正文。')];
  const saved = await bridge.call('drafts.save', { id: created.body.id, baseRevision: created.body.revision, doc });
  expect(saved.status).toBe(200);
  draft = (await bridge.call<DraftRecord>('drafts.get', { id: created.body.id })).body;
});

const dir = tempDir('gongwen-limits-');
afterAll(async () => {
  await bridge?.stop();
  rm(dir);
});

async function refusedSave(doc: ReportDocument): Promise<{ code: string; message: string }> {
  const res = await bridge.call<{ code: string; message: string }>('drafts.save', { id: draft.id, baseRevision: draft.revision, doc });
  expect(res.status).toBe(400);
  return res.body;
}

async function expectUntouched(): Promise<void> {
  const now = await bridge.call<DraftRecord>('drafts.get', { id: draft.id });
  expect(now.status).toBe(200);
  expect(now.body.revision).toBe(draft.revision);
  expect(now.body.doc).toEqual(draft.doc);
}

test('a document over the per-draft limit: 400 BAD_INPUT naming the whole text, draft untouched', async () => {
  const doc = structuredClone(draft.doc);
  // 120 paragraphs of 5,000 characters: 600,000 characters of text (about 1.8 MB as JSON).
  (doc.body[1] as Section).children = Array.from({ length: 120 }, () => paragraph('依法行政'.repeat(1_250)));
  const size = documentTextSize(doc);
  expect(size).toBeGreaterThan(LIMITS.draftChars);
  const body = await refusedSave(doc);
  expect(body.code).toBe('BAD_INPUT');
  expect(body.message).toBe(`提交的内容超出上限：全文过长（${formatCount(size)} 字，上限 ${formatCount(LIMITS.draftChars)} 字），请删减。`);
  await expectUntouched();
});

test('a heading over its limit: 400 BAD_INPUT naming the part, draft untouched', async () => {
  const doc = structuredClone(draft.doc);
  (doc.body[2] as Section).heading = '领'.repeat(2_315);
  const body = await refusedSave(doc);
  expect(body).toMatchObject({ code: 'BAD_INPUT', message: '提交的内容超出上限：第三部分标题过长（2,315 字，上限 2,000 字），请缩短。' });
  await expectUntouched();
});

test('the same draft within the limits still saves', async () => {
  const doc = structuredClone(draft.doc);
  (doc.body[2] as Section).heading = '领'.repeat(LIMITS.headingChars);
  const res = await bridge.call<{ revision: number }>('drafts.save', { id: draft.id, baseRevision: draft.revision, doc });
  expect(res.status).toBe(200);
  expect(res.body.revision).toBe(draft.revision + 1);
});

test('gongwen check on a draft file with a heading over its limit names it', () => {
  const doc = structuredClone(draft.doc);
  (doc.body[2] as Section).heading = '领'.repeat(2_315);
  const file = path.join(dir, 'long-heading.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.cjs'), 'check', file, '--data-dir', path.join(dir, 'data')], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('不是有效的草稿文件（第三部分标题过长（2,315 字，上限 2,000 字））');
});
