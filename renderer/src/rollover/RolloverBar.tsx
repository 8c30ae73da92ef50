/**
 * Over the editor of a rolled-forward draft: how many carried-over figures are still 待核实, a
 * button to step to the next one and one to confirm it (editing the figure confirms it too), and
 * the open items of the 往年对照 panel at a glance. One row, so the editor keeps its height: where
 * the column is narrow the buttons and chips say it shorter (the full words stay their names), and
 * narrower still the chips, a summary of the 往年对照 tab beside, give way.
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
          <button type="button" onMouseDown={keepFocus} onClick={next} title={R.nextTitle} aria-label={R.next} data-action="next-figure">
            <Wide long={R.next} short={R.nextShort} />
          </button>
          <button
            type="button"
            onMouseDown={keepFocus}
            onClick={confirm}
            title={R.confirmTitle}
            aria-label={R.confirm}
            data-action="confirm-figure"
          >
            <Wide long={R.confirm} short={R.confirmShort} />
          </button>
        </>
      )}
      <span className="gw-rollover-message" role="status" aria-live="polite" data-testid="rollover-message">
        {message && <span key={message.n}>{message.text}</span>}
      </span>
      <button type="button" className="gw-rollover-chips" onClick={onOpenPanel} title={R.tab}>
        {years > 0 && <span className="gw-rollover-chip gw-rollover-chip-warn">{`${R.yearsHead} ${years}`}</span>}
        {plans.length > 0 && (
          <span className="gw-rollover-chip">
            <Wide long={R.planHead} short={R.planHeadShort} /> {R.planCount(plans.filter((p) => p.done).length, plans.length)}
          </span>
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

/** Words in two lengths; the bar's container query shows the one that fits (rollover.css). */
function Wide({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="gw-wide">{long}</span>
      <span className="gw-narrow" aria-hidden="true">
        {short}
      </span>
    </>
  );
}
