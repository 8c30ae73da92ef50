/**
 * 公文校对's stored data on a real SQLite file, through the contract (dispatch validates as every
 * adapter does): the 自定义词典 and 忽略 per draft, their effect on `check.run`, and both carried
 * by a data package — from this version, and from a version-2 package that had neither.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { createContext, createHandlers, dispatch, type Handlers } from '../../electron/services/index';
import { type Storage } from '../../electron/store/storage';
import { openStore } from '../../electron/store/open-store';
import { migration001 } from '../../electron/store/migrations/001-initial';
import { migration002 } from '../../electron/store/migrations/002-storage';
import { appFailure } from '../helpers/app-error';
import type { CheckReport } from '../../shared/check/index';
import { DICTIONARY_LIMITS, type DictionaryEntry } from '../../shared/proofread/dictionary';
import { findingKey } from '../../shared/proofread/index';
import { rm, tempDir } from '../helpers/paths';
import { newReport, withText } from '../helpers/storage';

let dir: string;
const opened: Storage[] = [];
beforeEach(() => {
  dir = tempDir('gongwen-proofstore-');
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  rm(dir);
});

async function start(name: string): Promise<{ s: Storage; h: Handlers; call: <T>(name: string, input: unknown) => Promise<T> }> {
  const dataDir = path.join(dir, name);
  const o = await openStore(dataDir);
  await o.dailyBackup;
  const ctx = createContext(o.db, dataDir, { saveExport: async () => null }, o.status);
  opened.push(ctx.storage);
  const h = createHandlers(ctx);
  return { s: ctx.storage, h, call: async <T>(n: string, input: unknown) => (await dispatch(h, n, input)) as T };
}

const failure = appFailure;

const TEXT = '在既使村开展法治宣传，推进法制政府建设。由县法制办牵头。';
const proofRules = (r: CheckReport) => r.findings.filter((f) => f.class).map((f) => [f.rule, f.fix?.from ?? ''] as const);

test('the dictionary: saved, refused with the clerk’s words, changed, deleted', async () => {
  const { call } = await start('a');
  const a = await call<DictionaryEntry>('dictionary.save', { term: ' 既使村 ', kind: 'accept', note: '村名' });
  expect(a).toMatchObject({ term: '既使村', kind: 'accept', replacement: '', note: '村名' });
  const dup = await failure(call('dictionary.save', { term: '既使村', kind: 'ban', replacement: '即使村' }));
  expect([dup.code, dup.message]).toEqual(['CONFLICT', '词典中已有“既使村”，请直接修改那一条。']);
  const bad = await failure(call('dictionary.save', { term: '', kind: 'accept' }));
  expect(bad.code).toBe('BAD_INPUT');
  expect(JSON.stringify(bad.details ?? bad.message)).toContain('请填写词语');
  expect((await failure(call('dictionary.save', { term: '县法制办', kind: 'ban', replacement: '县法制办' }))).code).toBe('BAD_INPUT');
  const b = await call<DictionaryEntry>('dictionary.save', { term: '县法制办', kind: 'ban', replacement: '县司法局' });
  const changed = await call<DictionaryEntry>('dictionary.save', {
    id: b.id,
    term: '县法制办',
    kind: 'ban',
    replacement: '县司法局',
    note: '机构改革后',
  });
  expect(changed).toMatchObject({ id: b.id, note: '机构改革后' });
  expect((await call<DictionaryEntry[]>('dictionary.list', {})).map((e) => [e.kind, e.term])).toEqual([
    ['accept', '既使村'],
    ['ban', '县法制办'],
  ]);
  await call('dictionary.delete', { id: a.id });
  expect((await failure(call('dictionary.delete', { id: a.id }))).code).toBe('NOT_FOUND');
  expect((await call<DictionaryEntry[]>('dictionary.list', {})).map((e) => e.term)).toEqual(['县法制办']);
});

test('check.run takes the dictionary and the draft’s 忽略; a deleted draft takes its 忽略 with it', async () => {
  const { s, call } = await start('a');
  const doc = withText(newReport(), TEXT);
  const id = s.drafts.create(doc).id;
  const before = proofRules(await call<CheckReport>('check.run', { id }));
  expect(before).toEqual(
    expect.arrayContaining([
      ['word-misused', '既使'],
      ['term-standard', '法制政府'],
    ]),
  );

  await call('dictionary.save', { term: '既使村', kind: 'accept' });
  await call('dictionary.save', { term: '县法制办', kind: 'ban', replacement: '县司法局' });
  const withDict = proofRules(await call<CheckReport>('check.run', { id }));
  expect(withDict).not.toContainEqual(['word-misused', '既使']);
  expect(withDict).toContainEqual(['word-banned', '县法制办']);
  // A document sent whole is checked with the dictionary too.
  expect(proofRules(await call<CheckReport>('check.run', { doc }))).toEqual(withDict);

  // 忽略 the 法制政府 finding, by the key the panel computes.
  const report = await call<CheckReport>('check.run', { id });
  const f = report.findings.find((x) => x.rule === 'term-standard')!;
  const key = findingKey({ rule: f.rule, range: f.range! }, TEXT);
  expect(await call('proofread.ignore', { draftId: id, keys: [key, key] })).toEqual({ keys: [key] });
  expect(proofRules(await call<CheckReport>('check.run', { id }))).not.toContainEqual(['term-standard', '法制政府']);
  expect((await call<CheckReport>('check.run', { id })).counts.warning).toBe(report.counts.warning - 1);
  expect(await call('proofread.unignore', { draftId: id })).toEqual({ keys: [] });
  await call('proofread.ignore', { draftId: id, keys: [key] });

  expect((await failure(call('proofread.ignore', { draftId: 'no-such-draft', keys: [key] }))).code).toBe('NOT_FOUND');
  expect((await failure(call('proofread.ignore', { draftId: id, keys: ['x'.repeat(1_001)] }))).code).toBe('BAD_INPUT');
  s.drafts.remove(id);
  s.drafts.purge(id);
  expect(await call('proofread.ignored', { draftId: id })).toEqual({ keys: [] });
});

test('a data package carries the dictionary and 忽略; check.run on the new computer agrees', async () => {
  const a = await start('sender');
  const id = a.s.drafts.create(withText(newReport(), TEXT)).id;
  await a.call('dictionary.save', { term: '既使村', kind: 'accept', note: '村名' });
  await a.call('dictionary.save', { term: '县法制办', kind: 'ban', replacement: '县司法局' });
  const f = (await a.call<CheckReport>('check.run', { id })).findings.find((x) => x.rule === 'term-standard')!;
  await a.call('proofread.ignore', { draftId: id, keys: [findingKey({ rule: f.rule, range: f.range! }, TEXT)] });
  const sent = await a.call<CheckReport>('check.run', { id });
  const pkg = await a.s.exportPackage();

  const b = await start('receiver');
  await b.s.importPackage(pkg.bytes);
  const strip = (e: DictionaryEntry[]) => e.map(({ id: _id, ...rest }) => rest);
  expect(strip(await b.call<DictionaryEntry[]>('dictionary.list', {}))).toEqual(
    strip(await a.call<DictionaryEntry[]>('dictionary.list', {})),
  );
  expect(await b.call('proofread.ignored', { draftId: id })).toEqual(await a.call('proofread.ignored', { draftId: id }));
  expect(await b.call<CheckReport>('check.run', { id })).toEqual(sent);
});

test('a version-2 package (before 公文校对 kept anything) imports, with an empty dictionary', async () => {
  const file = path.join(dir, 'v2.db');
  const db = new Database(file);
  migration001.up(db);
  migration002.up(db);
  db.pragma('user_version = 2');
  db.close();
  const { s, call } = await start('clerk');
  await call('dictionary.save', { term: '既使村', kind: 'accept' });
  await s.importPackage(fs.readFileSync(file));
  expect(await call('dictionary.list', {})).toEqual([]);
  await call('dictionary.save', { term: '既使村', kind: 'accept' });
  expect((await call<DictionaryEntry[]>('dictionary.list', {})).length).toBe(1);
});

test('a package’s dictionary rows the app would not write are not used; ones the schema refuses refuse the package', async () => {
  const a = await start('sender');
  await a.call('dictionary.save', { term: '既使村', kind: 'accept' });
  const pkg = await a.s.exportPackage();
  const plant = (sql: string) => {
    const file = path.join(dir, `planted-${Math.random().toString(36).slice(2)}.db`);
    fs.writeFileSync(file, pkg.bytes);
    const db = new Database(file);
    db.exec(sql);
    db.close();
    return fs.readFileSync(file);
  };
  const b = await start('receiver');
  await b.s.importPackage(
    plant(`INSERT INTO proof_dictionary (term, kind, created_at, updated_at) VALUES ('两行' || char(10) || '词语', 'accept', 'x', 'x');`),
  );
  expect((await b.call<DictionaryEntry[]>('dictionary.list', {})).map((e) => e.term)).toEqual(['既使村']);
  // More rows than the app keeps: the first 2,000 are read, the check stays bounded; no more can be added.
  await b.s.importPackage(
    plant(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2100)
      INSERT INTO proof_dictionary (term, kind, created_at, updated_at) SELECT '词' || i, 'accept', 'x', 'x' FROM n;`),
  );
  expect((await b.call<DictionaryEntry[]>('dictionary.list', {})).length).toBe(DICTIONARY_LIMITS.entries);
  const full = await failure(b.call('dictionary.save', { term: '再加一个', kind: 'accept' }));
  expect([full.code, full.message]).toEqual(['TOO_LARGE', `自定义词典最多 ${DICTIONARY_LIMITS.entries} 条，请先删去不用的词语。`]);
  const err = await failure(
    b.s.importPackage(plant(`PRAGMA ignore_check_constraints = ON; UPDATE proof_dictionary SET kind = 'everything';`)),
  );
  expect(err.code).toBe('BAD_FILE');
  expect((await b.call<DictionaryEntry[]>('dictionary.list', {})).length).toBe(DICTIONARY_LIMITS.entries);
});
