/**
 * Sandboxed preload: exposes `window.gongwen`, one function per contract call, and nothing else.
 * No Node, no ipcRenderer, no generic invoke reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../shared/contract/names';
import { channelFor } from './ipc/channels';
import type { IpcResult } from './ipc/register';

class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of CALL_NAMES) {
  const channel = channelFor(name);
  api[name] = async (input: unknown) => {
    const result = (await ipcRenderer.invoke(channel, input)) as IpcResult;
    if (result.ok) return result.value;
    throw new CallError(result.error.code, result.error.message);
  };
}

contextBridge.exposeInMainWorld('gongwen', Object.freeze(api));
