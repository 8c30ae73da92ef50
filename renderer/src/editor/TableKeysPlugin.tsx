/**
 * What Lexical's table plugin leaves to us: Tab in the last cell adds a row, as in Word and WPS
 * (elsewhere Tab moves to the next cell); a table selection never outlives the browser's own
 * (selectionSync.ts).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_CRITICAL, KEY_TAB_COMMAND, mergeRegister } from 'lexical';
import { $tabInLastCell } from './tables';
import { registerSelectionSync } from './selectionSync';

export function TableKeysPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
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
        registerSelectionSync(editor),
      ),
    [editor],
  );
  return null;
}
