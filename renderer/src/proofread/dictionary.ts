/**
 * The organ's 自定义词典 as the draft page's checker uses it: read once from the database,
 * compiled once, and read again when 设置 changes it (or after 导入数据包, which replaces it).
 * One small store shared by every page, so the checker and 全部修正 use the same dictionary.
 */
import { useSyncExternalStore } from 'react';
import { compileDictionary, EMPTY_DICTIONARY, type ProofDictionary } from '../../../shared/proofread/dictionary';
import { api } from '../api/client';

let current: ProofDictionary = EMPTY_DICTIONARY;
const listeners = new Set<() => void>();

/** Read the dictionary again (after 设置 changed it or a data package replaced it). */
export function reloadDictionary(): Promise<void> {
  return (
    api['dictionary.list']({})
      .then((entries) => {
        current = compileDictionary(entries);
        for (const l of listeners) l();
      })
      // Unreadable: proofread without it (nothing is silenced) rather than not at all.
      .catch(() => undefined)
  );
}

function subscribe(listener: () => void): () => void {
  // Read afresh whenever a page starts using it: 设置 or a data package may have changed it since.
  if (!listeners.size) void reloadDictionary();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The compiled dictionary; the page re-renders when it changes. */
export function useDictionary(): ProofDictionary {
  return useSyncExternalStore(subscribe, () => current);
}
