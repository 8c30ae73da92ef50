/**
 * What kind of file the bytes are, from their first bytes, whatever the file is called: clerks
 * rename .doc and .wps files to .docx, and the message must tell them what to do instead.
 */
import { AppError } from '../errors';
import { IMPORT_MESSAGES } from './messages';

type FileKind = 'zip' | 'ole' | 'pdf' | 'rtf' | 'html' | 'text' | 'unknown';

export function sniff(bytes: Uint8Array): FileKind {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06)) return 'zip';
  if (
    b.length >= 8 &&
    b[0] === 0xd0 &&
    b[1] === 0xcf &&
    b[2] === 0x11 &&
    b[3] === 0xe0 &&
    b[4] === 0xa1 &&
    b[5] === 0xb1 &&
    b[6] === 0x1a &&
    b[7] === 0xe1
  )
    return 'ole';
  const head = latin1(b.subarray(0, 512))
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('%pdf')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (
    head.startsWith('<html') ||
    head.startsWith('<!doctype html') ||
    head.startsWith('mime-version') ||
    head.includes('xmlns:w="urn:schemas-microsoft-com:office:word"')
  )
    return 'html';
  for (let i = 0; i < Math.min(b.length, 4096); i++) if (b[i] === 0 && !(b[0] === 0xff || b[0] === 0xfe)) return 'unknown';
  return 'text';
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** An OLE compound file holding an `EncryptedPackage` stream is a password-protected .docx. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  return indexOfUtf16(bytes, 'EncryptedPackage') >= 0;
}

function indexOfUtf16(bytes: Uint8Array, s: string): number {
  const first = s.charCodeAt(0);
  outer: for (let i = 0; i + s.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < s.length; k++) if (bytes[i + 2 * k] !== s.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return i;
  }
  return -1;
}

/** The clerk's message for a file that is not a .docx, by what it is. */
export function notDocxError(kind: FileKind, bytes: Uint8Array): AppError {
  switch (kind) {
    case 'ole':
      return isEncryptedOle(bytes)
        ? new AppError(
            'BAD_FILE',
            IMPORT_MESSAGES.oleEncrypted,
          )
        : new AppError('BAD_FILE', IMPORT_MESSAGES.oldWord);
    case 'pdf':
      return new AppError('BAD_FILE', IMPORT_MESSAGES.pdf);
    case 'rtf':
      return new AppError('BAD_FILE', IMPORT_MESSAGES.rtf);
    case 'html':
      return new AppError('BAD_FILE', IMPORT_MESSAGES.html);
    default:
      return new AppError('BAD_FILE', IMPORT_MESSAGES.notDocx);
  }
}
