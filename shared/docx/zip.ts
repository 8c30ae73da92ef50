/**
 * A zip file from named parts: what a .docx is. Plain zip (no zip64: a part is far below 4 GB),
 * parts in the order given, names in UTF-8, a fixed timestamp so the same parts always give the
 * same bytes. Compression is the platform's: shared code is pure, so Node hands in its zlib
 * (electron/fs/zip.ts); without one each part is stored as is, which Word, WPS and LibreOffice
 * read the same (a larger file, nothing else).
 */
import { crc32 as crc32InJs } from '../crc32';

export interface Compressor {
  /** Raw DEFLATE (RFC 1951) of the bytes. */
  deflateRaw: (bytes: Uint8Array) => Uint8Array;
  /** CRC-32 as zip uses it; the pure-JS one when absent. */
  crc32?: (bytes: Uint8Array) => number;
}

const encoder = new TextEncoder();
/** 1980-01-01 00:00, the first date a zip file can hold (MS-DOS format). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const STORED = 0;
const DEFLATED = 8;

export function zipParts(parts: ReadonlyMap<string, string | Uint8Array>, compressor?: Compressor): Uint8Array {
  const crc32 = compressor?.crc32 ?? crc32InJs;
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const raw = typeof data === 'string' ? encoder.encode(data) : data;
    const packed = compressor ? compressor.deflateRaw(raw) : raw;
    const nameBytes = encoder.encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    l.setUint16(6, 0x0800, true); // names are UTF-8
    l.setUint16(8, compressor ? DEFLATED : STORED, true);
    l.setUint16(10, DOS_TIME, true);
    l.setUint16(12, DOS_DATE, true);
    l.setUint32(14, crc32(raw), true);
    l.setUint32(18, packed.length, true);
    l.setUint32(22, raw.length, true);
    l.setUint16(26, nameBytes.length, true);
    l.setUint16(28, 0, true); // extra length
    local.set(nameBytes, 30);
    const entry = new Uint8Array(46 + nameBytes.length);
    const c = new DataView(entry.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true); // made by: 2.0, MS-DOS attributes
    entry.set(local.subarray(4, 30), 6); // version needed … name length, then extra length
    // comment length, disk, internal and external attributes: 0
    c.setUint32(42, offset, true);
    entry.set(nameBytes, 46);
    locals.push(local, packed);
    central.push(entry);
    offset += local.length + packed.length;
  }
  const centralSize = central.reduce((n, e) => n + e.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, parts.size, true);
  e.setUint16(10, parts.size, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const chunk of [...locals, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
