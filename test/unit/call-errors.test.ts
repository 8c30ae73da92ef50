/**
 * What the page shows for a failed action (renderer/src/api/client.ts `asCallError`): a call's own
 * error keeps its code and Chinese message; anything else (a page bug, Electron's IPC wrapper
 * text) becomes the generic Chinese message, never English internals.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/errors';
import type * as Client from '../../renderer/src/api/client';

let asCallError: typeof Client.asCallError;

beforeAll(async () => {
  // The module builds the bridge client on import; give it the little of a browser it reads.
  vi.stubGlobal('window', { location: { search: '' } });
  vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => undefined });
  ({ asCallError } = await import('../../renderer/src/api/client'));
});

describe('asCallError', () => {
  test("a call's error (the preload's plain object) keeps its code, message and details", () => {
    const e = asCallError({ code: 'CONFLICT', message: '该草稿已在别处修改。', details: { currentRevision: 3 } });
    expect([e.code, e.message, e.details]).toEqual(['CONFLICT', '该草稿已在别处修改。', { currentRevision: 3 }]);
  });

  test.each([
    ['a TypeError in the page', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['Electron IPC wrapper text', new Error("Error invoking remote method 'gongwen:drafts.save': Error: boom")],
    ['a bare string', 'read failed'],
    ['nothing', undefined],
  ])('%s becomes the Chinese internal-error message', (_what, err) => {
    const e = asCallError(err);
    expect(e.code).toBe('INTERNAL');
    expect(e.message).toBe(ERROR_MESSAGES.INTERNAL);
  });
});
