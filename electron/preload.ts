/**
 * Sandboxed preload: exposes `window.gongwen`, one function per contract call, and nothing else.
 * No Node, no ipcRenderer, no generic invoke reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../shared/contract/names';
import { channelFor } from './ipc/channels';
import type { IpcResult } from './ipc/register';

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of CALL_NAMES) {
  const channel = channelFor(name);
  api[name] = async (input: unknown) => {
    const result = (await ipcRenderer.invoke(channel, input)) as IpcResult;
    if (result.ok) return result.value;
    // A plain object, not an Error: the context bridge rebuilds Errors from their message alone,
    // dropping `code` and `details` (the reasons an export is held back). The page's
    // `asCallError` reads the three fields.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
    return Promise.reject({ code: result.error.code, message: result.error.message, details: result.error.details });
  };
}

contextBridge.exposeInMainWorld('gongwen', Object.freeze(api));
