/**
 * 文件信息 › 报告年度: the draft's reported year, changed through `onChange`, which moves the
 * year-bearing text with it (shared/report-year.ts) and answers what changed, said in place.
 */
import { useId, useState } from 'react';
import { defaultReportYear, yearChoices } from '../../../shared/report-year';
import { Y } from './messages';
import './year.css';

export function ReportYearField({ year, onChange }: { year: number; onChange: (year: number) => readonly string[] }) {
  const id = useId();
  const [said, setSaid] = useState<string | null>(null);
  return (
    <div className="gw-field gw-year-field" data-field="year">
      <label htmlFor={id}>{Y.label}</label>
      <div className="gw-field-input">
        <select
          id={id}
          value={year}
          data-testid="report-year"
          onChange={(e) => {
            const next = Number(e.target.value);
            setSaid(Y.changed(next, onChange(next)));
          }}
        >
          {yearChoices(defaultReportYear(), [year]).map((y) => (
            <option key={y} value={y}>
              {Y.option(y)}
            </option>
          ))}
        </select>
      </div>
      <p className="gw-field-hint" role="status" data-testid="report-year-said">
        {said ?? Y.fieldHint}
      </p>
    </div>
  );
}

/** 新建's question: which year the new draft reports on (default: shared/report-year.ts). */
export function NewDraftYear({ year, onChange, disabled }: { year: number; onChange: (year: number) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <label className="gw-new-year" htmlFor={id} title={Y.newHint}>
      <span>{Y.label}</span>
      <select id={id} value={year} disabled={disabled} data-testid="new-year" onChange={(e) => onChange(Number(e.target.value))}>
        {yearChoices(defaultReportYear(), [year]).map((y) => (
          <option key={y} value={y}>
            {Y.option(y)}
          </option>
        ))}
      </select>
    </label>
  );
}
