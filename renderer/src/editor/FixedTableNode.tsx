/**
 * A prescribed table in the editor: one block node whose shape the clerk cannot change. It is a
 * decorator (React draws it, FixedTableView), so Lexical's text editing never reaches inside it;
 * only its number inputs take keys; each keystroke that makes a valid number is an editor update
 * (so autosave sees it as it sees typed text), one visit to a cell one undo step.
 */
import type { JSX } from 'react';
import {
  $applyNodeReplacement,
  $getNodeByKey,
  DecoratorNode,
  HISTORY_MERGE_TAG,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { FixedTable } from '../../../shared/model/document';
import { computeTotals, type FixedValues } from '../../../shared/model/fixed-table-grid';
import { tableProblems } from '../../../shared/check/rules/fixed-tables';
import { fixedTableDef } from '../../../shared/templates';
import { FixedTableView } from './FixedTableView';

type SerializedFixedTableNode = Spread<{ table: string; values: FixedValues }, SerializedLexicalNode>;

export class FixedTableNode extends DecoratorNode<JSX.Element> {
  __table: string;
  __values: FixedValues;

  static override getType(): string {
    return 'gw-fixed-table';
  }
  static override clone(node: FixedTableNode): FixedTableNode {
    return new FixedTableNode(node.__table, node.__values, node.__key);
  }
  static override importJSON(json: SerializedFixedTableNode): FixedTableNode {
    return $createFixedTableNode({ type: 'fixedTable', table: json.table, values: json.values });
  }
  constructor(table: string, values: FixedValues, key?: NodeKey) {
    super(key);
    this.__table = table;
    this.__values = values;
  }
  override exportJSON(): SerializedFixedTableNode {
    return { ...super.exportJSON(), type: 'gw-fixed-table', version: 1, table: this.__table, values: { ...this.__values } };
  }
  override createDOM(_config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = 'gw-fixed';
    div.contentEditable = 'false';
    return div;
  }
  override updateDOM(): false {
    return false;
  }
  override isInline(): false {
    return false;
  }
  getBlock(): FixedTable {
    const self = this.getLatest();
    return { type: 'fixedTable', table: self.__table, values: { ...self.__values } };
  }
  getTableId(): string {
    return this.getLatest().__table;
  }
  /** The table as the clerk calls it (主动公开政府信息情况表). */
  getTableName(): string {
    const id = this.getTableId();
    return fixedTableDef(id)?.name ?? id;
  }
  /** Arrow keys step over it: a caret or a node selection on it would only invite deleting it. */
  override isKeyboardSelectable(): false {
    return false;
  }
  /** One cell's value, the totals recomputed from the values as they stand in this update. */
  setCell(cell: string, value: number | null): void {
    const self = this.getLatest();
    if ((self.__values[cell] ?? null) === value) return;
    const def = fixedTableDef(self.__table);
    const values = { ...self.__values, [cell]: value };
    this.getWritable().__values = def ? computeTotals(def, values) : values;
  }
  override decorate(editor: LexicalEditor): JSX.Element {
    const block: FixedTable = { type: 'fixedTable', table: this.__table, values: this.__values };
    const key = this.__key;
    // A visit to a cell is one undo step: its later keystrokes merge into the first one's entry.
    const onChange = (cell: string, value: number | null, sameEdit: boolean) =>
      editor.update(
        () => {
          const node = $getNodeByKey(key);
          if ($isFixedTableNode(node)) node.setCell(cell, value);
        },
        sameEdit ? { tag: HISTORY_MERGE_TAG } : {},
      );
    return <FixedTableView block={block} problems={tableProblems(block)} {...(editor.isEditable() ? { onChange } : {})} />;
  }
}

export function $createFixedTableNode(b: FixedTable): FixedTableNode {
  return $applyNodeReplacement(new FixedTableNode(b.table, { ...b.values }));
}

export function $isFixedTableNode(node: LexicalNode | null | undefined): node is FixedTableNode {
  return node instanceof FixedTableNode;
}
