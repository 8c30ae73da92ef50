/**
 * The web bridge refuses bad requests before any handler runs: a malformed body, a missing or
 * wrong token, an unknown call, a foreign Host or Origin. Handlers here are counting spies
 * wrapped around the real table, on a real SQLite file.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import http from 'node:http';
import path from 'node:path';
import { startBridge, type Bridge } from '../../electron/web/bridge';
import { openDatabase } from '../../electron/store/database';
import type { DB } from '../../electron/store/sqlite';
import { createContext, createHandlers, type Handlers } from '../../electron/services/index';
import { DIST, rm, tempDir } from '../helpers/paths';

let bridge: Bridge;
let db: DB;
let dir: string;
const calls: string[] = [];
const TOKEN = 'secret-token';

beforeAll(async () => {
  dir = tempDir();
  db = openDatabase(dir);
  const real = createHandlers(createContext(db, dir, { saveExport: async () => null }));
  const spied = Object.fromEntries(
    Object.entries(real).map(([name, fn]) => [name, (input: unknown) => (calls.push(name), (fn as (i: unknown) => unknown)(input))]),
  ) as unknown as Handlers;
  bridge = await startBridge({ handlers: spied, token: TOKEN, staticDir: path.join(DIST, 'renderer'), exportDir: path.join(dir, 'exports'), port: 0 });
});
afterAll(async () => {
  bridge.server.closeAllConnections();
  await bridge.close();
  db.close();
  rm(dir);
});
beforeEach(() => {
  calls.length = 0;
});

/** Raw HTTP so Host and Origin can be set to anything (fetch forbids changing Host). */
function raw(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: opts.path, method: opts.method ?? 'POST', headers: { host: `127.0.0.1:${bridge.port}`, ...opts.headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
const api = (name: string, body: string, headers: Record<string, string> = {}) =>
  raw({ path: `/api/${name}`, body, headers: { 'content-type': 'application/json', 'x-gongwen-token': TOKEN, ...headers } });

describe('a good call passes', () => {
  test('templates.list answers and the handler ran once', async () => {
    const res = await api('templates.list', '{}');
    expect(res.status).toBe(200);
    expect(res.body.map((t: { id: string }) => t.id)).toContain('fazhi-annual');
    expect(calls).toEqual(['templates.list']);
  });
});

describe('bad input is refused before any handler runs', () => {
  test('malformed JSON body', async () => {
    const res = await api('drafts.list', '{"year": 20');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 'BAD_INPUT', message: expect.stringMatching(/JSON/) });
    expect(calls).toEqual([]);
  });
  test('a body that is JSON but not the contract’s shape', async () => {
    const res = await api('drafts.get', JSON.stringify({ id: '../../etc/passwd' }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_INPUT');
    expect(res.body.message).toMatch(/格式不正确/);
    const extra = await api('drafts.list', JSON.stringify({ year: 2024, sql: 'drop table drafts' }));
    expect(extra.status).toBe(400);
    expect(calls).toEqual([]);
  });
  test('missing token', async () => {
    const res = await raw({ path: '/api/drafts.list', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('UNAUTHORIZED');
    expect(res.body.message).toMatch(/令牌/);
    expect(calls).toEqual([]);
  });
  test('wrong token of the same length', async () => {
    const res = await api('drafts.list', '{}', { 'x-gongwen-token': 'secret-tokem' });
    expect(res.status).toBe(403);
    expect(calls).toEqual([]);
  });
  test('unknown call name', async () => {
    const res = await api('drafts.dropAll', '{}');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'UNKNOWN_CALL', message: '不支持的操作：drafts.dropAll' });
    expect(calls).toEqual([]);
  });
  test('prototype names are not calls', async () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const res = await api(name, '{}');
      expect(res.status).toBe(404);
    }
    expect(calls).toEqual([]);
  });
  test('a foreign Host header (DNS rebinding)', async () => {
    const res = await api('templates.list', '{}', { host: `evil.example:${bridge.port}` });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/来源/);
    const page = await raw({ path: '/', method: 'GET', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
    expect(calls).toEqual([]);
  });
  test('a foreign Origin (another web page posting to loopback)', async () => {
    const res = await api('templates.list', '{}', { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(calls).toEqual([]);
  });
  test('GET on a call', async () => {
    const res = await raw({ path: '/api/templates.list', method: 'GET', headers: { 'x-gongwen-token': TOKEN } });
    expect(res.status).toBe(405);
    expect(calls).toEqual([]);
  });
  test('a body over the size limit', async () => {
    const res = await api('drafts.list', JSON.stringify({ pad: 'x'.repeat(33 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('TOO_LARGE');
    expect(calls).toEqual([]);
  });
});

describe('static files', () => {
  test('the page is served with the strict CSP', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) => http.get({ host: '127.0.0.1', port: bridge.port, path: '/' }, resolve));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    res.resume();
  });
  test('paths cannot escape the renderer folder', async () => {
    const res = await raw({ path: '/..%2f..%2fpackage.json', method: 'GET' });
    expect(res.status).toBe(404);
    const exp = await raw({ path: `/exports/..%2f..%2fgongwen.db?token=${TOKEN}`, method: 'GET' });
    expect(exp.status).toBe(404);
  });
});
