/**
 * The one message for a file that is refused because it is built to exhaust the importer — a
 * flood of elements, nesting thousands deep, or one that ran past the import's memory or time
 * budget (electron/import/). The narrower refusals (too big, zip bomb, corrupt) keep their own.
 */
import { IMPORT_MESSAGES } from './messages';

export const HOSTILE_FILE = IMPORT_MESSAGES.hostile;
