/**
 * The draft workspace's title bar, one row on a 1366×768 screen: the way back, the title (cut
 * short with … rather than wrapping), the save state, the views (分页预览 beside the editor or
 * over the whole width, 历史版本), the exports, and 更多 for what a clerk needs now and then
 * (字体检查, the roll forward).
 */
import { useState } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import type { FindingLocation } from '../../../shared/check/index';
import { BackLink } from '../ui/BackLink';
import { MoreMenu } from '../ui/MoreMenu';
import type { Notice } from '../ui/Notice';
import { ExportActions } from '../export/ExportActions';
import { FontCheckDialog } from '../preview/FontCheckDialog';
import type { FontSettingsState } from '../preview/fontSettings';
import { H } from '../history/messages';
import { RolloverAction } from '../rollover/RolloverAction';
import { saveStateLabel, type SaveState } from './useAutosave';
import { W, type PreviewMode } from './messages';

export interface WorkspaceHeaderProps {
  draftId: string;
  doc: ReportDocument;
  /** The template is a yearly report: it can be rolled forward. */
  yearly: boolean;
  saveState: SaveState;
  preview: PreviewMode;
  onPreview: (mode: PreviewMode) => void;
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
  const [fonts, setFonts] = useState(false);
  return (
    <header className="gw-toolbar gw-draft-bar">
      <BackLink />
      <h1 className="gw-title" title={title}>
        {title || W.untitled}
      </h1>
      <span className={`gw-save gw-save-${p.saveState.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {saveStateLabel(p.saveState)}
      </span>
      <span className="gw-bar-group">
        <button type="button" aria-pressed={p.preview !== 'off'} onClick={() => p.onPreview(p.preview === 'off' ? 'beside' : 'off')}>
          {W.preview}
        </button>
        {p.preview !== 'off' && (
          <button
            type="button"
            aria-pressed={p.preview === 'full'}
            title={W.previewFullTitle}
            data-action="preview-full"
            onClick={() => p.onPreview(p.preview === 'full' ? 'beside' : 'full')}
          >
            {W.previewFull}
          </button>
        )}
      </span>
      <button type="button" aria-pressed={p.history} onClick={p.onToggleHistory}>
        {H.button}
      </button>
      <ExportActions id={p.draftId} getDoc={p.getDoc} beforeExport={p.saveNow} onNotice={p.onNotice} onLocate={p.onLocate} />
      <MoreMenu title={W.moreTitle}>
        <button type="button" onClick={() => setFonts(true)} disabled={!p.fontSettings.loaded}>
          {W.fonts}
        </button>
        {p.yearly && (
          <RolloverAction
            id={p.draftId}
            title={title}
            year={p.doc.meta.year}
            beforeRun={p.saveNow}
            onError={(text) => p.onNotice({ text, error: true })}
          />
        )}
      </MoreMenu>
      <FontCheckDialog settings={p.fontSettings} open={fonts} onClose={() => setFonts(false)} />
    </header>
  );
}
