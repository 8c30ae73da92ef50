/**
 * One draft open for writing: title bar with save state and export; the outline navigator on the
 * left, the editor in the middle, the completeness panel and the header fields on the right.
 * Keyboard: Ctrl+S saves now, Ctrl+F finds in the draft, Ctrl+H finds and replaces (Ctrl+Z/Y/B are the editor's).
 *
 * Nothing typed is lost on the way out: leaving in-app first saves, and asks when that fails; a
 * text not acknowledged by a save is kept as a recovery copy, offered when the draft opens again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMenuCommand } from '../app/useMenuCommand';
import type { DraftRecord } from '../../../shared/contract/drafts';
import type { Meta, ReportDocument, RolloverInfo, YearCheck } from '../../../shared/model/document';
import { getTemplate } from '../../../shared/templates';
import { checkDocument, type FindingLocation } from '../../../shared/check/index';
import { api, asCallError } from '../api/client';
import { ReportEditor, type ReportEditorHandle } from '../editor/ReportEditor';
import { OutlineNavigator } from '../panels/OutlineNavigator';
import { CompletenessPanel } from '../panels/CompletenessPanel';
import { FindBar } from '../panels/FindBar';
import { scrollToSection, scrollToTop } from '../panels/dom';
import { useDebounced } from '../panels/useDebounced';
import { T } from '../panels/messages';
import { HeaderFieldsForm } from '../meta/HeaderFieldsForm';
import { fieldForFinding, fieldInputId } from '../meta/fields';
import { saveStateLabel, useAutosave } from './useAutosave';
import { dropCopy, localCopies, readCopy, sameContent, type RecoveryCopy } from './recovery';
import { RecoveryBanner } from './RecoveryBanner';
import { LeaveDialog } from './LeaveDialog';
import { setLeaveGuard } from '../app/router';
import { ExportActions } from '../export/ExportActions';
import { NoticeLine, type Notice } from '../app/Notice';
import { BackLink } from '../app/BackLink';
import { PreviewPane } from '../preview/PreviewPane';
import { FontCheckButton } from '../preview/FontCheckDialog';
import { useFontSettings } from '../preview/fontSettings';
import { HistoryPanel } from '../history/HistoryPanel';
import { H } from '../history/messages';
import { hitFromHash, revealHit } from './openHit';
import { ImportNotes } from '../import/ImportNotes';
import { RolloverAction } from '../rollover/RolloverAction';
import { RolloverBar } from '../rollover/RolloverBar';
import { RolloverPanel } from '../rollover/RolloverPanel';
import { useRolloverView } from '../rollover/useRolloverView';
import { locateYearCheck } from '../rollover/locate';
import { percent } from '../rollover/state';
import { R } from '../rollover/messages';
import { useProofActions } from '../proofread/useProofActions';
import { replaceInDocument } from '../../../shared/proofread/replace';
import './workspace.css';

/** How long the panels wait after the last change before checking and counting again. */
const PANEL_DELAY_MS = 300;
/** How long leaving waits for the save (保存中…) before asking instead. */
const LEAVE_WAIT_MS = 5_000;

/** The recovery copy to offer for a draft just read; one already saved is deleted instead. */
function copyToOffer(draft: DraftRecord): RecoveryCopy | null {
  const copy = readCopy(localCopies(), draft.id);
  if (copy && sameContent(copy.doc, draft.doc)) {
    // The save went through, but the page that sent it was gone before hearing so.
    dropCopy(localCopies(), draft.id);
    return null;
  }
  return copy;
}

