/**
 * The editor's selection is always the one the clerk sees.
 *
 * Lexical re-reads the browser's selection only while its own is a text range. It keeps a table
 * selection (cells selected across a table) until the table plugin sees a pointer or key event of
 * its own, and a node selection (a fixed table chosen with the arrow keys) until a key moves off
 * it: a caret put anywhere else by other means (an assistive tool, a selection the browser
 * restores, a script) left the editor believing the cells or the table were still selected. Text typed next then went in where the browser had the caret, past the editor's
 * commands and guards (the outline guard, history), and across blocks Chrome tried to restyle the
 * text inline, which the CSP refuses.
 *
 * So whenever the browser's selection changes, or text is about to go in, and the editor still
 * holds cells or a block the browser no longer selects, the editor takes the browser's selection
 * over.
 */
import {
  $addUpdateTag,
  $createRangeSelectionFromDom,
  $findMatchingParent,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  SELECTION_CHANGE_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  SKIP_SCROLL_INTO_VIEW_TAG,
  mergeRegister,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isTableCellNode, $isTableSelection } from '@lexical/table';

function $cellAt(dom: Node | null): LexicalNode | null {
  const node = dom ? $getNearestNodeFromDOMNode(dom) : null;
  return node ? $findMatchingParent(node, $isTableCellNode) : null;
}

/** Where the browser's selection stood, to tell a later move of it. */
type Points = readonly [Node | null, number, Node | null, number];
const pointsOf = (dom: Selection): Points => [dom.anchorNode, dom.anchorOffset, dom.focusNode, dom.focusOffset];
const samePoints = (a: Points, b: Points) => a.every((x, i) => x === b[i]);

/**
 * The browser's selection when a block selection was made: Lexical leaves the browser's caret
 * where it was, or where the arrow key's own move put it (in the text beside the block), so only a
 * move away from there says the clerk is elsewhere now. Keyed by the selected blocks.
 */
const whenChosen = new WeakMap<LexicalEditor, { keys: string; points: Points | null }>();

function $noteBlockSelection(editor: LexicalEditor): void {
  const held = $getSelection();
  if (!$isNodeSelection(held)) return void whenChosen.delete(editor);
  const keys = held.getNodes().map((n) => n.getKey()).join();
  if (whenChosen.get(editor)?.keys === keys) return;
  const dom = editor._window?.getSelection() ?? null;
  whenChosen.set(editor, { keys, points: dom && dom.rangeCount ? pointsOf(dom) : null });
}

/**
 * True when the editor holds a selection that is not a text range (cells, a block) and the
 * browser's own selection, inside the editor, has moved elsewhere since.
 */
function $heldSelectionIsStale(editor: LexicalEditor, dom: Selection | null): dom is Selection {
  const held = $getSelection();
  if (!$isTableSelection(held) && !$isNodeSelection(held)) return false;
  // While cells are selected the table plugin shows them by class and clears the browser's
  // selection: no range means nothing else was selected since.
  if (!dom || dom.rangeCount === 0) return false;
  const root = editor.getRootElement();
  if (!root || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return false;
  if ($isTableSelection(held)) {
    const anchorCell = $cellAt(dom.anchorNode);
    const focusCell = $cellAt(dom.focusNode);
    return !(anchorCell?.is(held.anchor.getNode()) && focusCell?.is(held.focus.getNode()));
  }
  // A caret inside the selected block (a number field of a fixed table) belongs to it.
  const inside = (n: Node | null) => held.getNodes().some((node) => editor.getElementByKey(node.getKey())?.contains(n));
  if (inside(dom.anchorNode) && inside(dom.focusNode)) return false;
  const noted = whenChosen.get(editor);
  if (!noted) return false;
  // The first place the browser shows after the block was chosen is where choosing left it.
  if (!noted.points) {
    noted.points = pointsOf(dom);
    return false;
  }
  return !samePoints(noted.points, pointsOf(dom));
}

/** Inside an update: a stale selection (see above) gives way to the browser's. True when it did. */
function $takeBrowserSelectionOver(editor: LexicalEditor): boolean {
  const dom = editor._window?.getSelection() ?? null;
  if (!$heldSelectionIsStale(editor, dom)) return false;
  const taken = $createRangeSelectionFromDom(dom, editor);
  if (!taken) return false;
  $setSelection(taken);
  // The browser already shows this selection where the clerk is looking: writing it back would
  // scroll the page to it.
  $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  $addUpdateTag(SKIP_SCROLL_INTO_VIEW_TAG);
  return true;
}

export function registerSelectionSync(editor: LexicalEditor): () => void {
  // Text about to go in: before Lexical's own handler on the same node reads the selection.
  const onBeforeInput = () => {
    const stale = editor.read(() => $heldSelectionIsStale(editor, editor._window?.getSelection() ?? null));
    if (stale) editor.update(() => void $takeBrowserSelectionOver(editor), { discrete: true });
  };
  return mergeRegister(
    editor.registerUpdateListener(() => editor.read(() => $noteBlockSelection(editor))),
    // First of all selection handlers, so the table plugin's sees the selection taken over.
    editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        $takeBrowserSelectionOver(editor);
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerRootListener((next, prev) => {
      prev?.removeEventListener('beforeinput', onBeforeInput, true);
      next?.addEventListener('beforeinput', onBeforeInput, true);
    }),
  );
}
