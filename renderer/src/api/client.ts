/**
 * `window.gongwen`: in Electron the preload provides it; in a browser (web mode, e2e tests) a
 * small client over the loopback bridge provides the same object, from the same call list.
 */
import { CALL_NAMES } from '../../../shared/contract/names';
import type { GongwenApi } from '../../../shared/contract/index';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { A } from './messages';

declare global {
  interface Window {
    gongwen?: GongwenApi;
  }
}

/** An error from a call, carrying the contract's code and the clerk-facing message. */
export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'gongwen-token';

function bridgeToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createBridgeClient(token: string): GongwenApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of CALL_NAMES) {
    api[name] = async (input: unknown) => {
      let res: Response;
      try {
        res = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-gongwen-token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new CallError('OFFLINE', A.offline);
      }
      const body = (await res.json().catch(() => null)) as { code?: string; message?: string; details?: unknown } | null;
      if (!res.ok) throw new CallError(body?.code ?? 'INTERNAL', body?.message ?? A.failed, body?.details);
      return body;
    };
  }
  return api as GongwenApi;
}

/**
 * A rejected call as the page sees it. Through the bridge client it is already a CallError. In
 * Electron the preload rejects with a plain `{code, message, details}` object, not an Error (the
 * context bridge would rebuild an Error from its message alone); anything else is not a call's
 * own error.
 */
export function asCallError(err: unknown): CallError {
  if (err instanceof CallError) return err;
  const e = err as { code?: unknown; message?: unknown; details?: unknown } | null;
  // Only a call's own error carries a code with its Chinese message. Anything else (a TypeError in
  // the page, Electron's "Error invoking remote method…", a DOMException) would show the clerk
  // English internals: say it in her words instead.
  if (typeof e?.code !== 'string' || typeof e.message !== 'string') return new CallError('INTERNAL', ERROR_MESSAGES.INTERNAL);
  return new CallError(e.code, e.message, e.details);
}

export const api: GongwenApi = window.gongwen ?? createBridgeClient(bridgeToken());

/** Where an exported file can be opened from, in web mode. */
export function exportedFileUrl(path: string): string | null {
  if (window.gongwen) return null;
  const name = path.split(/[\\/]/).pop() ?? '';
  return `/exports/${encodeURIComponent(name)}?token=${encodeURIComponent(bridgeToken())}`;
}
