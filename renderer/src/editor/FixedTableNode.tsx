/**
 * A prescribed table in the editor: one block node whose shape the clerk cannot change. It is a
 * decorator (React draws it, FixedTableView), so Lexical's text editing never reaches inside it;
 * only its number inputs take keys, and each change is one editor update (one undo step).
 */
import type { JSX } from 'react';
import {
  $applyNodeReplacement,
  $getNodeByKey,
  DecoratorNode,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { FixedTable } from '../../../shared/model/document';
import type { FixedValues } from '../../../shared/model/fixed-table-grid';
import { tableProblems } from '../../../shared/check/rules/fixed-tables';
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
  setValues(values: FixedValues): void {
    this.getWritable().__values = values;
  }
  override decorate(editor: LexicalEditor): JSX.Element {
    const block: FixedTable = { type: 'fixedTable', table: this.__table, values: this.__values };
    const key = this.__key;
    const onChange = (values: FixedValues) =>
      editor.update(() => {
        const node = $getNodeByKey(key);
        if ($isFixedTableNode(node)) node.setValues(values);
      });
    return <FixedTableView block={block} problems={tableProblems(block)} {...(editor.isEditable() ? { onChange } : {})} />;
  }
}

export function $createFixedTableNode(b: FixedTable): FixedTableNode {
  return $applyNodeReplacement(new FixedTableNode(b.table, { ...b.values }));
}

export function $isFixedTableNode(node: LexicalNode | null | undefined): node is FixedTableNode {
  return node instanceof FixedTableNode;
}
