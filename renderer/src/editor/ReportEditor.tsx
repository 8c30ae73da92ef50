/**
 * The structured editor: a Lexical view of a ReportDocument inside the template's outline.
 * `onChange` receives what the editor owns, lead and body as model (never Lexical JSON), shortly
 * after typing pauses and at once on Ctrl+S, blur and leaving the page. Meta and everything else
 * stay with the page, which reads them from the latest `doc` prop into the model when needed;
 * remount with a new `key` to load another body.
 *
 * The imperative handle lets panels around it jump to a section, find text and read the
 * current section.
 */
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { TableKeysPlugin } from './TableKeysPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  SELECTION_CHANGE_COMMAND,
  COMMAND_PRIORITY_LOW,
  mergeRegister,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import type { ReportDocument } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import { blocksTextSize } from '../../../shared/model/limits';
import { getTemplate } from '../../../shared/templates';
import { EDITOR_NODES, EDITOR_THEME, $isSectionHeadingNode } from './nodes';
import { $loadDocument, $readDocument } from './mapping';
import { $currentSectionId, outlinePolicy, type OutlinePolicy } from './structure';
import { NumberingPlugin } from './NumberingPlugin';
import { OutlinePlugin } from './OutlinePlugin';
import { Toolbar } from './Toolbar';
import { $confirmFigures } from './sections';
import { selectNextFigure } from './figureNav';
import type { TextRange } from '../../../shared/proofread/types';
import { rewriteDocument, selectTextRange } from '../proofread/editorOps';
import './editor.css';

/** What the editor owns of a document, and hands back: the rest (meta, roll forward) is the page's. */
export type EditorText = Pick<ReportDocument, 'lead' | 'body'>;

export interface ReportEditorHandle {
  /** Put the caret at the end of a section's heading and scroll it into view. */
  jumpTo(sectionId: string): boolean;
  /** Id of the section the caret is in (null in the lead or before the first heading). */
  currentSectionId(): string | null;
  /** Select the next occurrence of `text` after the caret (wrapping); false when none. */
  find(text: string): boolean;
  /** Hand the pending change to onChange now. */
  flush(): void;
  /** The document as it stands in the editor. */
  getDocument(): ReportDocument;
  focus(): void;
  /** Select the next figure marked 待核实 after the caret (wrapping); false when none is left. */
  nextFigure(): boolean;
  /** Confirm the 待核实 figures in the selection (or at the caret); the editor's message. */
  confirmFigures(): string;
  /** Select exactly these characters (a 公文校对 finding's place); false when the text is not there. */
  selectRange(range: TextRange): boolean;
  /** Rewrite lead and body through the model as one undo step (修正, 全部修正, 全部替换); false when nothing changed. */
  rewrite(change: (doc: ReportDocument) => ReportDocument): boolean;
}

export interface ReportEditorProps {
  doc: ReportDocument;
  /** Defaults to the template named in doc.meta.templateId. */
  template?: Template | undefined;
  readOnly?: boolean | undefined;
  onChange: (text: EditorText) => void;
  onCurrentSectionChange?: ((sectionId: string | null) => void) | undefined;
  /** A paste or drop left lead and body as they were (refused, say): nothing new to save. */
  onNoChange?: (() => void) | undefined;
  ref?: Ref<ReportEditorHandle> | undefined;
}

/** How long after the last keystroke the model is read and handed on. */
export const CHANGE_DELAY_MS = 150;
/**
 * DOM events after which the editor always reports, change or not (see the root listener). The
 * page marks its text as typed on the same events (workspace/useDraftDocument.ts) and clears the
 * mark on the report: a gesture the guard refuses (typing or cutting across a prescribed table)
 * changes nothing, so without a report of its own it left 未保存 showing for good.
 */
export const HANDED_ON_EVENTS = ['beforeinput', 'input', 'paste', 'drop', 'cut'] as const;
const MESSAGE_MS = 6_000;

