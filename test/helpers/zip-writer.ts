/**
 * A minimal zip writer for hostile test files (bombs, lying sizes, broken data): jszip would
 * not let a test write a directory that lies. Stored or deflated entries, sizes as given.
 */
import zlib from 'node:zlib';

export interface RawEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** Declared uncompressed size and CRC (honest unless a test wants otherwise). */
  size: number;
  crc: number;
}

export function stored(name: string, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, size: data.length, crc: zlib.crc32(data) };
}

export function deflated(name: string, content: Uint8Array): RawEntry {
  return { name, data: zlib.deflateRawSync(content), method: 8, size: content.length, crc: zlib.crc32(content) };
}

export function writeZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(e.data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
