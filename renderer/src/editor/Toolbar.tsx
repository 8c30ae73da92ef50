/**
 * The editor's toolbar: outline operations, bold, tables, figures. Each says its shortcut. One row
 * on a 1366×768 screen: the less-used commands wait under 更多, and the table commands show only
 * while the caret is in a table.
 */
import { useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $setSelection, FORMAT_TEXT_COMMAND, type BaseSelection } from 'lexical';
import { $findTableNode, $isTableSelection } from '@lexical/table';
import { MoreMenu } from '../ui/MoreMenu';
import {
  $addSection,
  $caretHeadingToParagraph,
  $changeLevel,
  $confirmFigures,
  $deleteSection,
  $moveSection,
  $toggleRunIn,
} from './sections';
import { $insertTable, $tableOp, TABLE_LIMITS, type TableOp } from './tables';
import { SHORTCUTS } from './OutlinePlugin';
import type { OutlinePolicy } from './structure';
import { TB } from './messages';

interface Props {
  getPolicy: () => OutlinePolicy;
  notify: (message: string) => void;
  disabled: boolean;
}

export function Toolbar({ getPolicy, notify, disabled }: Props) {
  const [editor] = useLexicalComposerContext();
  const [inTable, setInTable] = useState(false);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        setInTable(
          editorState.read(() => {
            const s = $getSelection();
            return $isTableSelection(s) || ($isRangeSelection(s) && $findTableNode(s.anchor.getNode()) !== null);
          }),
        ),
      ),
    [editor],
  );
  const run = (op: () => string | null) => () => {
    let message: string | null = null;
    editor.update(() => {
      message = op();
    });
    editor.focus();
    if (message) notify(message);
  };
  const button = (id: string, label: string, op: () => string | null, shortcut?: string) => (
    <button
      type="button"
      data-action={id}
      disabled={disabled}
      title={shortcut ? `${label}（${shortcut}）` : label}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run(op)}
    >
      {label}
    </button>
  );
  const table = (op: TableOp, label: string) => button(`table-${op}`, label, () => $tableOp(op));
  // 插入表格 asks rows × columns first (as Word and WPS do); the caret is kept meanwhile.
  const [asking, setAsking] = useState<{ caret: BaseSelection | null } | null>(null);
  const ask = () => setAsking({ caret: editor.getEditorState().read(() => $getSelection()?.clone() ?? null) });
  const insert = (rows: number, columns: number) => {
    const caret = asking?.caret ?? null;
    setAsking(null);
    run(() => {
      if (caret) $setSelection(caret);
      return $insertTable(rows, columns);
    })();
  };
  return (
    <div className="gw-editor-toolbar" role="toolbar" aria-label={TB.label}>
      <span className="gw-tool-group" role="group" aria-label={TB.group.section}>
        {button('add-section', TB.addSection, () => $addSection(getPolicy()), SHORTCUTS.addSection)}
        {button('promote', TB.promote, () => $changeLevel(getPolicy(), -1), SHORTCUTS.promote)}
        {button('demote', TB.demote, () => $changeLevel(getPolicy(), 1), SHORTCUTS.demote)}
        {button('move-up', TB.moveUp, () => $moveSection(getPolicy(), -1), SHORTCUTS.moveUp)}
        {button('move-down', TB.moveDown, () => $moveSection(getPolicy(), 1), SHORTCUTS.moveDown)}
      </span>
      <span className="gw-tool-group" role="group" aria-label={TB.group.format}>
        <button
          type="button"
          data-action="bold"
          disabled={disabled}
          title={TB.boldTitle}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        >
          {TB.bold}
        </button>
      </span>
      <span className="gw-tool-group" role="group" aria-label={TB.group.table}>
        <button
          type="button"
          data-action="insert-table"
          disabled={disabled}
          title={TB.insertTableTitle}
          onMouseDown={(e) => e.preventDefault()}
          onClick={ask}
        >
          {TB.insertTable}
        </button>
        {inTable && (
          <>
            {table('rowAfter', TB.rowAfter)}
            {table('deleteRow', TB.deleteRow)}
            {table('colAfter', TB.colAfter)}
            {table('deleteCol', TB.deleteCol)}
            {table('deleteTable', TB.deleteTable)}
          </>
        )}
      </span>
      <MoreMenu>
        {button('delete-section', TB.deleteSection, () => $deleteSection(getPolicy()), SHORTCUTS.deleteSection)}
        {button('run-in', TB.runIn, () => $toggleRunIn(), SHORTCUTS.runIn)}
        {button('to-body', TB.toBody, () => $caretHeadingToParagraph(getPolicy()), SHORTCUTS.toBody)}
        {button('confirm-figures', TB.confirmFigures, () => $confirmFigures())}
      </MoreMenu>
      {asking && <TableSizeDialog onInsert={insert} onCancel={() => setAsking(null)} />}
    </div>
  );
}

/** 插入表格: how many rows (the first is the header row) and columns. */
function TableSizeDialog({ onInsert, onCancel }: { onInsert: (rows: number, columns: number) => void; onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const r = Number(rows);
  const c = Number(columns);
  const ok = Number.isInteger(r) && Number.isInteger(c) && r >= 1 && c >= 1 && r <= TABLE_LIMITS.rows && c <= TABLE_LIMITS.columns;
  return (
    <dialog ref={dialog} className="gw-dialog gw-table-size" aria-labelledby="gw-table-size-title" onClose={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (ok) onInsert(r, c);
        }}
      >
        <h2 id="gw-table-size-title">{TB.insertTable}</h2>
        <p>
          <label>
            {TB.rows}{' '}
            <input type="number" min={1} max={TABLE_LIMITS.rows} value={rows} onChange={(e) => setRows(e.target.value)} autoFocus />
          </label>{' '}
          ×{' '}
          <label>
            {TB.columns}{' '}
            <input type="number" min={1} max={TABLE_LIMITS.columns} value={columns} onChange={(e) => setColumns(e.target.value)} />
          </label>
        </p>
        <p className="gw-muted">{TB.sizeHint(TABLE_LIMITS.rows, TABLE_LIMITS.columns)}</p>
        <div className="gw-dialog-actions">
          <button type="submit" disabled={!ok}>
            {TB.insert}
          </button>
          <button type="button" onClick={onCancel}>
            {TB.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
