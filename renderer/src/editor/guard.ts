/**
 * The outline guard. Required slot headings can be reworded but not deleted, merged or moved;
 * a prescribed table (政府信息公开 样表) takes numbers only and cannot be deleted, merged with
 * the text around it or moved out of its part.
 *
 * Two layers, because commands alone miss paths (IME, drag, browser quirks):
 * 1. Commands (Backspace/Delete at an edge, deleting or typing over a selection, cut, paste,
 *    drag, Enter over a selection) are refused with a Chinese message before anything changes.
 * 2. A root transform checks, in every update that changes the top-level blocks, that the
 *    protected headings are all there, once, in order and at their level, and the prescribed
 *    tables too, each in its part. If not, it puts back the last committed state inside the same
 *    update (so nothing broken is ever shown or saved) and merges that update into the history
 *    entry it came from (so undo never reaches it).
 */
import {
  $addUpdateTag,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  $parseSerializedNode,
  $createParagraphNode,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DRAGSTART_COMMAND,
  HISTORY_MERGE_TAG,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  REMOVE_TEXT_COMMAND,
  RootNode,
  mergeRegister,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $isRunInMarkNode, $isSectionHeadingNode, SectionHeadingNode } from './nodes';
import { $isFixedTableNode, type FixedTableNode } from './FixedTableNode';
import { $headingToParagraph } from './sections';
import { $outlineProblem, isProtected, type OutlinePolicy } from './structure';
import { MSG, headingName } from './messages';

export type Notify = (message: string) => void;

/** The root child holding a point (a table for points in cells). */
function topBlock(point: PointType): LexicalNode | null {
  const node = point.getNode();
  if (node.getParent() === null && node.getType() === 'root') return null;
  return node.getTopLevelElement();
}

/** True when nothing of `block` comes before the point. */
function atBlockStart(point: PointType, block: LexicalNode): boolean {
  let node: LexicalNode | null = point.getNode();
  if (point.offset !== 0) return false;
  while (node && !node.is(block)) {
    if (node.getPreviousSibling()) return false;
    node = node.getParent();
  }
  return !!node;
}

/** True when nothing of `block` comes after the point. */
function atBlockEnd(point: PointType, block: LexicalNode): boolean {
  let node: LexicalNode | null = point.getNode();
  const size = $isTextNode(node) ? node.getTextContentSize() : $isElementNode(node) ? node.getChildrenSize() : 0;
  if (point.offset < size) return false;
  while (node && !node.is(block)) {
    if (node.getNextSibling()) return false;
    node = node.getParent();
  }
  return !!node;
}

/** The run-in mark right before (backward) or after the caret, if any. */
function markBeside(selection: RangeSelection, backward: boolean): LexicalNode | null {
  const { anchor } = selection;
  const node = anchor.getNode();
  if ($isTextNode(node)) {
    if ($isRunInMarkNode(node)) return node;
    const size = node.getTextContentSize();
    if (backward && anchor.offset === 0) return $isRunInMarkNode(node.getPreviousSibling()) ? node.getPreviousSibling() : null;
    if (!backward && anchor.offset === size) return $isRunInMarkNode(node.getNextSibling()) ? node.getNextSibling() : null;
    return null;
  }
  if ($isElementNode(node)) {
    const child = node.getChildAtIndex(backward ? anchor.offset - 1 : anchor.offset);
    return $isRunInMarkNode(child) ? child : null;
  }
  return null;
}

function $protectedHeadingName(policy: OutlinePolicy, h: SectionHeadingNode): string {
  const slot = h.getSlot();
  return headingName(h.getTextContent().split('。')[0] ?? '', slot ? policy.slots.get(slot)?.heading : undefined);
}

/** The first protected heading a non-collapsed selection would remove or merge, if any. */
function $rangeHitsProtected(policy: OutlinePolicy, selection: BaseSelection | null): SectionHeadingNode | null {
  if ($isNodeSelection(selection)) {
    return (selection.getNodes().find((n) => isProtected(policy, n)) as SectionHeadingNode | undefined) ?? null;
  }
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const a = topBlock(start);
  const b = topBlock(end);
  if (!a || !b || a.is(b)) return null;
  for (let n: LexicalNode | null = a; n; n = n.getNextSibling()) {
    if (isProtected(policy, n)) return n as SectionHeadingNode;
    if (n.is(b)) break;
  }
  return null;
}

/** The root child a range's end holds: a point on the root itself names the child at its offset. */
function rangeEnd(point: PointType): LexicalNode | null {
  const node = point.getNode();
  if (node.getParent() !== null || node.getType() !== 'root') return node.getTopLevelElement() ?? node;
  const root = $getRoot();
  return root.getChildAtIndex(Math.min(point.offset, root.getChildrenSize() - 1));
}