export function ReportEditor({ doc, template, readOnly = false, onChange, onCurrentSectionChange, onNoChange, ref }: ReportEditorProps) {
  // The latest props, for listeners registered once.
  const docRef = useRef(doc);
  const onChangeRef = useRef(onChange);
  const onSectionRef = useRef(onCurrentSectionChange);
  const onNoChangeRef = useRef(onNoChange);
  useLayoutEffect(() => {
    docRef.current = doc;
    onChangeRef.current = onChange;
    onSectionRef.current = onCurrentSectionChange;
    onNoChangeRef.current = onNoChange;
  });

  // The outline policy is fixed at load: the required headings present then are protected.
  const policy = useMemo(() => outlinePolicy(doc, template ?? getTemplate(doc.meta.templateId)), []); // eslint-disable-line react-hooks/exhaustive-deps
  const getPolicy = useCallback((): OutlinePolicy => policy, [policy]);
  // Attachments are not edited here but count toward the draft's size limit.
  const getOutsideChars = useCallback(() => docRef.current.meta.attachments.reduce((n, a) => n + blocksTextSize(a.blocks), 0), []);

  // `n` counts every message, so the same message twice still shows (and tests can tell them apart).
  const [message, setMessage] = useState({ text: '', n: 0, shown: false });
  // A message is about the edit that said it and goes at the next one. Edits are told apart by
  // the clerk's gestures (a key, a click, a paste, an input method's composition — which is one
  // gesture however many updates it makes): a message notes the gesture it came in, and the
  // first content change of a later gesture clears it.
  const gesture = useRef(0);
  const messageGesture = useRef(0);
  const notify = useCallback((text: string) => {
    messageGesture.current = gesture.current;
    setMessage((m) => ({ text, n: m.n + 1, shown: true }));
  }, []);
  const onEdit = useCallback(() => {
    if (gesture.current > messageGesture.current) setMessage((m) => (m.shown ? { ...m, shown: false } : m));
  }, []);
  useEffect(() => {
    const next = (e: Event) => {
      if ((e instanceof KeyboardEvent || e instanceof InputEvent) && e.isComposing) return;
      if (e instanceof InputEvent && e.inputType.includes('Composition')) return;
      gesture.current++;
    };
    const events = ['keydown', 'mousedown', 'beforeinput', 'compositionstart', 'paste', 'cut', 'drop'] as const;
    // Window, capture phase: counted before any handler of the editor can say something.
    for (const e of events) window.addEventListener(e, next, true);
    return () => {
      for (const e of events) window.removeEventListener(e, next, true);
    };
  }, []);
  useEffect(() => {
    if (!message.shown) return;
    const t = setTimeout(() => setMessage((m) => ({ ...m, shown: false })), MESSAGE_MS);
    return () => clearTimeout(t);
  }, [message]);

  const initialConfig = useMemo(() => {
    // Time to open, for the bench: from here to the first painted frame (ChangePlugin).
    performance.mark('gw-editor-render');
    return {
      namespace: 'gongwen',
      nodes: EDITOR_NODES,
      theme: EDITOR_THEME,
      editable: !readOnly,
      onError(error: Error) {
        console.error(error);
      },
      editorState: () => $loadDocument(doc),
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="gw-editor-shell" data-testid="editor">
        <div className="gw-editor-top">
          <Toolbar getPolicy={getPolicy} notify={notify} disabled={readOnly} />
          <div className="gw-editor-message-bar" role="status" aria-live="polite" data-testid="editor-message" data-count={message.n}>
            {message.shown && (
              <span key={message.n} className="gw-editor-message">
                {message.text}
              </span>
            )}
          </div>
        </div>
        <div className="gw-editor-page">
          <RichTextPlugin
            contentEditable={<ContentEditable className="gw-editor" aria-label="正文" spellCheck={false} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler />
        <TableKeysPlugin />
        <OutlinePlugin getPolicy={getPolicy} notify={notify} getOutsideChars={getOutsideChars} />
        <NumberingPlugin getPolicy={getPolicy} />
        <ChangePlugin
          onEdit={onEdit}
          docRef={docRef}
          onChangeRef={onChangeRef}
          onSectionRef={onSectionRef}
          onNoChangeRef={onNoChangeRef}
          readOnly={readOnly}
          handleRef={ref}
        />
      </div>
    </LexicalComposer>
  );
}

interface ChangeProps {
  /** Every update that changed content (not loading), at its commit. */
  onEdit: () => void;
  docRef: { current: ReportDocument };
  onChangeRef: { current: (text: EditorText) => void };
  onSectionRef: { current: ((id: string | null) => void) | undefined };
  onNoChangeRef: { current: (() => void) | undefined };
  readOnly: boolean;
  handleRef: Ref<ReportEditorHandle> | undefined;
}

/** Deferred onChange, current-section reports, read-only switching and the imperative handle. */
function ChangePlugin({ onEdit, docRef, onChangeRef, onSectionRef, onNoChangeRef, readOnly, handleRef }: ChangeProps): null {
  const [editor] = useLexicalComposerContext();
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Lead and body as last handed on (or as loaded): updates that change nothing in the model
  // (transforms registering, selection, a restore by the guard) are not changes.
  const handed = useRef<string | null>(null);

  const read = useCallback(() => editor.getEditorState().read(() => $readDocument(docRef.current)), [editor, docRef]);
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!pending.current) return;
    pending.current = false;
    const doc = read();
    const key = JSON.stringify([doc.lead, doc.body]);
    if (key === handed.current) {
      onNoChangeRef.current?.();
      return;
    }
    handed.current = key;
    onChangeRef.current({ lead: doc.lead, body: doc.body });
  }, [read, onChangeRef, onNoChangeRef]);

  useEffect(() => {
    const doc = read();
    handed.current = JSON.stringify([doc.lead, doc.body]);
  }, [read]);

  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);

  useEffect(() => {
    let lastSection: string | null | undefined;
    const reportSection = () => {
      const id = editor.getEditorState().read(() => $currentSectionId());
      if (id !== lastSection) {
        lastSection = id;
        onSectionRef.current?.(id);
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') flush();
    };
    // Capture: before the page's own Ctrl+S handler saves what it has.
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    const later = () => {
      pending.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, CHANGE_DELAY_MS);
    };
    const root = editor.getRootElement();
    root?.addEventListener('focusout', flush);
    const off = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if ((dirtyElements.size || dirtyLeaves.size) && !tags.has('gw-load')) {
          later();
          onEdit();
        }
      }),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          queueMicrotask(reportSection);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerRootListener((next, prev) => {
        prev?.removeEventListener('focusout', flush);
        next?.addEventListener('focusout', flush);
        // A paste, a drop or a keystroke in a prescribed table's cell may change nothing (refused,
        // or the same number again): flush all the same, so the page hears so and 未保存 goes.
        for (const e of HANDED_ON_EVENTS) {
          prev?.removeEventListener(e, later);
          next?.addEventListener(e, later);
        }
      }),
    );
    return () => {
      off();
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      const el = editor.getRootElement();
      el?.removeEventListener('focusout', flush);
      for (const e of HANDED_ON_EVENTS) el?.removeEventListener(e, later);
      flush();
    };
  }, [editor, flush, onSectionRef, onEdit]);

  useImperativeHandle(
    handleRef,
    (): ReportEditorHandle => ({
      jumpTo: (sectionId) => jumpTo(editor, sectionId),
      currentSectionId: () => editor.getEditorState().read(() => $currentSectionId()),
      find: (text) => find(editor, text),
      flush,
      getDocument: read,
      focus: () => editor.focus(),
      nextFigure: () => selectNextFigure(editor),
      confirmFigures: () => {
        let message = '';
        editor.update(() => void (message = $confirmFigures()), { discrete: true });
        return message;
      },
      selectRange: (range) => selectTextRange(editor, docRef.current, range),
      rewrite: (change) => rewriteDocument(editor, docRef.current, change),
    }),
    [editor, flush, read, docRef],
  );

  // The first painted frame with the content (see the mark in ReportEditor).
  useEffect(() => {
    performance.mark('gw-editor-mounted');
    requestAnimationFrame(() => setTimeout(() => performance.mark('gw-editor-painted'), 0));
  }, []);
  return null;
}

