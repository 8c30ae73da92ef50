/**
 * A prescribed table (政府信息公开 样表) on screen: the template's grid with its merged headings;
 * number cells are inputs when `onChange` is given (the editor), text otherwise (an old version).
 * Totals are computed and never take input; an empty cell shows 待填. A cell the checker flags
 * carries `data-problem` and its message as the title, so the clerk sees where a balance fails.
 */
import { useEffect, useRef, useState } from 'react';
import type { FixedTable } from '../../../shared/model/document';
import { FIXED_TABLE_LIMITS } from '../../../shared/model/fixed-table';
import { cellName, computeTotals, formatValue, gridOf, isNumberCell } from '../../../shared/model/fixed-table-grid';
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
  /**
   * Editable when given: a cell's new value (the owner recomputes the totals from the values it
   * holds then). `sameEdit`: a further keystroke in the cell the previous change came from, while
   * it kept the focus (one undo step per visit).
   */
  onChange?: (key: string, value: number | null, sameEdit: boolean) => void;
  /** Messages by cell key (the checker's findings at cells). */
  problems?: ReadonlyMap<string, string>;
}

/** The narrowest column's width, in em of the table's font: 待填 and a 6-digit number fit. */
const CELL_MIN_EM = 2.9;

/** Keys and clipboard gestures in a cell are the cell's: the editor around it must not act on them. */
const CELL_EVENTS = ['keydown', 'keypress', 'keyup', 'paste', 'cut', 'copy', 'drop', 'dragstart', 'dragover'] as const;
/** Ctrl+S / Ctrl+F / Ctrl+H still reach the page (save, find), as from anywhere in the draft. */
const pageKey = (e: Event) => e instanceof KeyboardEvent && (e.ctrlKey || e.metaKey) && !e.altKey && /^[sfh]$/i.test(e.key);

export function FixedTableView({ block, onChange, problems }: FixedTableViewProps) {
  const def = fixedTableDef(block.table);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const el = tableRef.current;
    if (!el || !onChange) return;
    // Native listeners on the table run before the editor's on its root (React's run after it).
    const stop = (e: Event) => {
      if (!pageKey(e)) e.stopPropagation();
    };
    for (const t of CELL_EVENTS) el.addEventListener(t, stop);
    return () => {
      for (const t of CELL_EVENTS) el.removeEventListener(t, stop);
    };
  }, [onChange]);
  if (!def) return <p className="gw-fixed-unknown">{FT.unknown(block.table)}</p>;
  const grid = gridOf(def);
  const values = computeTotals(def, block.values);
  return (
    <table
      className="gw-fixed-table"
      data-fixed-table={def.id}
      aria-label={def.name}
      ref={tableRef}
      // Room for 待填 in the narrowest column: the table scrolls in its box rather than clip it.
      style={{ minWidth: `${(def.columns.reduce((a, b) => a + b, 0) / Math.min(...def.columns)) * CELL_MIN_EM}em` }}
    >
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
                const problem = problems?.get(d.key);
                if (d.sum || !onChange)
                  return (
                    <td
                      key={c.col}
                      {...span}
                      data-cell={d.key}
                      {...(problem ? { 'data-problem': '' } : {})}
                      className={d.sum ? 'gw-fixed-total' : 'gw-fixed-num'}
                      title={problem ?? (d.sum ? FT.computed : undefined)}
                    >
                      {v === null ? <span className="gw-fixed-pending">{FT.pending}</span> : formatValue(v)}
                    </td>
                  );
                return (
                  <NumberCell
                    key={c.col}
                    span={span}
                    cellKey={d.key}
                    label={cellName(def, d.key)}
                    decimals={d.decimals ?? 0}
                    value={v}
                    problem={problem}
                    onValue={onChange}
                  />
                );
              })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface NumberCellProps {
  span: { colSpan?: number; rowSpan?: number };
  cellKey: string;
  label: string;
  decimals: number;
  value: number | null;
  problem: string | undefined;
  onValue: (key: string, value: number | null, sameEdit: boolean) => void;
}

/**
 * One number input. What the clerk types goes into the document at each keystroke that makes a
 * valid number (as typed text does), so the draft is saved like any other edit and Ctrl+S or
 * leaving the page never finds a number still held in the input. A refused entry stays in the
 * cell with its reason and changes nothing. While the cell has the focus its text is the
 * clerk's; otherwise it follows the document (an undo, a restore).
 */
function NumberCell({ span, cellKey, label, decimals, value, problem, onValue }: NumberCellProps) {
  const [text, setText] = useState(formatValue(value));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  // True after the first change of this visit to the cell: later keystrokes join its undo step.
  const changedThisVisit = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      setText(formatValue(value));
      setError(null);
    }
  }, [value]);
  const shown = error ?? problem;
  return (
    <td {...span} data-cell={cellKey} className="gw-fixed-num" {...(shown ? { 'data-problem': '', title: shown } : {})}>
      <input
        inputMode={decimals ? 'decimal' : 'numeric'}
        value={text}
        placeholder={FT.pending}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        onFocus={() => {
          focused.current = true;
          changedThisVisit.current = false;
        }}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          const parsed = parseCellInput(raw, decimals);
          if ('error' in parsed) {
            setError(parsed.error);
            return;
          }
          setError(null);
          if (parsed.value === value) return;
          onValue(cellKey, parsed.value, changedThisVisit.current);
          changedThisVisit.current = true;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
        onBlur={() => {
          focused.current = false;
          // The number as the document holds it (１２ → 12); a refused entry stays to be corrected.
          if (!error) setText(formatValue(value));
        }}
      />
      {error ? <span className="gw-fixed-error">{error}</span> : null}
    </td>
  );
}
