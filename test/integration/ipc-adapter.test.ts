/**
 * The Electron IPC adapter, driven through a fake ipcMain (the Electron binary is the one
 * boundary nobody can reach here). Sender frames are checked and inputs validated before any
 * handler runs; errors come back as {code, message}.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { registerIpc, type IpcMainLike, type IpcResult } from '../../electron/ipc/register';
import { CHANNELS, channelFor, isTrustedSender } from '../../electron/ipc/channels';
import { CALL_NAMES } from '../../shared/contract/names';
import { contract } from '../../shared/contract/index';
import { openDatabase } from '../../electron/store/database';
import type { DB } from '../../electron/store/sqlite';
import { createContext, createHandlers, type Handlers } from '../../electron/services/index';
import { rm, tempDir } from '../helpers/paths';

type Listener = Parameters<IpcMainLike['handle']>[1];
const registered = new Map<string, Listener>();
const calls: string[] = [];
let db: DB;
let dir: string;

beforeAll(() => {
  dir = tempDir();
  db = openDatabase(dir);
  const real = createHandlers(createContext(db, dir, { saveExport: async () => null }));
  const spied = Object.fromEntries(
    Object.entries(real).map(([n, fn]) => [n, (i: unknown) => (calls.push(n), (fn as (x: unknown) => unknown)(i))]),
  ) as unknown as Handlers;
  registerIpc({ handle: (ch, fn) => void registered.set(ch, fn) }, spied);
});
afterAll(() => {
  db.close();
  rm(dir);
});
beforeEach(() => {
  calls.length = 0;
});

const appFrame = { url: 'app://gongwen/index.html', parent: null };
const invoke = (name: string, input: unknown, frame: unknown = appFrame) =>
  registered.get(`gongwen:${name}`)!({ senderFrame: frame as never }, input) as Promise<IpcResult>;

test('one channel per call, and the name list matches the contract', () => {
  expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
  expect([...CALL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  expect(channelFor('drafts.get')).toBe('gongwen:drafts.get');
});

test('the app page gets answers', async () => {
  const res = await invoke('drafts.create', { templateId: 'fazhi-annual', year: 2024 });
  expect(res.ok).toBe(true);
  expect(calls).toEqual(['drafts.create']);
});

test.each([
  ['a remote page', { url: 'https://evil.example/', parent: null }],
  ['a file:// page', { url: 'file:///tmp/x.html', parent: null }],
  ['a sub-frame of the app', { url: 'app://gongwen/index.html', parent: {} }],
  ['a look-alike host', { url: 'app://gongwen.evil/index.html', parent: null }],
  ['no frame (destroyed)', null],
])('%s is refused', async (_label, frame) => {
  const res = await invoke('drafts.list', {}, frame);
  expect(res).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: '未授权的访问已被拒绝。' } });
  expect(calls).toEqual([]);
});

test('input failing the schema never reaches the handler', async () => {
  const res = await invoke('drafts.save', { id: 'x', baseRevision: -1, doc: { hacked: true } });
  expect(res.ok).toBe(false);
  if (!res.ok) {
    expect(res.error.code).toBe('BAD_INPUT');
    expect(res.error.message).toMatch(/格式不正确/);
  }
  expect(calls).toEqual([]);
});

test('a handler error crosses as {code, message} in Chinese', async () => {
  const res = await invoke('drafts.get', { id: 'no-such-draft' });
  expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/^找不到该草稿/) } });
});

test('sender URL check', () => {
  expect(isTrustedSender('app://gongwen/index.html#/draft/1')).toBe(true);
  expect(isTrustedSender('http://127.0.0.1:3000/')).toBe(false);
  expect(isTrustedSender('')).toBe(false);
  expect(isTrustedSender('not a url')).toBe(false);
});
