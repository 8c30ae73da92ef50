/**
 * The call contract: one map from call name to input/output schemas. Every adapter (Electron IPC,
 * web bridge, CLI) validates input against it before a handler runs; the renderer's
 * `window.gongwen` type is derived from it.
 */
import type { z } from 'zod';
import { templateCalls } from './templates';
import { draftCalls } from './drafts';
import { exportCalls } from './export';
import { checkCalls } from './check';
import { historyCalls } from './history';
import { profileCalls } from './profiles';
import { numberCalls } from './numbers';
import { searchCalls } from './search';
import { backupCalls } from './backup';
import { appCalls } from './app';
import { importCalls } from './import';
import { proofreadCalls } from './proofread';
import type { CallNameList } from './names';

export const contract = {
  ...historyCalls,
  ...profileCalls,
  ...numberCalls,
  ...searchCalls,
  ...backupCalls,
  ...appCalls,
  ...templateCalls,
  ...draftCalls,
  ...exportCalls,
  ...checkCalls,
  ...importCalls,
  ...proofreadCalls,
};

type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

export { CALL_NAMES } from './names';

// Compile-time proof that names.ts and the map above list the same calls.
type MissingFromNames = Exclude<CallName, CallNameList>;
type MissingFromContract = Exclude<CallNameList, CallName>;
export const NAMES_MATCH_CONTRACT: [MissingFromNames, MissingFromContract] extends [never, never] ? true : never = true;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** What `window.gongwen` offers: one async function per call. */
export type GongwenApi = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };

export * from './drafts';
export * from './export';
export * from './history';
export * from './profiles';
export * from './numbers';
export * from './search';
export * from './backup';
export * from './app';
export * from './import';
export * from './proofread';