export function DraftPage({ id }: { id: string }) {
  const [draft, setDraft] = useState<DraftRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [offer, setOffer] = useState<RecoveryCopy | null>(null);
  // The recovered document once 恢复 is chosen (and how many times, to remount the editor on it).
  const [recovered, setRecovered] = useState<{ n: number; doc: ReportDocument } | null>(null);
  useEffect(() => {
    api['drafts.get']({ id })
      .then((d) => {
        setDraft(d);
        setOffer(copyToOffer(d));
      })
      .catch((e) => setError(asCallError(e).message));
  }, [id]);
  if (error)
    return (
      <main className="gw-page">
        <p className="gw-error" role="alert">
          {error}
        </p>
        <a href="#/">返回草稿箱</a>
      </main>
    );
  if (!draft) return <main className="gw-page gw-muted">正在打开…</main>;
  const recovery = offer && {
    copy: offer,
    onRestore: () => {
      // On the stored revision: a new change, which autosave writes (or says why it cannot).
      setRecovered((r) => ({ n: (r?.n ?? 0) + 1, doc: offer.doc }));
      setDraft({ ...draft, doc: offer.doc });
      setOffer(null);
    },
    onDiscard: () => {
      dropCopy(localCopies(), draft.id);
      setOffer(null);
    },
  };
  // Keyed by revision too: restoring a version replaces the draft and remounts the editor on it.
  return (
    <DraftWorkspace
      key={`${draft.id}:${draft.revision}:${recovered?.n ?? 0}`}
      draft={draft}
      onReplace={setDraft}
      recovery={recovery}
      unsavedOnOpen={recovered?.doc === draft.doc}
    />
  );
}

interface WorkspaceProps {
  draft: DraftRecord;
  onReplace: (d: DraftRecord) => void;
  /** A recovery copy on offer: shown above the workspace, which waits for the answer. */
  recovery: { copy: RecoveryCopy; onRestore: () => void; onDiscard: () => void } | null;
  /** The document opened is not the stored one (a recovered copy): save it as a change. */
  unsavedOnOpen: boolean;
}

