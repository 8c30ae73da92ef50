/**
 * Over the editor of a rolled-forward draft: how many carried-over figures are still 待核实, a
 * button to step to the next one and one to confirm it (editing the figure confirms it too), and
 * the open items of the 往年对照 panel at a glance.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import { openFigures } from '../../../shared/rollover/open';
import type { ReportEditorHandle } from '../editor/ReportEditor';
import { MSG } from '../editor/messages';
import { R } from './messages';
import './rollover.css';

interface Props {
  /** The latest document (the count follows the editor's hand-offs). */
  doc: ReportDocument;
  /** Whole-report share still last year's, as a percentage (debounced). */
  similarPercent: number | null;
  editor: () => ReportEditorHandle | null;
  onOpenPanel: () => void;
}

export function RolloverBar({ doc, similarPercent, editor, onOpenPanel }: Props) {
  const figures = useMemo(() => openFigures(doc).count, [doc]);
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);
  const say = (text: string | null) => setMessage((m) => (text ? { text, n: (m?.n ?? 0) + 1 } : null));
  const info = doc.rollover;
  const plans = info?.plans ?? [];
  const years = info?.yearChecks.length ?? 0;

  const next = () => say(editor()?.nextFigure() ? null : R.noneLeft);
  const confirm = () => {
    const handle = editor();
    if (!handle) return;
    const text = handle.confirmFigures();
    say(text);
    if (text !== MSG.noFigures) handle.nextFigure();
  };
  // The buttons must not take the caret out of the editor: the selection is what they act on.
  const keepFocus = (e: MouseEvent) => e.preventDefault();

  return (
    <div className="gw-rollover-bar" role="region" aria-label={R.bar} data-testid="rollover-bar">
      <span
        className={figures ? 'gw-rollover-figures' : 'gw-rollover-figures gw-rollover-done'}
        data-testid="unconfirmed-count"
        data-count={figures}
      >
        {figures ? R.figuresLeft(figures) : R.figuresNone}
      </span>
      {figures > 0 && (
        <>
          <button type="button" onMouseDown={keepFocus} onClick={next} title={R.nextTitle} data-action="next-figure">
            {R.next}
          </button>
          <button type="button" onMouseDown={keepFocus} onClick={confirm} title={R.confirmTitle} data-action="confirm-figure">
            {R.confirm}
          </button>
        </>
      )}
      <span className="gw-rollover-message" role="status" aria-live="polite" data-testid="rollover-message">
        {message && <span key={message.n}>{message.text}</span>}
      </span>
      <button type="button" className="gw-rollover-chips" onClick={onOpenPanel} title={R.tab}>
        {years > 0 && <span className="gw-rollover-chip gw-rollover-chip-warn">{`${R.yearsHead} ${years}`}</span>}
        {plans.length > 0 && (
          <span className="gw-rollover-chip">{`${R.planHead} ${R.planCount(plans.filter((p) => p.done).length, plans.length)}`}</span>
        )}
        {similarPercent !== null && (
          <span className="gw-rollover-chip" title={R.similarTitle} data-testid="similar-total">
            {R.similarTotal(similarPercent)}
          </span>
        )}
      </button>
    </div>
  );
}
