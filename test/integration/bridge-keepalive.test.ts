/**
 * Keep-alive between the bridge and its clients must not race: a client whose event loop was
 * blocked (a test waiting on LibreOffice with execFileSync, the page busy rendering) sends its
 * next call on the pooled socket the server closed meanwhile, and fails with "fetch failed /
 * other side closed". Reproduced deterministically here by shrinking the server's idle timeout
 * and blocking the event loop past it; the real bridge keeps idle sockets a minute.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import path from 'node:path';
import { KEEP_ALIVE_MS, startBridge, type Bridge } from '../../electron/web/bridge';
import { openDatabase, type DB } from '../../electron/store/database';
import { createContext, createHandlers } from '../../electron/services/index';
import { DIST, rm, tempDir } from '../helpers/paths';
import { postJson } from '../helpers/bridge';

let bridge: Bridge;
let db: DB;
let dir: string;
const TOKEN = 'keepalive-token';

beforeAll(async () => {
  dir = tempDir();
  db = openDatabase(dir);
  const handlers = createHandlers(createContext(db, dir, { saveExport: async () => null }));
  bridge = await startBridge({ handlers, token: TOKEN, staticDir: path.join(DIST, 'renderer'), exportDir: path.join(dir, 'exports'), port: 0 });
});
afterAll(async () => {
  bridge.server.closeAllConnections();
  await bridge.close();
  db.close();
  rm(dir);
});

/** Block this thread (and so its event loop) the way a synchronous child process does. */
const blockFor = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const call = (name: string) => postJson(`http://127.0.0.1:${bridge.port}/api/${name}`, {}, { 'x-gongwen-token': TOKEN });

test('the bridge keeps an idle connection a minute, and accepts headers on it at least as long', async () => {
  expect(bridge.server.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
  expect(KEEP_ALIVE_MS).toBeGreaterThanOrEqual(60_000);
  expect(bridge.server.headersTimeout).toBeGreaterThan(bridge.server.keepAliveTimeout);
  expect(bridge.server.requestTimeout).toBeGreaterThanOrEqual(bridge.server.headersTimeout);
});

test('the test client survives the server closing idle sockets while the client was blocked', async () => {
  const saved = { keepAlive: bridge.server.keepAliveTimeout, buffer: bridge.server.keepAliveTimeoutBuffer };
  // The server closes an idle socket after 100 ms; the client is blocked for 400 ms between calls.
  bridge.server.keepAliveTimeout = 100;
  bridge.server.keepAliveTimeoutBuffer = 0;
  try {
    for (let i = 0; i < 3; i++) {
      expect((await call('templates.list')).status).toBe(200);
      blockFor(400);
    }
    expect((await call('templates.list')).status).toBe(200);
  } finally {
    bridge.server.keepAliveTimeout = saved.keepAlive;
    bridge.server.keepAliveTimeoutBuffer = saved.buffer;
  }
});
