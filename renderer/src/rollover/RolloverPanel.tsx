/**
 * 往年对照: the right-hand panel of a rolled-forward draft.
 * - 上年工作安排对照: last year's 下一年度安排 items, each with the clerk's tick (stored in
 *   `doc.rollover.plans[].done`) and, as a suggestion only, "今年正文似已写到" (planCoverage);
 * - 待核实的年份: years the rollover kept unsure (`rollover.yearChecks`), each found in the text
 *   and resolved by the clerk;
 * - 与上年原文相同: per section and in total, live (SimilarityIndex, debounced).
 */
import { useState } from 'react';
import type { ReportDocument, RolloverInfo, YearCheck } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import { outlineOf } from '../../../shared/check/progress';
import { sectionsForSlot } from '../../../shared/slots';
import type { RolloverView } from './useRolloverView';
import { percent, planRows, resolveYearCheck, setPlanDone, similarityRows } from './state';
import { R } from './messages';
import './rollover.css';

interface Props {
  /** The latest document: ticks show at once. */
  doc: ReportDocument;
  /** The debounced document, which `view` was computed from. */
  settled: ReportDocument;
  template: Template | undefined;
  view: RolloverView;
  onChange: (update: (info: RolloverInfo) => RolloverInfo) => void;
  onJump: (sectionId: string) => void;
  onJumpTop: () => void;
  /** Find a year check's text in the editor; false when it is no longer there. */
  onLocateYear: (check: YearCheck) => boolean;
}

export function RolloverPanel({ doc, settled, template, view, onChange, onJump, onJumpTop, onLocateYear }: Props) {
  const info = doc.rollover;
  if (!info) return null;
  return (
    <section className="gw-rollover" aria-label={R.tab} data-testid="rollover-panel">
      <PlanList doc={doc} view={view} onChange={onChange} onJump={onJump} />
      <YearChecks checks={info.yearChecks} onChange={onChange} onLocate={onLocateYear} />
      <SimilarityList settled={settled} template={template} view={view} onJump={onJump} onJumpTop={onJumpTop} />
    </section>
  );
}

function PlanList({ doc, view, onChange, onJump }: Pick<Props, 'doc' | 'view' | 'onChange' | 'onJump'>) {
  const rows = planRows(doc, view.coverage);
  const done = rows.filter((r) => r.done).length;
  const measures = sectionsForSlot(doc.body, 'measures')[0];
  return (
    <div className="gw-rollover-group" data-testid="plan-checklist">
      <h3>
        {R.planHead}
        {rows.length > 0 && <span className="gw-rollover-count">{R.planCount(done, rows.length)}</span>}
      </h3>
      {rows.length === 0 ? (
        <p className="gw-rollover-hint">{R.planEmpty}</p>
      ) : (
        <>
          <p className="gw-rollover-hint">{R.planHint}</p>
          {measures && (
            <button type="button" className="gw-link gw-rollover-to" onClick={() => onJump(measures.id)}>
              {R.toMeasures}
            </button>
          )}
          <ol className="gw-plan-list">
            {rows.map((r) => (
              <li key={r.id} className={r.done ? 'gw-plan gw-plan-done' : 'gw-plan'} data-plan={r.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={r.done}
                    onChange={(e) => onChange((i) => setPlanDone(i, r.id, e.currentTarget.checked))}
                  />
                  <span className="gw-plan-text">{r.text}</span>
                </label>
                {r.suggested && !r.done && (
                  <span className="gw-plan-suggest" title={R.planSuggestTitle(r.score)} data-testid="plan-suggest">
                    {R.planSuggest}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function YearChecks({
  checks,
  onChange,
  onLocate,
}: {
  checks: readonly YearCheck[];
  onChange: Props['onChange'];
  onLocate: Props['onLocateYear'];
}) {
  // The check whose text could not be found (edited since), keyed by its excerpt.
  const [lost, setLost] = useState<string | null>(null);
  return (
    <div className="gw-rollover-group" data-testid="year-checks">
      <h3>
        {R.yearsHead}
        {checks.length > 0 && <span className="gw-rollover-count gw-rollover-count-warn">{checks.length}</span>}
      </h3>
      {checks.length === 0 ? (
        <p className="gw-rollover-hint">{R.yearsNone}</p>
      ) : (
        <>
          <p className="gw-rollover-hint">{R.yearsHint}</p>
          <ul className="gw-year-list">
            {checks.map((c, i) => (
              <li key={`${i}-${c.excerpt}`} className="gw-year">
                <button type="button" className="gw-year-locate" title={R.locate} onClick={() => setLost(onLocate(c) ? null : c.excerpt)}>
                  <span className="gw-year-year">{R.yearLabel(c.year)}</span>
                  <span className="gw-year-excerpt">“{c.excerpt}”</span>
                  <span className="gw-year-reason">{c.reason}</span>
                </button>
                {lost === c.excerpt && <span className="gw-year-lost">{R.yearNotFound}</span>}
                <button type="button" className="gw-year-resolve" onClick={() => onChange((info) => resolveYearCheck(info, i))}>
                  {R.resolve}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SimilarityList({
  settled,
  template,
  view,
  onJump,
  onJumpTop,
}: Pick<Props, 'settled' | 'template' | 'view' | 'onJump' | 'onJumpTop'>) {
  const { similarity } = view;
  if (!similarity) return null;
  const rows = similarityRows(outlineOf(settled, template).entries, similarity);
  const row = (key: string, level: number, name: string, p: number, onClick: () => void, testId?: string) => (
    <li key={key}>
      <button type="button" className={`gw-similar-row gw-similar-level-${level}`} onClick={onClick} data-testid={testId}>
        <span className="gw-similar-name">{name}</span>
        <meter className="gw-similar-meter" min={0} max={100} low={30} high={70} optimum={0} value={p} />
        <span className="gw-similar-percent">{R.percent(p)}</span>
      </button>
    </li>
  );
  return (
    <div className="gw-rollover-group" data-testid="similarity">
      <h3>
        {R.similarHead}
        <span className="gw-rollover-count" data-testid="similar-panel-total">
          {R.total} {R.percent(percent(similarity.total.ratio))}
        </span>
      </h3>
      <p className="gw-rollover-hint">{R.similarHint}</p>
      <ul className="gw-similar-list">
        {similarity.lead.chars > 0 && row('#lead', 1, R.lead, percent(similarity.lead.ratio), onJumpTop)}
        {rows.map((r) => row(r.id, r.level, `${r.label}${r.heading}`, r.percent, () => onJump(r.id), `similar-${r.id}`))}
      </ul>
    </div>
  );
}
