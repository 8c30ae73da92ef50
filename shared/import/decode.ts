/**
 * Bytes of a .txt file → text. Clerks' text files come as UTF-8 (with or without BOM), UTF-16
 * (Windows Notepad "Unicode") or GBK/GB18030 (older Notepad, WPS). TextDecoder is a web standard
 * available in browsers, Electron and Node, so this stays pure.
 */
import { AppError } from '../errors';
import { IMPORT_MESSAGES } from './messages';

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
  }
  if (looksBinary(text)) {
    throw new AppError('BAD_FILE', IMPORT_MESSAGES.notText);
  }
  return text;
}

/** NUL and other control characters (apart from tab and line ends) mean binary data. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8_000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > Math.max(8, sample.length / 100);
}
