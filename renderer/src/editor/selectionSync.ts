/**
 * The editor's selection is always the one the clerk sees.
 *
 * Lexical re-reads the browser's selection only while its own is a text range. It keeps a table
 * selection (cells selected across a table) until the table plugin sees a pointer or key event of
 * its own: a caret put anywhere else by other means (an assistive tool, a selection the browser
 * restores, a script) left the editor believing the cells were still selected. (The other kind, a
 * node selection, never arises: a prescribed table is not keyboard-selectable, FixedTableNode.) Text typed next then went in where the browser had the caret, past the editor's
 * commands and guards (the outline guard, history), and across blocks Chrome tried to restyle the
 * text inline, which the CSP refuses.
 *
 * So whenever the browser's selection changes, or text is about to go in, and the editor still
 * holds cells the browser no longer selects, the editor takes the browser's selection over.
 */
import {
  $addUpdateTag,
  $createRangeSelectionFromDom,
  $findMatchingParent,
  $getNearestNodeFromDOMNode,
  $getSelection,
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

/**
 * True when the editor holds a table selection and the browser's own selection, inside the
 * editor, is elsewhere.
 */
function $heldSelectionIsStale(editor: LexicalEditor, dom: Selection | null): dom is Selection {
  const held = $getSelection();
  if (!$isTableSelection(held)) return false;
  // While cells are selected the table plugin shows them by class and clears the browser's
  // selection: no range means nothing else was selected since.
  if (!dom || dom.rangeCount === 0) return false;
  const root = editor.getRootElement();
  if (!root || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return false;
  const anchorCell = $cellAt(dom.anchorNode);
  const focusCell = $cellAt(dom.focusNode);
  return !(anchorCell?.is(held.anchor.getNode()) && focusCell?.is(held.focus.getNode()));
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
