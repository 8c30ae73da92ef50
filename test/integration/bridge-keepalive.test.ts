/**
 * Keep-alive between the bridge and its clients must not race: a client whose event loop was
 * blocked (a test waiting on LibreOffice with execFileSync, the page busy rendering) sends its
 * next call on the pooled socket the server closed meanwhile, and fails with "fetch failed /
 * other side closed" when its request crosses the server closing the idle socket. That crossing
 * is a race between two processes and cannot be staged exactly; what removes it is checked
 * instead: the bridge keeps idle sockets a minute (far beyond any pause between a page's or a
 * test's calls), and the test client never reuses a socket at all.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import path from 'node:path';
import { KEEP_ALIVE_MS, startBridge, type Bridge } from '../../electron/web/bridge';
import { openDatabase } from '../../electron/store/database';
import type { DB } from '../../electron/store/sqlite';
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

test('the test client takes a connection of its own per call: nothing pooled for the server to close under it', async () => {
  let connections = 0;
  const count = () => void connections++;
  bridge.server.on('connection', count);
  try {
    for (let i = 0; i < 3; i++) {
      expect((await call('templates.list')).status).toBe(200);
      // A blocked event loop between calls (the pattern that raced): harmless on a fresh connection.
      blockFor(50);
    }
  } finally {
    bridge.server.off('connection', count);
  }
  expect(connections).toBe(3);
});
