/** Table operations for the toolbar: insert a table, add and remove rows and columns. */
import { $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableNode,
  $isTableSelection,
  type TableNode,
} from '@lexical/table';
import { $ensureWritableAfter, $tableNode } from './mapping';
import { $isLeadParagraphNode } from './nodes';
import { MSG } from './messages';

function $selectedTable(): TableNode | null {
  const s = $getSelection();
  if ($isTableSelection(s)) return $findTableNode(s.anchor.getNode());
  if ($isRangeSelection(s)) return $findTableNode(s.anchor.getNode());
  return null;
}

/** What 插入表格 may ask for: a table of a report, not a spreadsheet. */
export const TABLE_LIMITS = { rows: 100, columns: 12 } as const;

/**
 * A rows × columns table with a header row, after the caret's paragraph (or the heading's section
 * start), as Word's and WPS's 插入表格 asks.
 */
export function $insertTable(rows = 3, columns = 3): string | null {
  const s = $getSelection();
  if (!$isRangeSelection(s)) return MSG.notInTable;
  if (
    !Number.isInteger(rows) ||
    !Number.isInteger(columns) ||
    rows < 1 ||
    columns < 1 ||
    rows > TABLE_LIMITS.rows ||
    columns > TABLE_LIMITS.columns
  )
    return MSG.tableSize(TABLE_LIMITS.rows, TABLE_LIMITS.columns);
  const block: LexicalNode | null = s.anchor.getNode().getTopLevelElement();
  if (!block) return null;
  if ($isLeadParagraphNode(block)) return MSG.needSection;
  if ($findTableNode(s.anchor.getNode())) return null;
  const cells = (n: number) => Array.from({ length: n }, () => ({ runs: [] }));
  const table = $tableNode({ type: 'table', headerRows: 1, rows: Array.from({ length: rows }, () => cells(columns)) });
  block.insertAfter(table);
  $ensureWritableAfter(table);
  const first = table.getFirstDescendant();
  const cell = first?.getParents().find($isTableCellNode) ?? null;
  cell?.selectStart();
  return null;
}

export type TableOp = 'rowAfter' | 'colAfter' | 'deleteRow' | 'deleteCol' | 'deleteTable';

export function $tableOp(op: TableOp): string | null {
  const table = $selectedTable();
  if (!table) return MSG.notInTable;
  const rows = table.getChildrenSize();
  const cols = table.getColumnCount();
  switch (op) {
    case 'rowAfter':
      $insertTableRowAtSelection(true);
      return null;
    case 'colAfter':
      $insertTableColumnAtSelection(true);
      return null;
    case 'deleteRow':
      if (rows <= 1) return MSG.lastRow;
      $deleteTableRowAtSelection();
      return null;
    case 'deleteCol':
      if (cols <= 1) return MSG.lastColumn;
      $deleteTableColumnAtSelection();
      return null;
    case 'deleteTable': {
      const next = table.getNextSibling() ?? table.getPreviousSibling();
      table.remove();
      next?.selectStart();
      return null;
    }
  }
}

/**
 * Tab in a table's last cell adds a row and moves to its first cell (Word, WPS); true when it did.
 * Elsewhere Tab is the table plugin's (next cell).
 */
export function $tabInLastCell(): boolean {
  const s = $getSelection();
  if (!$isRangeSelection(s) || !s.isCollapsed()) return false;
  const cell = s.anchor.getNode().getParents().find($isTableCellNode) ?? ($isTableCellNode(s.anchor.getNode()) ? s.anchor.getNode() : null);
  if (!cell || !$isTableCellNode(cell)) return false;
  const row = cell.getParent();
  const table = row?.getParent();
  if (!row || !table || !$isTableNode(table) || cell.getNextSibling() || row.getNextSibling()) return false;
  $insertTableRowAtSelection(true);
  const added = row.getNextSibling();
  const first = added && 'getFirstChild' in added ? (added as TableNode).getFirstChild() : null;
  if ($isTableCellNode(first)) first.selectStart();
  return true;
}
