/**
 * Stepping through the figures marked 待核实 (a rolled-forward draft's carried-over data), for the
 * workspace's "下一个待核实数字" button: select the next one after the caret, wrapping round.
 */
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { $isFigureTextNode } from './nodes';

/** Index in `texts` of the text node at or just before the selection's focus; -1 before all. */
function $focusIndex(texts: readonly TextNode[]): number {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return -1;
  let node: LexicalNode = selection.focus.getNode();
  if ($isElementNode(node)) {
    const before = node.getChildAtIndex(selection.focus.offset - 1);
    if (before) node = $isElementNode(before) ? (before.getLastDescendant() ?? before) : before;
  }
  const key = node.getKey();
  const i = texts.findIndex((t) => t.getKey() === key);
  if (i >= 0) return i;
  // An element with no text (an empty paragraph): the last text node before it.
  for (let j = texts.length - 1; j >= 0; j--) if (texts[j]!.isBefore(node)) return j;
  return -1;
}

/** Select the next unconfirmed figure after the caret (wrapping) and scroll to it; false when none is left. */
export function selectNextFigure(editor: LexicalEditor): boolean {
  let key: NodeKey | null = null;
  editor.update(
    () => {
      const texts = $getRoot().getAllTextNodes();
      const from = $focusIndex(texts);
      const isFigure = (t: TextNode) => $isFigureTextNode(t) && $isTextNode(t);
      const next = texts.slice(from + 1).find(isFigure) ?? texts.slice(0, from + 1).find(isFigure);
      if (!next) return;
      next.select(0, next.getTextContentSize());
      key = next.getKey();
    },
    { discrete: true },
  );
  if (!key) return false;
  editor.focus();
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  return true;
}
