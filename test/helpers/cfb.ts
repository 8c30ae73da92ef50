/**
 * A minimal OLE compound file (CFB v3) with the two streams Office writes for a
 * password-protected .docx: EncryptionInfo and EncryptedPackage. LibreOffice 7.4 cannot write
 * an encrypted .docx from the command line, so the test builds the container itself; its layout
 * follows [MS-CFB] (header, one FAT sector, one directory sector, streams in regular sectors).
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NONE = 0xffffffff;

export function encryptedOfficeFile(): Buffer {
  const info = Buffer.alloc(4096, 0x11);
  info.writeUInt16LE(4, 0); // version 4.4: agile encryption
  info.writeUInt16LE(4, 2);
  const pkg = Buffer.alloc(8192);
  for (let i = 0; i < pkg.length; i++) pkg[i] = (i * 131 + 7) % 256; // stands in for ciphertext
  const infoStart = 2;
  const pkgStart = infoStart + info.length / SECTOR;
  const sectors = pkgStart + pkg.length / SECTOR;

  const header = Buffer.alloc(SECTOR);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory at sector 1
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + 4 * i);

  const fat = Buffer.alloc(SECTOR, 0xff);
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat.writeUInt32LE(i === count - 1 ? END : start + i + 1, 4 * (start + i));
  };
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  chain(infoStart, info.length / SECTOR);
  chain(pkgStart, pkg.length / SECTOR);
  if (sectors > SECTOR / 4) throw new Error('too many sectors for one FAT sector');

  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir.writeUInt8(type, at + 66);
    dir.writeUInt8(1, at + 67);
    dir.writeUInt32LE(NONE, at + 68);
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, 1, NONE, END, 0);
  entry(1, 'EncryptionInfo', 2, NONE, 2, infoStart, info.length);
  entry(2, 'EncryptedPackage', 2, NONE, NONE, pkgStart, pkg.length);
  for (let i = 3; i < 4; i++) {
    dir.writeUInt32LE(NONE, i * 128 + 68);
    dir.writeUInt32LE(NONE, i * 128 + 72);
    dir.writeUInt32LE(NONE, i * 128 + 76);
  }
  return Buffer.concat([header, fat, dir, info, pkg]);
}