/** The first prescribed table a selection would remove or replace, if any. */
function $rangeHitsFixedTable(selection: BaseSelection | null): FixedTableNode | null {
  if ($isNodeSelection(selection)) return selection.getNodes().find($isFixedTableNode) ?? null;
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const a = rangeEnd(start);
  const b = rangeEnd(end);
  if (!a || !b) return null;
  for (let n: LexicalNode | null = a; n; n = n.getNextSibling()) {
    if ($isFixedTableNode(n)) return n;
    if (n.is(b)) break;
  }
  return null;
}

type RangeGesture = 'range' | 'cut' | 'drag';
const REFUSAL: Record<RangeGesture, { heading: (h: string) => string; table: (t: string) => string }> = {
  range: { heading: MSG.rangeRequired, table: MSG.rangeTable },
  cut: { heading: MSG.cutRequired, table: MSG.cutTable },
  drag: { heading: MSG.dragRequired, table: MSG.dragTable },
};

/**
 * Why a selection may not be deleted, typed over, pasted over, cut or dragged as a whole: it
 * spans a required heading or a prescribed table. Null when it may.
 */
export function $rangeRefusal(policy: OutlinePolicy, selection: BaseSelection | null, gesture: RangeGesture = 'range'): string | null {
  const hit = $rangeHitsProtected(policy, selection);
  if (hit) return REFUSAL[gesture].heading($protectedHeadingName(policy, hit));
  const table = $rangeHitsFixedTable(selection);
  return table ? REFUSAL[gesture].table(table.getTableName()) : null;
}

/**
 * Backspace or Delete from the block beside a prescribed table, towards it: the table stays. An
 * empty paragraph there goes (the caret steps past the table, as Word's does); text is kept.
 */
function $besideTable(block: LexicalNode, table: FixedTableNode, notify: Notify, backward: boolean): true {
  if ($isElementNode(block) && !$isSectionHeadingNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0) {
    block.remove();
    const past = backward ? table.getPreviousSibling() : table.getNextSibling();
    const near = backward ? table.getNextSibling() : table.getPreviousSibling();
    if ($isElementNode(past)) {
      if (backward) past.selectEnd();
      else past.selectStart();
    } else if ($isElementNode(near)) near.selectStart();
    return true;
  }
  return refuse(notify, MSG.keepTable(table.getTableName()));
}

/**
 * Backspace (backward) or Delete at an edge. Returns true when handled (refused or done
 * differently), false to let Lexical proceed.
 */
function $edgeDelete(policy: OutlinePolicy, notify: Notify, backward: boolean): boolean {
  const selection = $getSelection();
  if ($isNodeSelection(selection) || ($isRangeSelection(selection) && !selection.isCollapsed())) {
    const refusal = $rangeRefusal(policy, selection);
    if (refusal) notify(refusal);
    return !!refusal;
  }
  if (!$isRangeSelection(selection)) return false;
  // The run-in "。" is part of the form, not text: step over it instead of deleting it.
  const mark = markBeside(selection, backward);
  if (mark) {
    if (backward) mark.selectPrevious();
    else mark.selectNext(0, 0);
    return true;
  }
  const block = topBlock(selection.anchor);
  if (!block || block.getParent() !== $getRoot()) return false;
  if (backward && atBlockStart(selection.anchor, block)) {
    if (isProtected(policy, block)) {
      notify(MSG.keepRequired($protectedHeadingName(policy, block as SectionHeadingNode)));
      return true;
    }
    const prev = block.getPreviousSibling();
    if ($isFixedTableNode(prev)) return $besideTable(block, prev, notify, true);
    if ($isSectionHeadingNode(block)) {
      // Backspace at the start of a free heading turns it back into body text (as in Word).
      const message = $headingToParagraph(policy, block);
      if (message) notify(message);
      return true;
    }
    if ($isSectionHeadingNode(prev) && block.getTextContentSize() > 0) {
      prev.selectEnd();
      return refuse(notify, MSG.noMerge);
    }
    return false;
  }
  if (!backward && atBlockEnd(selection.anchor, block)) {
    const next = block.getNextSibling();
    if ($isFixedTableNode(next)) return $besideTable(block, next, notify, false);
    if (next && isProtected(policy, next)) {
      if (block.getTextContentSize() === 0 && !$isSectionHeadingNode(block)) {
        block.remove();
        (next as SectionHeadingNode).selectStart();
        return true;
      }
      notify(MSG.keepRequired($protectedHeadingName(policy, next as SectionHeadingNode)));
      return true;
    }
    if ($isSectionHeadingNode(next)) {
      if (block.getTextContentSize() === 0 && !$isSectionHeadingNode(block)) {
        block.remove();
        next.selectStart();
        return true;
      }
      return refuse(notify, $isSectionHeadingNode(block) ? MSG.noMergeHeadings : MSG.noMerge);
    }
    if ($isSectionHeadingNode(block) && next && next.getTextContentSize() > 0) return refuse(notify, MSG.noMerge);
  }
  return false;
}

