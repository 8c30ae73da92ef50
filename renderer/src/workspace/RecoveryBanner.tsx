/**
 * The offer of a recovery copy when a draft opens with one that differs from what is stored:
 * 恢复 loads it as a new change on the stored revision (autosave then writes it, or says why it
 * cannot); 放弃 asks once more, then deletes the copy. Until the clerk answers, the workspace
 * below is not editable, so new typing cannot overwrite the copy being offered.
 */
import { useMemo, useState } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import { ConfirmBox } from '../ui/Confirm';
import { dateTime } from '../drafts/messages';
import { RV } from './messages';
import { firstNewLine, type RecoveryCopy } from './recovery';

interface Props {
  copy: RecoveryCopy;
  stored: ReportDocument;
  storedRevision: number;
  onRestore: () => void;
  onDiscard: () => void;
}

export function RecoveryBanner({ copy, stored, storedRevision, onRestore, onDiscard }: Props) {
  const [asking, setAsking] = useState(false);
  const line = useMemo(() => firstNewLine(copy.doc, stored), [copy, stored]);
  return (
    <div className="gw-recovery" role="alert" aria-label={RV.label} data-testid="recovery-banner">
      <p>
        <strong>{RV.offer(dateTime(copy.savedAt))}</strong>
      </p>
      {line && <p>{RV.includes(line)}</p>}
      {copy.baseRevision < storedRevision && <p>{RV.olderBase}</p>}
      {asking ? (
        <ConfirmBox
          label={RV.discard}
          question={RV.discardConfirm}
          yes={RV.discardYes}
          onYes={onDiscard}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <p className="gw-recovery-actions">
          <button type="button" className="gw-primary" onClick={onRestore}>
            {RV.restore}
          </button>
          <button type="button" onClick={() => setAsking(true)}>
            {RV.discard}
          </button>
        </p>
      )}
    </div>
  );
}
