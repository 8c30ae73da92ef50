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
 */
import type { LexicalEditor } from 'lexical';

/** The `beforeinput` types that insert text (insertText, insertReplacementText, insertFromComposition, …). */
function insertsText(event: Event): boolean {
  return (
    event instanceof InputEvent &&
    event.inputType.startsWith('insert') &&
    event.inputType !== 'insertParagraph' &&
    event.inputType !== 'insertLineBreak'
  );
}

export function registerTextAtCaret(editor: LexicalEditor): () => void {
  const onBeforeInput = (event: Event) => {
    if (insertsText(event)) editor._inputState.lastKeyCode = null;
  };
  return editor.registerRootListener((next, prev) => {
    prev?.removeEventListener('beforeinput', onBeforeInput, true);
    next?.addEventListener('beforeinput', onBeforeInput, true);
  });
}
