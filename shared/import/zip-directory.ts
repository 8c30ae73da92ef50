/**
 * Read a zip file's central directory (names and declared sizes) without inflating anything, so a
 * zip bomb is refused before a byte is decompressed. The inflating reader (docx.ts) also counts
 * what it actually inflates, in case a directory lies about sizes.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** CRC-32 of the inflated bytes, as the directory records it. */
  crc32: number;
  /** 0 stored, 8 deflated; anything else is not something Word writes. */
  method: number;
  /** General-purpose flags; bit 0 is encryption. */
  flags: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

class ZipDirectoryError extends Error {}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipDirectoryError('找不到压缩包目录');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipDirectoryError('ZIP64 压缩包');
  if (offset + size > eocd) throw new ZipDirectoryError('压缩包目录位置不对');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CEN_SIG) throw new ZipDirectoryError('压缩包目录已损坏');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc32 = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > bytes.length) throw new ZipDirectoryError('压缩包目录已损坏');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, compressedSize, uncompressedSize, crc32, method, flags, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const LOC_SIG = 0x04034b50;

/** The compressed bytes of `entry`, found through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOC_SIG) throw new ZipDirectoryError('压缩包条目已损坏');
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipDirectoryError('压缩包条目不完整');
  return bytes.subarray(start, end);
}
