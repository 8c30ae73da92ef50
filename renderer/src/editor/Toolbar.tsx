/**
 * The editor's toolbar: outline operations, bold, tables, figures. Each says its shortcut. One row
 * on a 1366×768 screen: the less-used commands wait under 更多, and the table commands show only
 * while the caret is in a table.
 */
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND } from 'lexical';
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
import { $insertTable, $tableOp, type TableOp } from './tables';
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
        {button('insert-table', '插入表格', () => $insertTable())}
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
    </div>
  );
}
