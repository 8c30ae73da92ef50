/**
 * A prescribed table (政府信息公开 样表) on screen: the template's grid with its merged headings;
 * number cells are inputs when `onChange` is given (the editor), text otherwise (an old version).
 * Totals are computed and never take input; an empty cell shows 待填. A cell the checker flags
 * carries `data-problem` and its message as the title, so the clerk sees where a balance fails.
 */
import { useState, type KeyboardEvent } from 'react';
import type { FixedTable } from '../../../shared/model/document';
import { FIXED_TABLE_LIMITS } from '../../../shared/model/fixed-table';
import { cellName, computeTotals, formatValue, gridOf, isNumberCell, type FixedValues } from '../../../shared/model/fixed-table-grid';
import { fixedTableDef } from '../../../shared/templates';

export const FT = {
  pending: '待填',
  unknown: (id: string) => `无法识别的表格“${id}”`,
  notNumber: '只能填写不小于0的整数',
  notAmount: (d: number) => `只能填写不小于0的数，最多${d}位小数`,
  tooLarge: `数字过大（上限 ${FIXED_TABLE_LIMITS.value}）`,
  computed: '合计，自动计算',
} as const;

/** The clerk's input as a value: '' → 待填 (null); otherwise a number ≥ 0 with at most `decimals` places. */
export function parseCellInput(raw: string, decimals: number): { value: number | null } | { error: string } {
  const s = raw
    .trim()
    .replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (s === '') return { value: null };
  const re = decimals ? new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`) : /^\d+$/;
  if (!re.test(s)) return { error: decimals ? FT.notAmount(decimals) : FT.notNumber };
  const n = Number(s);
  if (!Number.isFinite(n) || n > FIXED_TABLE_LIMITS.value) return { error: FT.tooLarge };
  return { value: n };
}

export interface FixedTableViewProps {
  block: FixedTable;
  /** Editable when given: the new values, totals recomputed. */
  onChange?: (values: FixedValues) => void;
  /** Messages by cell key (the checker's findings at cells). */
  problems?: ReadonlyMap<string, string>;
}

export function FixedTableView({ block, onChange, problems }: FixedTableViewProps) {
  const def = fixedTableDef(block.table);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!def) return <p className="gw-fixed-unknown">{FT.unknown(block.table)}</p>;
  const grid = gridOf(def);
  const values = computeTotals(def, block.values);
  const commit = (key: string, decimals: number, raw: string) => {
    const parsed = parseCellInput(raw, decimals);
    if ('error' in parsed) {
      setErrors((e) => ({ ...e, [key]: parsed.error }));
      return;
    }
    setErrors(({ [key]: _, ...rest }) => rest);
    if ((block.values[key] ?? null) === parsed.value) return;
    onChange?.(computeTotals(def, { ...block.values, [key]: parsed.value }));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys stay in the cell: the editor around it must not take Enter, Backspace or arrows.
    e.stopPropagation();
    if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
  };
  return (
    <table className="gw-fixed-table" data-fixed-table={def.id} aria-label={def.name}>
      <colgroup>
        {def.columns.map((w, i) => (
          <col key={i} style={{ width: `${(w / def.columns.reduce((a, b) => a + b, 0)) * 100}%` }} />
        ))}
      </colgroup>
      <tbody>
        {def.rows.map((_, r) => (
          <tr key={r} className={r < def.headerRows ? 'gw-fixed-head' : undefined}>
            {grid.cells
              .filter((c) => c.row === r)
              .map((c) => {
                const span = { ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}), ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}) };
                const d = c.def;
                if (!isNumberCell(d))
                  return (
                    <th key={c.col} {...span} className={d.head || r < def.headerRows ? 'gw-fixed-label gw-fixed-headlabel' : 'gw-fixed-label'}>
                      {d.text}
                    </th>
                  );
                const v = values[d.key] ?? null;
                const problem = errors[d.key] ?? problems?.get(d.key);
                const common = { 'data-cell': d.key, ...(problem ? { 'data-problem': '', title: problem } : {}) };
                if (d.sum || !onChange)
                  return (
                    <td key={c.col} {...span} {...common} className={d.sum ? 'gw-fixed-total' : 'gw-fixed-num'} title={problem ?? (d.sum ? FT.computed : undefined)}>
                      {v === null ? <span className="gw-fixed-pending">{FT.pending}</span> : formatValue(v)}
                    </td>
                  );
                return (
                  <td key={c.col} {...span} {...common} className="gw-fixed-num">
                    <input
                      key={`${d.key}:${formatValue(v)}`}
                      inputMode={d.decimals ? 'decimal' : 'numeric'}
                      defaultValue={formatValue(v)}
                      placeholder={FT.pending}
                      aria-label={cellName(def, d.key)}
                      onKeyDown={onKey}
                      onBlur={(e) => commit(d.key, d.decimals ?? 0, e.currentTarget.value)}
                    />
                    {errors[d.key] ? <span className="gw-fixed-error">{errors[d.key]}</span> : null}
                  </td>
                );
              })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
