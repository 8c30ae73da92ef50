/**
 * Wires the outline into Lexical: the guard, the node transforms, paste and drop, typed heading
 * numbers (typedNumber.ts), the keyboard shortcuts of the outline operations, and the model's
 * single text format (bold).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DRAGEND_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  PASTE_COMMAND,
  mergeRegister,
} from 'lexical';
import { $isTableCellNode } from '@lexical/table';
import { $isSectionHeadingNode } from './nodes';
import { registerOutlineGuard, $rangeRefusal, type Notify } from './guard';
import { registerEditorTransforms } from './transforms';
import { registerTextAtCaret } from './textInput';
import { registerTypedNumbers } from './typedNumber';
import { $insertPasted, dataTransferLines } from './paste';
import { $addSection, $caretHeadingToParagraph, $enterAtHeadingStart, $changeLevel, $deleteSection, $moveSection, $toggleRunIn } from './sections';
import type { OutlinePolicy } from './structure';

/** Keyboard shortcuts of the outline operations (also shown on the toolbar). */
export const SHORTCUTS = {
  addSection: 'Ctrl+Enter',
  demote: 'Tab',
  promote: 'Shift+Tab',
  moveUp: 'Alt+Shift+↑',
  moveDown: 'Alt+Shift+↓',
  deleteSection: 'Alt+Shift+Delete',
  runIn: 'Alt+Shift+R',
  toBody: 'Alt+Shift+P',
} as const;

function inTableCell(): boolean {
  const s = $getSelection();
  return (
    $isRangeSelection(s) &&
    s.anchor
      .getNode()
      .getParents()
      .some((p) => $isTableCellNode(p))
  );
}

export interface OutlinePluginProps {
  getPolicy: () => OutlinePolicy;
  notify: Notify;
  /** Text the draft holds outside the editor (attachments), which counts toward its limit. */
  getOutsideChars?: () => number;
}

export function OutlinePlugin({ getPolicy, notify, getOutsideChars }: OutlinePluginProps): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let draggingFromHere = false;
    const run = (op: () => string | null) => {
      const message = op();
      if (message) queueMicrotask(() => notify(message));
      return true;
    };
    return mergeRegister(
      registerEditorTransforms(editor),
      registerOutlineGuard(editor, getPolicy, notify),
      registerTextAtCaret(editor),
      registerTypedNumbers(editor, getPolicy, notify),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          const policy = getPolicy();
          const refusal = $rangeRefusal(policy, $getSelection());
          event.preventDefault();
          if (refusal) {
            queueMicrotask(() => notify(refusal));
            return true;
          }
          const lines = dataTransferLines(data);
          if (lines) run(() => $insertPasted(policy, lines, getOutsideChars?.() ?? 0));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      // A drag that starts here (the guard has let it go) is a move Lexical carries out.
      editor.registerCommand(
        DRAGSTART_COMMAND,
        () => {
          draggingFromHere = true;
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        DRAGEND_COMMAND,
        () => {
          draggingFromHere = false;
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          if (draggingFromHere) {
            draggingFromHere = false;
            return false;
          }
          // Drops from outside go through the same cleaning as paste, at the drop point.
          const lines = dataTransferLines(event.dataTransfer);
          event.preventDefault();
          if (!lines) return true;
          const range = document.caretRangeFromPoint?.(event.clientX, event.clientY);
          if (range) {
            const node = $getNearestNodeFromDOMNode(range.startContainer);
            if ($isTextNode(node)) node.select(range.startOffset, range.startOffset);
            else node?.selectEnd?.();
          }
          const policy = getPolicy();
          if ($rangeRefusal(policy, $getSelection())) return true;
          run(() => $insertPasted(policy, lines, getOutsideChars?.() ?? 0));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(INSERT_PARAGRAPH_COMMAND, $enterAtHeadingStart, COMMAND_PRIORITY_HIGH),
      // Text an input brings as a clipboard-like payload (a replacement, a yank) goes through the
      // same cleaning and outline rules as paste; Lexical would insert its HTML and line breaks
      // as blocks. A drag inside the editor stays Lexical's move.
      editor.registerCommand(
        CONTROLLED_TEXT_INSERTION_COMMAND,
        (input) => {
          if (typeof input === 'string' || !input.dataTransfer || input.inputType === 'insertFromDrop') return false;
          const lines = dataTransferLines(input.dataTransfer);
          if (lines) run(() => $insertPasted(getPolicy(), lines, getOutsideChars?.() ?? 0));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      // Enter at the end of a heading whose next block is an empty paragraph (a new section comes
      // with one) must not leave a second, blank one: the empty one goes, Lexical makes the new.
      editor.registerCommand(
        INSERT_PARAGRAPH_COMMAND,
        () => {
          const s = $getSelection();
          if (!$isRangeSelection(s) || !s.isCollapsed()) return false;
          const block = s.anchor.getNode().getTopLevelElement();
          if (!$isSectionHeadingNode(block) || !s.anchor.getNode().is(block.getLastDescendant() ?? block)) return false;
          const atEnd = s.anchor.type === 'element' || s.anchor.offset === s.anchor.getNode().getTextContentSize();
          const next = block.getNextSibling();
          if (!atEnd || !$isParagraphNode(next) || next.getType() !== 'paragraph' || next.getTextContentSize() > 0) return false;
          next.remove();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      // The model knows bold only; italic, underline and the rest would be lost on save.
      editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format !== 'bold', COMMAND_PRIORITY_HIGH),
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (inTableCell()) return false;
          event.preventDefault();
          return run(() => $changeLevel(getPolicy(), event.shiftKey ? -1 : 1));
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const policy = getPolicy();
          const ctrl = event.ctrlKey || event.metaKey;
          const altShift = event.altKey && event.shiftKey && !ctrl;
          let op: (() => string | null) | null = null;
          if (ctrl && !event.altKey && !event.shiftKey && event.key === 'Enter') op = () => $addSection(policy);
          else if (altShift && event.key === 'ArrowUp') op = () => $moveSection(policy, -1);
          else if (altShift && event.key === 'ArrowDown') op = () => $moveSection(policy, 1);
          else if (altShift && event.key === 'Delete') op = () => $deleteSection(policy);
          else if (altShift && event.code === 'KeyR') op = () => $toggleRunIn();
          else if (altShift && event.code === 'KeyP') op = () => $caretHeadingToParagraph(policy);
          if (!op) return false;
          event.preventDefault();
          event.stopPropagation();
          return run(op);
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, getPolicy, notify, getOutsideChars]);
  return null;
}
