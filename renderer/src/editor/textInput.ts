/**
 * Text that arrives without a key press of its own (an input method committing a phrase,
 * dictation, an on-screen keyboard, a clipboard tool) goes exactly where the caret is.
 *
 * Lexical remembers the last key pressed and, after inserting text of two or more characters,
 * moves the caret past that key's character when it follows the insertion: past the next
 * paragraph boundary when the key was Enter, past a tab, past a matching letter. That is for
 * macOS text replacements, which Chrome delivers after the key that accepted them. The key is
 * never forgotten, though, so on our clerks' machines (Windows, Chinese input methods) the caret
 * jumped after any later multi-character insertion: after Enter it landed at the start of the
 * next block — a required heading — and the next words went into that heading.
 *
 * The remembered key is cleared before every text insertion reaches Lexical, so no insertion
 * moves the caret anywhere but to the end of what it inserted. The listener is on the capture
 * phase of the editor root: it runs before Lexical's own `beforeinput` handler on the same node.
 *
 * A composition the browser drops without a `compositionend` ends in the editor too. Chrome drops
 * one silently when the DOM text it is composing into is replaced (the editor drawing that text
 * again, a guard putting the document back); Lexical then stays composing: every later edit is
 * left out of the undo history (Ctrl+Z after it took back more than the last edit, and Ctrl+Y
 * never gave the input method's words back) and every key command (Tab, Ctrl+Enter,
 * Alt+Shift+↑…) is ignored, until some other composition ends. A key or an input that is plainly
 * not part of a composition ends Lexical's, as the browser's `compositionend` would have.
 */
import { $addUpdateTag, $getNodeByKey, $getSelection, $isRangeSelection, $setCompositionKey, COMPOSITION_END_TAG, type LexicalEditor } from 'lexical';

/** The `beforeinput` types that insert text (insertText, insertReplacementText, insertFromComposition, …). */
function insertsText(event: Event): boolean {
  return (
    event instanceof InputEvent &&
    event.inputType.startsWith('insert') &&
    event.inputType !== 'insertParagraph' &&
    event.inputType !== 'insertLineBreak'
  );
}

/** The `beforeinput` types a composition itself sends. */
const COMPOSITION_INPUT = new Set(['insertCompositionText', 'deleteCompositionText', 'insertFromComposition', 'deleteByComposition']);

/** Input outside any composition: not flagged as composing, not an input method's own key (229). */
function outsideComposition(event: Event): boolean {
  if (event instanceof KeyboardEvent) return !event.isComposing && event.keyCode !== 229;
  return event instanceof InputEvent && !event.isComposing && !COMPOSITION_INPUT.has(event.inputType);
}

/**
 * Lexical's composition ended as its own `compositionend` handler ends it (see above), once the
 * input that showed it dropped has been handled: drawing the composed text again before would
 * move the browser's caret from under the input on its way.
 */
function endDroppedComposition(editor: LexicalEditor): void {
  const key = editor._compositionKey;
  if (key === null) return;
  editor.update(() => {
    if (editor._compositionKey !== key) return;
    $setCompositionKey(null);
    // The history takes the composed text as one change, from the state the composition started in.
    $addUpdateTag(COMPOSITION_END_TAG);
    // Drawn again without the marker character a composing text ends with; the caret put back.
    const node = $getNodeByKey(key);
    if (node?.isAttached()) node.markDirty();
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.dirty = true;
  });
  editor._inputState.compositionPhase = 'idle';
}

export function registerTextAtCaret(editor: LexicalEditor): () => void {
  const onInput = (event: Event) => {
    if (editor.isComposing() && outsideComposition(event)) setTimeout(() => endDroppedComposition(editor), 0);
    if (event.type === 'beforeinput' && insertsText(event)) editor._inputState.lastKeyCode = null;
  };
  return editor.registerRootListener((next, prev) => {
    for (const type of ['keydown', 'beforeinput']) {
      prev?.removeEventListener(type, onInput, true);
      next?.addEventListener(type, onInput, true);
    }
  });
}
