/** Table operations for the toolbar: insert a table, add and remove rows and columns. */
import { $createParagraphNode, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableSelection,
  type TableNode,
} from '@lexical/table';
import { $tableNode } from './mapping';
import { $isLeadParagraphNode, $isSectionHeadingNode } from './nodes';
import { MSG } from './messages';

function $selectedTable(): TableNode | null {
  const s = $getSelection();
  if ($isTableSelection(s)) return $findTableNode(s.anchor.getNode());
  if ($isRangeSelection(s)) return $findTableNode(s.anchor.getNode());
  return null;
}

/** A 3 × 3 table with a header row, after the caret's paragraph (or the heading's section start). */
export function $insertTable(): string | null {
  const s = $getSelection();
  if (!$isRangeSelection(s)) return MSG.notInTable;
  const block: LexicalNode | null = s.anchor.getNode().getTopLevelElement();
  if (!block) return null;
  if ($isLeadParagraphNode(block)) return MSG.needSection;
  if ($findTableNode(s.anchor.getNode())) return null;
  const table = $tableNode({ type: 'table', headerRows: 1, rows: [0, 1, 2].map(() => [0, 1, 2].map(() => ({ runs: [] }))) });
  block.insertAfter(table);
  // A paragraph after the table so the clerk can write on below it.
  if (!table.getNextSibling() || $isSectionHeadingNode(table.getNextSibling())) table.insertAfter($createParagraphNode());
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
