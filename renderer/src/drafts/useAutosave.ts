/**
 * Autosave: a change is written shortly after typing pauses, and always before leaving. Saves
 * carry the revision they are based on; a conflict stops autosaving and says so, so nothing is
 * overwritten. A failed save keeps the text in the window and retries.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import { api, asCallError } from '../api/client';

export type SaveState = { kind: 'saved' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string; conflict: boolean };

export const AUTOSAVE_DELAY_MS = 800;
const RETRY_MS = 5_000;

export function useAutosave(id: string, initialRevision: number) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  // The register's word when the saved 发文字号 belongs to another draft (the save itself happened).
  const [numberWarning, setNumberWarning] = useState<string | null>(null);
  const revision = useRef(initialRevision);
  const pending = useRef<ReportDocument | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflict = useRef(false);
  // The retry timer calls the latest flush through a ref (flush cannot name itself while being defined).
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const doc = pending.current;
    if (!doc || conflict.current) return;
    pending.current = null;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const result = await api['drafts.save']({ id, baseRevision: revision.current, doc });
        revision.current = result.revision;
        setNumberWarning(result.numberWarning?.message ?? null);
        setState(pending.current ? { kind: 'dirty' } : { kind: 'saved' });
      } catch (err) {
        const e = asCallError(err);
        const isConflict = e.code === 'CONFLICT';
        conflict.current = isConflict;
        // Keep the unsaved document so a retry (or the clerk) can still write it.
        pending.current ??= doc;
        setState({ kind: 'error', message: e.message, conflict: isConflict });
        if (!isConflict) timer.current = setTimeout(() => void flushRef.current(), RETRY_MS);
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [id]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const change = useCallback(
    (doc: ReportDocument) => {
      pending.current = doc;
      if (conflict.current) return;
      setState((s) => (s.kind === 'saving' ? s : { kind: 'dirty' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (pending.current) {
        void flush();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void flush();
    };
  }, [flush]);

  /** True while something typed is not yet in the database (pending, failed, or in conflict). */
  const unsaved = useCallback(() => pending.current !== null || conflict.current, []);

  return { state, change, flush, revision, unsaved, numberWarning };
}

export function saveStateLabel(s: SaveState): string {
  switch (s.kind) {
    case 'saved':
      return '已保存';
    case 'dirty':
      return '未保存';
    case 'saving':
      return '保存中…';
    case 'error':
      return s.conflict ? '保存冲突' : '保存失败';
  }
}
