/**
 * The Electron IPC adapter over the handler table. Written against a minimal `ipcMain` shape so
 * it runs in tests without Electron (the one boundary we fake). Every call: sender checked,
 * input validated against the contract, errors returned as `{code, message}`.
 */
import { CALL_NAMES } from '../../shared/contract/index';
import { ERROR_MESSAGES, toErrorPayload } from '../../shared/errors';
import { dispatch, type Handlers } from '../services/index';
import { channelFor, isTrustedSender } from './channels';

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame?: { url: string; parent?: unknown } | null }, input: unknown) => unknown): void;
}

/** What crosses back to the renderer: never a thrown Error (Electron would mangle its message). */
export type IpcResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } };

export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelFor(name), async (event, input): Promise<IpcResult> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent || !isTrustedSender(frame.url)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: ERROR_MESSAGES.UNAUTHORIZED } };
      }
      try {
        return { ok: true, value: await dispatch(handlers, name, input) };
      } catch (err) {
        return { ok: false, error: toErrorPayload(err) };
      }
    });
  }
}
