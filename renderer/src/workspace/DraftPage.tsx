/**
 * One draft open for writing: title bar with save state and export; the outline navigator on the
 * left, the editor in the middle, the completeness panel and the header fields on the right.
 * DraftPage reads the draft and offers a recovery copy left from last time; the document and its
 * saving live in useDraftDocument, the keys (Ctrl+S, Ctrl+F, Ctrl+H) in useWorkspaceKeys.
 *
 * Nothing typed is lost on the way out: leaving in-app first saves, and asks when that fails; a
 * text not acknowledged by a save is kept as a recovery copy, offered when the draft opens again.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DraftRecord } from '../../../shared/contract/drafts';
import type { ReportDocument, YearCheck } from '../../../shared/model/document';
import { getTemplate } from '../../../shared/templates';
import { checkDocument, type FindingLocation } from '../../../shared/check/index';
import { api, asCallError } from '../api/client';
import { OutlineNavigator } from '../panels/OutlineNavigator';
import { scrollToSection, scrollToTop } from '../ui/editorDom';
import { useDebounced } from '../ui/useDebounced';
import { fieldForFinding, fieldInputId } from '../header-fields/fields';
import { dropCopy, localCopies, readCopy, sameContent, type RecoveryCopy } from './recovery';
import { RecoveryBanner } from './RecoveryBanner';
import { LeaveDialog } from './LeaveDialog';
import { NoticeLine, type Notice } from '../ui/Notice';
import { PreviewPane } from '../preview/PreviewPane';
import { useFontSettings } from '../preview/fontSettings';
import { HistoryPanel } from '../history/HistoryPanel';
import { hitFromHash, revealHit } from './openHit';
import { ImportNotes } from '../import/ImportNotes';
import { useRolloverView } from '../rollover/useRolloverView';
import { locateYearCheck } from '../rollover/locate';
import { percent } from '../rollover/state';
import { useProofActions } from '../proofread/useProofActions';
import { useYearChange } from '../year/useYearChange';
import { useDictionary } from '../proofread/dictionary';
import { useDraftDocument } from './useDraftDocument';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { WorkspaceHeader } from './WorkspaceHeader';
import { EditorColumn, type FindState } from './EditorColumn';
import { WorkspaceSidebar, type SidebarTab } from './WorkspaceSidebar';
import { W, type PreviewMode } from './messages';
import { U } from '../ui/messages';
import './workspace.css';

/** How long the panels wait after the last change before checking and counting again. */
const PANEL_DELAY_MS = 300;

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
        <a href="#/">{U.home}</a>
      </main>
    );
  if (!draft) return <main className="gw-page gw-muted">{W.opening}</main>;
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
  const {
    doc,
    docRef,
    getDoc,
    editorRef,
    typingRef,
    textVersion,
    saveState,
    saveError,
    numberWarning,
    onEditorChange,
    onEditorNoChange,
    onMetaChange,
    onRolloverChange,
    saveNow,
    beforeHistory,
    leaving,
  } = useDraftDocument(draft, unsavedOnOpen);
  const template = useMemo(() => getTemplate(draft.doc.meta.templateId), [draft.doc.meta.templateId]);
  const [history, setHistory] = useState(false);
  const [preview, setPreview] = useState<PreviewMode>('off');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [currentSection, setCurrentSection] = useState<string | null>(null);
  // A rolled-forward draft opens on 往年对照: checking last year's figures and plans is the first job.
  const [tab, setTab] = useState<SidebarTab>(draft.doc.rollover ? 'rollover' : 'check');
  const [find, setFind] = useState<FindState>({ open: false, token: 0 });
  const fontSettings = useFontSettings();

  useWorkspaceKeys({
    save: () => void saveNow(),
    find: (replace) => setFind((f) => ({ open: true, token: f.token + 1, ...(replace ? { replace } : {}) })),
  });

  // Panels follow the text once typing pauses: the checker never runs between two keystrokes.
  const settled = useDebounced(doc, PANEL_DELAY_MS);
  const dictionary = useDictionary();
  const findings = useMemo(() => checkDocument(settled, template, { dictionary }), [settled, template, dictionary]);
  const rolloverView = useRolloverView(draft.doc, settled);

  const jumpToSection = useCallback(
    (id: string) => {
      editorRef.current?.jumpTo(id);
      scrollToSection(id);
    },
    [editorRef],
  );
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
  const changeYear = useYearChange({ editor: editorRef, docRef, template, onMetaChange });
  const proof = useProofActions({ draftId: draft.id, editor: editorRef, docRef, onMetaChange: onMetaChange, locate });
  const shownFindings = useMemo(() => proof.visible(findings, settled), [proof, findings, settled]);
  const locateYear = useCallback(
    (check: YearCheck) => locateYearCheck(check, docRef.current, editorRef.current, locate),
    [docRef, editorRef, locate],
  );

  // Opened from a search hit: go to the section and mark the phrase.
  useEffect(() => {
    const hit = hitFromHash(window.location.hash);
    return hit ? revealHit(hit, jumpToSection) : undefined;
  }, [jumpToSection]);

  return (
    <main className="gw-draft" data-draft-id={draft.id}>
      <WorkspaceHeader
        draftId={draft.id}
        doc={doc}
        yearly={template?.yearly ?? false}
        saveState={saveState}
        preview={preview}
        onPreview={setPreview}
        history={history}
        onToggleHistory={() => setHistory((h) => !h)}
        fontSettings={fontSettings}
        getDoc={getDoc}
        saveNow={saveNow}
        onNotice={setNotice}
        onLocate={locate}
      />
      {numberWarning && (
        <p className="gw-error" role="alert">
          {numberWarning}
        </p>
      )}
      {saveError && (
        <p className="gw-error" role="alert" data-testid="save-error">
          {saveError}
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
      <div className={`gw-workspace gw-preview-${preview}`} inert={recovery !== null}>
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
        <EditorColumn
          editorRef={editorRef}
          typingRef={typingRef}
          doc={doc}
          template={template}
          textVersion={textVersion}
          find={find}
          onCloseFind={() => setFind((f) => ({ ...f, open: false, replace: false }))}
          similarPercent={rolloverView.similarity ? percent(rolloverView.similarity.total.ratio) : null}
          onOpenRolloverPanel={() => setTab('rollover')}
          onEditorChange={onEditorChange}
          onEditorNoChange={onEditorNoChange}
          onCurrentSectionChange={setCurrentSection}
        />
        {preview !== 'off' && (
          <aside className="gw-col gw-col-preview" aria-label={W.preview}>
            <PreviewPane doc={doc} fonts={fontSettings.fonts} draftId={draft.id} beforePrint={saveNow} />
          </aside>
        )}
        <WorkspaceSidebar
          draftId={draft.id}
          tab={tab}
          onTab={setTab}
          doc={doc}
          settled={settled}
          template={template}
          findings={findings}
          shownFindings={shownFindings}
          proof={proof.actions}
          rolloverView={rolloverView}
          onMetaChange={onMetaChange}
          onYearChange={changeYear}
          onRolloverChange={onRolloverChange}
          onLocate={locate}
          onJump={jumpToSection}
          onJumpTop={scrollToTop}
          onLocateYear={locateYear}
        />
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
