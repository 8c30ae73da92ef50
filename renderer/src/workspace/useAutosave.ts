/**
 * Autosave: a change is written shortly after typing pauses, and always before leaving. Saves
 * carry the revision they are based on; a conflict stops autosaving and says so, so nothing is
 * overwritten. A failed save keeps the text in the window and retries.
 *
 * A document the contract would refuse (over a limit: a heading typed too long, say) is caught
 * here, with the contract's own schema, before anything is sent: the clerk is told where and by
 * how much, nothing is retried, and saving resumes with the first change that makes it valid.
 *
 * Whatever is not yet acknowledged by a save is also kept as a local recovery copy (recovery.ts):
 * at once when a save fails, is refused or conflicts, or the page goes away; after a short delay
 * while it is merely waiting. The copy goes as soon as a save of that very document succeeds.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { SavableDocument, type ReportDocument } from '../../../shared/model/document';
import { describeIssue, issueSentence } from '../../../shared/model/describe-issue';
import { api, asCallError } from '../api/client';
import { dropCopy, keepCopy, localCopies, type KeepResult } from './recovery';
import { SAVE } from './messages';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; conflict: boolean }
  /** The document breaks a limit; it stays in the window, unsaved, until changed. */
  | { kind: 'invalid'; message: string };

/** Why `doc` cannot be saved as it stands, in the clerk's words; null when it can. */
export function unsavableReason(doc: ReportDocument): string | null {
  const result = SavableDocument.safeParse(doc);
  if (result.success) return null;
  const words = describeIssue(result.error.issues[0]!, doc);
  return words.limit ? issueSentence(words, SAVE.resumes) : SAVE.refused(words.text);
}

export const AUTOSAVE_DELAY_MS = 800;
const RETRY_MS = 5_000;
/**
 * How long a change may wait unacknowledged before a recovery copy is written: past the editor's
 * pause, the autosave delay and a save's round trip, so ordinary typing is saved and nothing is
 * written to localStorage for it.
 */
export const RECOVERY_DELAY_MS = 2_000;

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
  // The latest document not yet acknowledged by a save: pending, in flight, refused or failed.
  const unacked = useRef<ReportDocument | null>(null);
  const keepTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Set when the workspace closes: its last save is tried once, but no retry outlives it (a
  // retry after the draft is reopened elsewhere would only meet a conflict; the recovery copy
  // holds the text instead).
  const disposed = useRef(false);

  /** Write the recovery copy of what is unacknowledged now; null when everything is saved. */
  const keepNow = useCallback((): KeepResult | null => {
    if (keepTimer.current) clearTimeout(keepTimer.current);
    keepTimer.current = null;
    const doc = unacked.current;
    if (!doc) return null;
    return keepCopy(localCopies(), { draftId: id, baseRevision: revision.current, savedAt: new Date().toISOString(), doc });
  }, [id]);
  // Not restarted by each change: during steady typing the copy still follows, once a delay.
  const keepSoon = useCallback(() => {
    keepTimer.current ??= setTimeout(keepNow, RECOVERY_DELAY_MS);
  }, [keepNow]);
  const acknowledged = useCallback(
    (doc: ReportDocument) => {
      if (unacked.current !== doc) return; // a newer change waits; its copy is still wanted
      unacked.current = null;
      if (keepTimer.current) clearTimeout(keepTimer.current);
      keepTimer.current = null;
      dropCopy(localCopies(), id);
    },
    [id],
  );

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const doc = pending.current;
    if (!doc || conflict.current) return;
    const invalid = unsavableReason(doc);
    if (invalid) {
      // Kept pending (the window still has it); no retry: the same document would fail again.
      setState({ kind: 'invalid', message: invalid });
      keepNow();
      return;
    }
    pending.current = null;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const result = await api['drafts.save']({ id, baseRevision: revision.current, doc });
        revision.current = result.revision;
        acknowledged(doc);
        setNumberWarning(result.numberWarning?.message ?? null);
        setState(pending.current ? { kind: 'dirty' } : { kind: 'saved' });
      } catch (err) {
        const e = asCallError(err);
        const isConflict = e.code === 'CONFLICT';
        conflict.current = isConflict;
        // Keep the unsaved document so a retry (or the clerk) can still write it.
        pending.current ??= doc;
        setState({ kind: 'error', message: e.message, conflict: isConflict });
        keepNow();
        // Refused input is refused again: wait for the next change instead of retrying it.
        if (!isConflict && e.code !== 'BAD_INPUT' && !disposed.current) timer.current = setTimeout(() => void flushRef.current(), RETRY_MS);
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [id, keepNow, acknowledged]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const change = useCallback(
    (doc: ReportDocument) => {
      pending.current = doc;
      unacked.current = doc;
      keepSoon();
      if (conflict.current) return;
      if (timer.current) clearTimeout(timer.current);
      // Said at once, and again as the clerk shortens it, so the figures follow the text.
      const invalid = unsavableReason(doc);
      if (invalid) {
        setState({ kind: 'invalid', message: invalid });
        return;
      }
      setState((s) => (s.kind === 'saving' ? s : { kind: 'dirty' }));
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, keepSoon],
  );

  useEffect(() => {
    // The editor's own listeners (registered first, being a child) have handed on its last text.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (pending.current) {
        void flush();
        e.preventDefault();
      }
      keepNow();
    };
    const pageHide = () => void keepNow();
    disposed.current = false;
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
      disposed.current = true;
      void flush();
      keepNow();
    };
  }, [flush, keepNow]);

  /** True while something typed is not yet in the database (pending, in flight, failed, or in conflict). */
  const unsaved = useCallback(() => unacked.current !== null || conflict.current, []);

  return { state, change, flush, revision, unsaved, numberWarning, keepNow };
}

export function saveStateLabel(s: SaveState): string {
  switch (s.kind) {
    case 'saved':
      return SAVE.saved;
    case 'dirty':
      return SAVE.unsaved;
    case 'saving':
      return SAVE.saving;
    case 'error':
      return s.conflict ? SAVE.conflict : SAVE.failed;
    case 'invalid':
      return SAVE.unsaved;
  }
}