function DraftWorkspace({ draft, onReplace, recovery, unsavedOnOpen }: WorkspaceProps) {
  const { state, change, flush, revision, unsaved, numberWarning, keepNow } = useAutosave(draft.id, draft.revision);
  const [history, setHistory] = useState(false);
  const template = useMemo(() => getTemplate(draft.doc.meta.templateId), [draft.doc.meta.templateId]);
  // The latest document: the editor owns lead and body, the header form owns meta.
  const [doc, setDoc] = useState(draft.doc);
  const docRef = useRef(draft.doc);
  const editorRef = useRef<ReportEditorHandle>(null);
  const [textVersion, setTextVersion] = useState(0);
  const [currentSection, setCurrentSection] = useState<string | null>(null);
  // A rolled-forward draft opens on 往年对照: checking last year's figures and plans is the first job.
  const [tab, setTab] = useState<'check' | 'rollover' | 'fields'>(draft.doc.rollover ? 'rollover' : 'check');
  const [find, setFind] = useState<{ open: boolean; token: number; replace?: boolean }>({ open: false, token: 0 });
  // The editor hands its text on shortly after typing pauses; until then the text is not saved,
  // and the save state must not say 已保存.
  const [typed, setTyped] = useState(false);
  const shownState = typed && state.kind === 'saved' ? ({ kind: 'dirty' } as const) : state;
  const editorColumn = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = editorColumn.current;
    if (!el) return;
    // Lexical cancels beforeinput and writes itself, so no input event follows: listen before it.
    const mark = () => setTyped(true);
    const events = ['beforeinput', 'paste', 'drop', 'cut'] as const;
    for (const e of events) el.addEventListener(e, mark, true);
    return () => {
      for (const e of events) el.removeEventListener(e, mark, true);
    };
  }, []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [preview, setPreview] = useState(false);
  const fontSettings = useFontSettings();

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
  const onEditorChange = useCallback(
    (edited: ReportDocument) => {
      // The editor owns lead and body only; the checklist ticks may be newer than its copy.
      const { meta, rollover } = docRef.current;
      commit({ ...edited, meta, ...(rollover ? { rollover } : {}) });
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

  // Panels follow the text once typing pauses: the checker never runs between two keystrokes.
  const settled = useDebounced(doc, PANEL_DELAY_MS);
  const findings = useMemo(() => checkDocument(settled, template), [settled, template]);
  const rolloverView = useRolloverView(draft.doc, settled);

  const jumpToSection = useCallback((id: string) => {
    editorRef.current?.jumpTo(id);
    scrollToSection(id);
  }, []);
  const locate = useCallback(
    (location: FindingLocation) => {
      if (location.type === 'section') jumpToSection(location.sectionId);
      else if (location.type === 'lead' || location.type === 'body') scrollToTop();
      else if (location.type === 'meta') {
        setTab('fields');
        const id = fieldInputId(fieldForFinding(location.field));
        requestAnimationFrame(() => document.getElementById(id)?.focus());
      }
    },
    [jumpToSection],
  );
  const proof = useProofActions({ draftId: draft.id, editor: editorRef, docRef, onMetaChange, locate });
  const shownFindings = useMemo(() => proof.visible(findings, settled), [proof, findings, settled]);
  const locateYear = useCallback((check: YearCheck) => locateYearCheck(check, docRef.current, editorRef.current, locate), [locate]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        void flush();
      } else if (key === 'f') {
        e.preventDefault();
        setFind((f) => ({ open: true, token: f.token + 1 }));
      } else if (key === 'h') {
        // Ctrl+H: the find bar with its replace row.
        e.preventDefault();
        setFind((f) => ({ open: true, token: f.token + 1, replace: true }));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush]);
  // 文件 › 保存 and 编辑 › 查找 in the Electron menu: the same as Ctrl+S and Ctrl+F.
  useMenuCommand({
    save: () => {
      editorRef.current?.flush();
      void flush();
    },
    find: () => setFind((f) => ({ open: true, token: f.token + 1 })),
  });

  const getDoc = useCallback(() => docRef.current, []);
  const beforeExport = useCallback(async () => {
    editorRef.current?.flush();
    await flush();
  }, [flush]);
  // Before naming or restoring a version: everything typed saved, and the revision it is at.
  const beforeHistory = useCallback(async () => {
    await beforeExport();
    return unsaved() ? null : revision.current;
  }, [beforeExport, unsaved, revision]);

  // Leaving in-app (a link, the back button): save what is typed first; if that fails, ask.
  const [leaving, setLeaving] = useState<{ kept: boolean; answer: (leave: boolean) => void } | null>(null);
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

  // Opened from a search hit: go to the section and mark the phrase.
  useEffect(() => {
    const hit = hitFromHash(window.location.hash);
    return hit ? revealHit(hit, jumpToSection) : undefined;
  }, [jumpToSection]);

  const title = doc.meta.title;
  return (
    <main className="gw-draft">
      <header className="gw-toolbar">
        <BackLink />
        <h1 className="gw-title" title={title}>
          {title || '（无标题）'}
        </h1>
        <span className={`gw-save gw-save-${shownState.kind}`} role="status" aria-live="polite" data-testid="save-state">
          {saveStateLabel(shownState)}
        </span>
        <button type="button" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
          分页预览
        </button>
        <button type="button" aria-pressed={history} onClick={() => setHistory((h) => !h)}>
          {H.button}
        </button>
        <FontCheckButton settings={fontSettings} />
        {template?.yearly && (
          <RolloverAction
            id={draft.id}
            title={title}
            year={doc.meta.year}
            beforeRun={beforeExport}
            onError={(text) => setNotice({ text, error: true })}
          />
        )}
        <ExportActions id={draft.id} getDoc={getDoc} beforeExport={beforeExport} onNotice={setNotice} onLocate={locate} />
      </header>
      {numberWarning && (
        <p className="gw-error" role="alert">
          {numberWarning}
        </p>
      )}
      {(state.kind === 'error' || state.kind === 'invalid') && (
        <p className="gw-error" role="alert" data-testid="save-error">
          {state.message}
        </p>
      )}
      {recovery && (
        <RecoveryBanner
          copy={recovery.copy}
          stored={draft.doc}
          storedRevision={draft.revision}
          onRestore={recovery.onRestore}
          onDiscard={recovery.onDiscard}
        />
      )}
      <NoticeLine notice={notice} />
      <ImportNotes draftId={draft.id} onJump={jumpToSection} />
      <div className={preview ? 'gw-workspace gw-with-preview' : 'gw-workspace'} inert={recovery !== null}>
        <aside className="gw-col gw-col-nav">
          <OutlineNavigator
            doc={settled}
            template={template}
            findings={findings}
            currentSectionId={currentSection}
            onJump={jumpToSection}
            onJumpTop={scrollToTop}
          />
        </aside>
        <div className="gw-col-editor">
          {find.open && (
            <FindBar
              version={textVersion}
              focusToken={find.token}
              replace={find.replace ?? false}
              onReplace={(query, replacement, index) => {
                editorRef.current?.rewrite((d) => {
                  const r = replaceInDocument(d, query, replacement, index);
                  return r.count ? r.doc : d;
                });
              }}
              onClose={() => {
                setFind((f) => ({ ...f, open: false, replace: false }));
                editorRef.current?.focus();
              }}
            />
          )}
          {doc.rollover && (
            <RolloverBar
              doc={doc}
              similarPercent={rolloverView.similarity ? percent(rolloverView.similarity.total.ratio) : null}
              editor={() => editorRef.current}
              onOpenPanel={() => setTab('rollover')}
            />
          )}
          <div className="gw-col gw-editor-scroll" data-testid="editor-scroll" ref={editorColumn}>
            <ReportEditor
              ref={editorRef}
              doc={doc}
              template={template}
              onChange={onEditorChange}
              onCurrentSectionChange={setCurrentSection}
              onNoChange={onEditorNoChange}
            />
          </div>
        </div>
        {preview && (
          <aside className="gw-col gw-col-preview" aria-label="分页预览">
            <PreviewPane doc={doc} fonts={fontSettings.fonts} draftId={draft.id} beforePrint={beforeExport} />
          </aside>
        )}
        <aside className="gw-col gw-col-panel">
          <div className="gw-tabs" role="tablist" aria-label={T.tabsLabel}>
            {(doc.rollover ? (['check', 'rollover', 'fields'] as const) : (['check', 'fields'] as const)).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`gw-tab-${t}`}
                aria-selected={tab === t}
                aria-controls={`gw-tabpanel-${t}`}
                className={tab === t ? 'gw-tab gw-tab-active' : 'gw-tab'}
                onClick={() => setTab(t)}
              >
                {t === 'rollover' ? R.tab : T.tabs[t]}
                {t === 'check' && findings.some((f) => f.level === 'error') && <span className="gw-tab-dot" aria-hidden="true" />}
              </button>
            ))}
          </div>
          {/* Both stay mounted, so a half-typed field survives a look at the other tab. */}
          <div role="tabpanel" id="gw-tabpanel-check" aria-labelledby="gw-tab-check" hidden={tab !== 'check'}>
            <CompletenessPanel doc={settled} template={template} findings={shownFindings} onLocate={locate} proof={proof.actions} />
          </div>
          {doc.rollover && (
            <div role="tabpanel" id="gw-tabpanel-rollover" aria-labelledby="gw-tab-rollover" hidden={tab !== 'rollover'}>
              <RolloverPanel
                doc={doc}
                settled={settled}
                template={template}
                view={rolloverView}
                onChange={onRolloverChange}
                onJump={jumpToSection}
                onJumpTop={scrollToTop}
                onLocateYear={locateYear}
              />
            </div>
          )}
          <div role="tabpanel" id="gw-tabpanel-fields" aria-labelledby="gw-tab-fields" hidden={tab !== 'fields'}>
            <HeaderFieldsForm meta={doc.meta} template={template} draftId={draft.id} onChange={onMetaChange} />
          </div>
        </aside>
      </div>
      {history && (
        <HistoryPanel
          draftId={draft.id}
          onClose={() => setHistory(false)}
          beforeAction={beforeHistory}
          onRestored={(r) => onReplace({ ...draft, revision: r.revision, updatedAt: r.updatedAt, doc: r.doc })}
        />
      )}
      {leaving && <LeaveDialog kept={leaving.kept} onAnswer={leaving.answer} />}
    </main>
  );
}