function refuse(notify: Notify, message: string): true {
  notify(message);
  return true;
}

/** Position of a node as child indices from the root, to find its copy after a restore. */
function pathOf(node: LexicalNode): number[] {
  const path: number[] = [];
  for (let n: LexicalNode | null = node; n && n.getParent(); n = n.getParent()) path.unshift(n.getIndexWithinParent());
  return path;
}

function nodeAt(path: readonly number[]): LexicalNode | null {
  let n: LexicalNode | null = $getRoot();
  for (const i of path) n = $isElementNode(n) ? n.getChildAtIndex(i) : null;
  return n;
}

/**
 * Put the last committed state's blocks back (inside the running update) and the caret where it
 * was. Keys change, content and history do not.
 */
function $restore(editor: LexicalEditor, root: RootNode): void {
  const prev = editor.getEditorState();
  const saved = prev.read(() => {
    const sel = $getSelection();
    const point = $isRangeSelection(sel) ? sel.anchor : null;
    return {
      json: prev.toJSON().root.children,
      caret: point ? { path: pathOf(point.getNode()), offset: point.offset, type: point.type } : null,
    };
  });
  root.clear();
  for (const child of saved.json) root.append($parseSerializedNode(child));
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
  const target = saved.caret ? nodeAt(saved.caret.path) : null;
  if (target && saved.caret) {
    if ($isTextNode(target)) target.select(saved.caret.offset, saved.caret.offset);
    else if ($isElementNode(target)) target.select(saved.caret.offset, saved.caret.offset);
    else root.selectStart();
  } else root.selectStart();
  $addUpdateTag(HISTORY_MERGE_TAG);
}

/**
 * IME input over a selection: the browser deletes the selection itself before the editor sees
 * any command (and across blocks Chrome tries inline styles, which the CSP blocks). Collapse the
 * selection first when it spans a protected heading; the composition then goes in at the caret.
 */
function registerCompositionGuard(editor: LexicalEditor, getPolicy: () => OutlinePolicy, notify: Notify): () => void {
  const onStart = () => {
    const policy = getPolicy();
    const refusal = editor.getEditorState().read(() => $rangeRefusal(policy, $getSelection()));
    if (refusal === null) return;
    window.getSelection()?.collapseToEnd();
    notify(refusal);
  };
  return editor.registerRootListener((next, prev) => {
    prev?.removeEventListener('compositionstart', onStart, true);
    next?.addEventListener('compositionstart', onStart, true);
  });
}

export function registerOutlineGuard(editor: LexicalEditor, getPolicy: () => OutlinePolicy, notify: Notify): () => void {
  const later: Notify = (m) => queueMicrotask(() => notify(m));
  const rangeRefusal = (gesture: RangeGesture) => (event?: Event | null) => {
    const refusal = $rangeRefusal(getPolicy(), $getSelection(), gesture);
    if (!refusal) return false;
    event?.preventDefault();
    later(refusal);
    return true;
  };
  const onRange = rangeRefusal('range');
  // The key itself must not reach the browser when the editor refused or did it otherwise.
  const onKey = (backward: boolean) => (event: KeyboardEvent | null) => {
    const handled = $edgeDelete(getPolicy(), later, backward);
    if (handled) event?.preventDefault();
    return handled;
  };
  return mergeRegister(
    registerCompositionGuard(editor, getPolicy, later),
    editor.registerCommand(KEY_BACKSPACE_COMMAND, onKey(true), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_DELETE_COMMAND, onKey(false), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_CHARACTER_COMMAND, (backward) => $edgeDelete(getPolicy(), later, backward), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_WORD_COMMAND, (backward) => $edgeDelete(getPolicy(), later, backward), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_LINE_COMMAND, (backward) => $edgeDelete(getPolicy(), later, backward), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(REMOVE_TEXT_COMMAND, (e) => onRange(e as Event | null), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(CONTROLLED_TEXT_INSERTION_COMMAND, (e) => onRange(typeof e === 'string' ? null : e), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => onRange(null), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => onRange(null), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(CUT_COMMAND, (e) => rangeRefusal('cut')(e as Event | null), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DRAGSTART_COMMAND, (e) => rangeRefusal('drag')(e), COMMAND_PRIORITY_HIGH),
    // The structural guard behind the commands.
    editor.registerNodeTransform(RootNode, (root) => {
      const problem = $outlineProblem(getPolicy());
      if (!problem) return;
      $restore(editor, root);
      later(problem === 'table' ? MSG.tableRestored : MSG.restored);
    }),
    // A protected heading keeps its level whatever changed it.
    editor.registerNodeTransform(SectionHeadingNode, (node) => {
      const level = getPolicy().protectedLevels.get(node.getSectionId());
      if (level !== undefined && node.getLevel() !== level) {
        node.setLevel(level);
        later(MSG.requiredLevel);
      }
    }),
  );
}
