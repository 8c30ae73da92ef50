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
    <div className="gw-editor-toolbar" role="toolbar" aria-label="编辑工具">
      <span className="gw-tool-group" role="group" aria-label="小节">
        {button('add-section', '新增小节', () => $addSection(getPolicy()), SHORTCUTS.addSection)}
        {button('promote', '升级', () => $changeLevel(getPolicy(), -1), SHORTCUTS.promote)}
        {button('demote', '降级', () => $changeLevel(getPolicy(), 1), SHORTCUTS.demote)}
        {button('move-up', '上移', () => $moveSection(getPolicy(), -1), SHORTCUTS.moveUp)}
        {button('move-down', '下移', () => $moveSection(getPolicy(), 1), SHORTCUTS.moveDown)}
      </span>
      <span className="gw-tool-group" role="group" aria-label="格式">
        <button
          type="button"
          data-action="bold"
          disabled={disabled}
          title="加粗（Ctrl+B）"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        >
          加粗
        </button>
      </span>
      <span className="gw-tool-group" role="group" aria-label="表格">
        <button
          type="button"
          data-action="insert-table"
          disabled={disabled}
          title="插入表格（先选行数和列数）"
          onMouseDown={(e) => e.preventDefault()}
          onClick={ask}
        >
          插入表格
        </button>
        {inTable && (
          <>
            {table('rowAfter', '加行')}
            {table('deleteRow', '删行')}
            {table('colAfter', '加列')}
            {table('deleteCol', '删列')}
            {table('deleteTable', '删除表格')}
          </>
        )}
      </span>
      <MoreMenu>
        {button('delete-section', '删除小节', () => $deleteSection(getPolicy()), SHORTCUTS.deleteSection)}
        {button('run-in', '段首标题', () => $toggleRunIn(), SHORTCUTS.runIn)}
        {button('to-body', '转为正文', () => $caretHeadingToParagraph(getPolicy()), SHORTCUTS.toBody)}
        {button('confirm-figures', '确认数字', () => $confirmFigures())}
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
        <h2 id="gw-table-size-title">插入表格</h2>
        <p>
          <label>
            行数 <input type="number" min={1} max={TABLE_LIMITS.rows} value={rows} onChange={(e) => setRows(e.target.value)} autoFocus />
          </label>{' '}
          ×{' '}
          <label>
            列数 <input type="number" min={1} max={TABLE_LIMITS.columns} value={columns} onChange={(e) => setColumns(e.target.value)} />
          </label>
        </p>
        <p className="gw-muted">
          第一行为表头。行数 1～{TABLE_LIMITS.rows}，列数 1～{TABLE_LIMITS.columns}。
        </p>
        <div className="gw-dialog-actions">
          <button type="submit" disabled={!ok}>
            插入
          </button>
          <button type="button" onClick={onCancel}>
            取消
          </button>
        </div>
      </form>
    </dialog>
  );
}
