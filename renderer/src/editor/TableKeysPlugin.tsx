/** Tables as in Word and WPS: Tab in the last cell adds a row (elsewhere Tab moves to the next cell). */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_CRITICAL, KEY_TAB_COMMAND } from 'lexical';
import { $tabInLastCell } from './tables';

export function TableKeysPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      // Before the table plugin's own Tab (next cell), which stops at the last cell.
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (event.shiftKey || !editor.isEditable() || !$tabInLastCell()) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