function jumpTo(editor: LexicalEditor, sectionId: string): boolean {
  let key: string | null = null;
  editor.update(() => {
    const h = $getRoot()
      .getChildren()
      .find((n) => $isSectionHeadingNode(n) && n.getSectionId() === sectionId);
    if (!h || !$isElementNode(h)) return;
    h.selectEnd();
    key = h.getKey();
  });
  if (!key) return false;
  editor.focus();
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  return true;
}

/** Next occurrence of `text` after the caret, within one block, wrapping round once. */
function find(editor: LexicalEditor, text: string): boolean {
  if (!text) return false;
  let found = false;
  editor.update(() => {
    const blocks = $getRoot().getChildren();
    const texts = blocks.flatMap((b) => ($isElementNode(b) ? b.getAllTextNodes() : []));
    // One string for the whole document with each text node's start, to map back.
    const starts: number[] = [];
    let all = '';
    let prevBlock: unknown = null;
    for (const t of texts) {
      const block = t.getTopLevelElement();
      if (block !== prevBlock) all += '\u0000';
      prevBlock = block;
      starts.push(all.length);
      all += t.getTextContent();
    }
    const selection = $getSelection();
    let from = 0;
    if ($isRangeSelection(selection)) {
      const i = texts.findIndex((t) => t.getKey() === selection.focus.key);
      if (i >= 0) from = starts[i]! + selection.focus.offset;
    }
    let at = all.indexOf(text, from);
    if (at < 0) at = all.indexOf(text);
    if (at < 0) return;
    const locate = (pos: number, end: boolean): [TextNode, number] => {
      let i = texts.length - 1;
      while (i > 0 && (starts[i]! > pos || (end && starts[i] === pos))) i--;
      return [texts[i]!, pos - starts[i]!];
    };
    const [a, ao] = locate(at, false);
    const [b, bo] = locate(at + text.length, true);
    if (!$isTextNode(a) || !$isTextNode(b)) return;
    const s = a.select(ao, ao);
    s.focus.set(b.getKey(), bo, 'text');
    found = true;
  });
  if (found) editor.focus();
  return found;
}
