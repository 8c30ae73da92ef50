/**
 * The one document of an open draft and everything that keeps it safe: each part that edits it
 * commits its own share (the editor lead and body, the header form meta, the 往年对照 panel its
 * ticks), autosave writes the whole, and a recovered copy opened in place of the stored text is
 * saved as a change. Leaving in-app waits for the save, and asks when it cannot finish.
 *
 * The save state shown must never say 已保存 while the editor still holds typed text it has not
 * handed on yet (it does so shortly after typing pauses): `typingRef` marks the area to watch.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '../../../shared/contract/drafts';
import type { Meta, ReportDocument, RolloverInfo } from '../../../shared/model/document';
import { HANDED_ON_EVENTS, type EditorText, type ReportEditorHandle } from '../editor/ReportEditor';
import { setLeaveGuard } from '../app/router';
import { useAutosave, type SaveState } from './useAutosave';

/** How long leaving waits for the save (保存中…) before asking instead. */
const LEAVE_WAIT_MS = 5_000;

/** The question before leaving with unsaved text; `kept` says whether a recovery copy holds it. */
export interface LeaveQuestion {
  kept: boolean;
  answer: (leave: boolean) => void;
}

export function useDraftDocument(draft: DraftRecord, unsavedOnOpen: boolean) {
  const { state, change, flush, revision, unsaved, numberWarning, keepNow } = useAutosave(draft.id, draft.revision);
  // The latest document; the ref for callbacks that must not wait for a render.
  const [doc, setDoc] = useState(draft.doc);
  const docRef = useRef(draft.doc);
  const editorRef = useRef<ReportEditorHandle>(null);
  // Counts the editor's changes, so the find bar counts its matches again.
  const [textVersion, setTextVersion] = useState(0);

  const commit = useCallback(
    (next: ReportDocument) => {
      docRef.current = next;
      setDoc(next);
      change(next);
    },
    [change],
  );
  // The page already shows draft.doc; autosave is told it is a change, to write it.
  useEffect(() => {
    if (unsavedOnOpen) change(draft.doc);
  }, [unsavedOnOpen, change, draft.doc]);

  const [typed, setTyped] = useState(false);
  const typingRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = typingRef.current;
    if (!el) return;
    // Lexical cancels beforeinput and writes itself, so no input event follows: listen before it.
    // The editor reports after each of these events, change or not, which clears the mark.
    const mark = () => setTyped(true);
    for (const e of HANDED_ON_EVENTS) el.addEventListener(e, mark, true);
    return () => {
      for (const e of HANDED_ON_EVENTS) el.removeEventListener(e, mark, true);
    };
  }, []);
  const saveState: SaveState = typed && state.kind === 'saved' ? { kind: 'dirty' } : state;

  const onEditorChange = useCallback(
    (text: EditorText) => {
      commit({ ...docRef.current, lead: text.lead, body: text.body });
      setTextVersion((v) => v + 1);
      setTyped(false);
    },
    [commit],
  );
  // Input that changed nothing (a refused paste) leaves nothing unsaved.
  const onEditorNoChange = useCallback(() => setTyped(false), []);
  const onMetaChange = useCallback(
    (update: (meta: Meta) => Meta) => {
      const meta = update(docRef.current.meta);
      if (meta !== docRef.current.meta) commit({ ...docRef.current, meta });
    },
    [commit],
  );
  const onRolloverChange = useCallback(
    (update: (info: RolloverInfo) => RolloverInfo) => {
      const info = docRef.current.rollover;
      if (info) commit({ ...docRef.current, rollover: update(info) });
    },
    [commit],
  );

  const getDoc = useCallback(() => docRef.current, []);
  /** Everything typed handed on and written (before an export, a roll forward, Ctrl+S). */
  const saveNow = useCallback(async () => {
    editorRef.current?.flush();
    await flush();
  }, [flush]);
  // Before naming or restoring a version: everything typed saved, and the revision it is at.
  const beforeHistory = useCallback(async () => {
    await saveNow();
    return unsaved() ? null : revision.current;
  }, [saveNow, unsaved, revision]);

  // Leaving in-app (a link, the back button): save what is typed first; if that fails, ask.
  const [leaving, setLeaving] = useState<LeaveQuestion | null>(null);
  useEffect(
    () =>
      setLeaveGuard(async () => {
        editorRef.current?.flush();
        await Promise.race([flush(), new Promise((r) => setTimeout(r, LEAVE_WAIT_MS))]);
        if (!unsaved()) return true;
        const kept = keepNow() === 'kept';
        return new Promise<boolean>((resolve) =>
          setLeaving({
            kept,
            answer: (leave) => {
              setLeaving(null);
              resolve(leave);
            },
          }),
        );
      }),
    [flush, unsaved, keepNow],
  );

  return {
    doc,
    docRef,
    getDoc,
    editorRef,
    typingRef,
    textVersion,
    /** What the save badge shows. */
    saveState,
    /** Why the last save failed or cannot happen, for the alert under the header; null when none. */
    saveError: state.kind === 'error' || state.kind === 'invalid' ? state.message : null,
    numberWarning,
    onEditorChange,
    onEditorNoChange,
    onMetaChange,
    onRolloverChange,
    saveNow,
    beforeHistory,
    leaving,
  };
}

export type DraftDocument = ReturnType<typeof useDraftDocument>;
