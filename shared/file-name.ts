/**
 * A file name made from text a clerk (or a file from elsewhere) wrote: an export is named after
 * the document's title, and that name must be safe and honest on every office PC.
 *
 * - Format characters (Unicode category Cf: U+200B–U+200F, U+202A–U+202E, U+2060–U+2069,
 *   U+FEFF, the soft hyphen …) are dropped: invisible, and the bidi overrides among them make
 *   "报告\u202Excod.exe" display as "报告exe.docx".
 * - Controls (Cc) and what Windows forbids (\ / : * ? " < > |) become "_"; line and paragraph
 *   separators and runs of white space become one space.
 * - Characters XML 1.0 forbids (lone surrogates, U+FFFE/U+FFFF) are dropped, so the name is
 *   valid UTF-8/UTF-16 everywhere it is written.
 * - No trailing dots or spaces (Windows strips them, so the file would not be found again), and
 *   no device name: CON, PRN, AUX, NUL, COM0–9, LPT0–9 (also with ¹²³), CONIN$, CONOUT$ are
 *   reserved on Windows with or without an extension ("NUL.报告.docx" opens the null device).
 * - At most `max` characters, counted and cut by code point (never half a surrogate pair).
 */
import { stripNonXmlChars } from './model/xml-chars';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

export function safeFileStem(text: string, fallback: string, max = 120): string {
  const cleaned = stripNonXmlChars(
    text
      .replace(/\p{Cf}/gu, '')
      .replace(/[\p{Zl}\p{Zp}\s]+/gu, ' ')
      .replace(/\p{Cc}/gu, '_'),
  ).replace(/[\\/:*?"<>|]/g, '_');
  const stem = trimEnd(Array.from(cleaned.trim()).slice(0, max).join('')) || fallback;
  // Windows reads the device name from before the first dot.
  const dot = stem.indexOf('.');
  const device = dot < 0 ? stem : stem.slice(0, dot);
  return RESERVED.test(device.trimEnd()) ? `${device}_${stem.slice(device.length)}` : stem;
}

/** Without trailing dots and spaces (linear: no regex backtracking over a long run of them). */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1] === ' ')) end--;
  return s.slice(0, end);
}
