/**
 * The typed channel map: one IPC channel per contract call, `gongwen:<call>`. Shared by the
 * preload (which exposes one function per channel) and the main-process adapter.
 */
import { CALL_NAMES, type CallNameList as CallName } from '../../shared/contract/names';

const CHANNEL_PREFIX = 'gongwen:';

export function channelFor(name: CallName): string {
  return CHANNEL_PREFIX + name;
}

export const CHANNELS: readonly string[] = CALL_NAMES.map(channelFor);

/** The renderer is served from app://gongwen; nothing else may call the handlers. */
export const APP_ORIGIN = 'app://gongwen';

/** Rocket.Chat-style sender validation: the frame must be our own top-level page. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  if (!frameUrl) return false;
  try {
    const u = new URL(frameUrl);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
