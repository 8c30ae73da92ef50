/**
 * The draft workspace's title bar: the way back, the title, the save state, the views (分页预览,
 * 历史版本), 字体检查, the roll forward and the exports.
 */
import type { ReportDocument } from '../../../shared/model/document';
import type { FindingLocation } from '../../../shared/check/index';
import { BackLink } from '../ui/BackLink';
import type { Notice } from '../ui/Notice';
import { ExportActions } from '../export/ExportActions';
import { FontCheckButton } from '../preview/FontCheckDialog';
import type { FontSettingsState } from '../preview/fontSettings';
import { H } from '../history/messages';
import { RolloverAction } from '../rollover/RolloverAction';
import { saveStateLabel, type SaveState } from './useAutosave';

export interface WorkspaceHeaderProps {
  draftId: string;
  doc: ReportDocument;
  /** The template is a yearly report: it can be rolled forward. */
  yearly: boolean;
  saveState: SaveState;
  preview: boolean;
  onTogglePreview: () => void;
  history: boolean;
  onToggleHistory: () => void;
  fontSettings: FontSettingsState;
  getDoc: () => ReportDocument;
  saveNow: () => Promise<void>;
  onNotice: (notice: Notice | null) => void;
  onLocate: (location: FindingLocation) => void;
}

export function WorkspaceHeader(p: WorkspaceHeaderProps) {
  const title = p.doc.meta.title;
  return (
    <header className="gw-toolbar">
      <BackLink />
      <h1 className="gw-title" title={title}>
        {title || '（无标题）'}
      </h1>
      <span className={`gw-save gw-save-${p.saveState.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {saveStateLabel(p.saveState)}
      </span>
      <button type="button" aria-pressed={p.preview} onClick={p.onTogglePreview}>
        分页预览
      </button>
      <button type="button" aria-pressed={p.history} onClick={p.onToggleHistory}>
        {H.button}
      </button>
      <FontCheckButton settings={p.fontSettings} />
      {p.yearly && (
        <RolloverAction
          id={p.draftId}
          title={title}
          year={p.doc.meta.year}
          beforeRun={p.saveNow}
          onError={(text) => p.onNotice({ text, error: true })}
        />
      )}
      <ExportActions id={p.draftId} getDoc={p.getDoc} beforeExport={p.saveNow} onNotice={p.onNotice} onLocate={p.onLocate} />
    </header>
  );
}
