/**
 * Running what the clerk clicked, the same way on every page: `busy` while it runs (so its buttons
 * can be disabled), then what the action returns as its notice (a text, or a Notice with a link or
 * an undo; null says nothing), or, if it threw, the failure in the error's own words.
 */
import { useState } from 'react';
import { failure, type Notice } from './Notice';

export interface ActionOptions {
  /** Shown while a long action runs (a backup, a data package). */
  working?: string;
  /**
   * Runs after the action whether it worked or not (close a confirmation, read the list again):
   * a failed step can still find things changed, such as a draft already gone.
   */
  after?: () => void;
}

export function useAction(show: (n: Notice) => void, { working, after }: ActionOptions = {}) {
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<Notice | string | null>): Promise<void> {
    setBusy(true);
    if (working) show({ text: working });
    try {
      const n = await action();
      if (n) show(typeof n === 'string' ? { text: n } : n);
    } catch (e) {
      show(failure(e));
    } finally {
      setBusy(false);
      after?.();
    }
  }
  return { busy, run };
}
