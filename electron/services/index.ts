/**
 * The one handler table: call name → handler. Composed from one file per domain; adapters
 * (electron/ipc, electron/web, electron/cli) only translate transport and call `dispatch`.
 */
import { validateCall } from '../../shared/contract/validate';
import type { ServiceContext } from './context';
import type { Handlers } from './handler';
import { templateHandlers } from './templates';
import { draftHandlers } from './drafts';
import { exportHandlers } from './export';
import { historyHandlers } from './history';
import { profileHandlers } from './profiles';
import { numberHandlers } from './numbers';
import { searchHandlers } from './search';
import { backupHandlers } from './backup';
import { appHandlers } from './app';
import { checkHandlers } from './check';
import { importHandlers } from './import';
import { proofreadHandlers } from './proofread';

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...templateHandlers(ctx),
    ...draftHandlers(ctx),
    ...exportHandlers(ctx),
    ...historyHandlers(ctx),
    ...profileHandlers(ctx),
    ...numberHandlers(ctx),
    ...searchHandlers(ctx),
    ...backupHandlers(ctx),
    ...appHandlers(ctx),
    ...checkHandlers(ctx),
    ...importHandlers(ctx),
    ...proofreadHandlers(ctx),
  };
}

/** Validate against the contract, then run. Every adapter goes through here. */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<unknown> {
  const call = validateCall(name, rawInput);
  const handler = handlers[call.name] as (input: unknown) => unknown;
  return await handler(call.input);
}

export type { Handlers } from './handler';
export type { Platform } from './context';
export { createContext } from './context';
