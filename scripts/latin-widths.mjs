// Prints the advance widths (per 1000 em) of printable ASCII in a TrueType font, for
// shared/layout/metrics.ts. Liberation Serif is metric-compatible with Times New Roman, so the
// widths equal those Word uses. Usage: node scripts/latin-widths.mjs /path/LiberationSerif-Regular.ttf
import fs from 'node:fs';

const buf = fs.readFileSync(process.argv[2]);
const u16 = (o) => buf.readUInt16BE(o);
const numTables = u16(4);
const tables = {};
for (let i = 0; i < numTables; i++) {
  const rec = 12 + i * 16;
  tables[buf.toString('latin1', rec, rec + 4)] = buf.readUInt32BE(rec + 8);
}
const unitsPerEm = u16(tables.head + 18);
const numHMetrics = u16(tables.hhea + 34);
const cmap = tables.cmap;
let sub = -1;
for (let i = 0; i < u16(cmap + 2); i++) {
  const r = cmap + 4 + i * 8;
  if (u16(r) === 3 && u16(r + 2) === 1) sub = cmap + buf.readUInt32BE(r + 4);
}
if (sub < 0 || u16(sub) !== 4) throw new Error('no format-4 Unicode cmap');
const segX2 = u16(sub + 6);
const ends = sub + 14, starts = ends + segX2 + 2, deltas = starts + segX2, offsets = deltas + segX2;
function glyph(cp) {
  for (let s = 0; s < segX2 / 2; s++) {
    if (u16(ends + 2 * s) < cp) continue;
    if (u16(starts + 2 * s) > cp) return 0;
    const ro = u16(offsets + 2 * s);
    if (ro === 0) return (cp + buf.readInt16BE(deltas + 2 * s)) & 0xffff;
    const g = u16(offsets + 2 * s + ro + 2 * (cp - u16(starts + 2 * s)));
    return g ? (g + buf.readInt16BE(deltas + 2 * s)) & 0xffff : 0;
  }
  return 0;
}
const adv = (g) => u16(tables.hmtx + 4 * Math.min(g, numHMetrics - 1));
const widths = [];
for (let cp = 0x20; cp <= 0x7e; cp++) widths.push(Math.round((adv(glyph(cp)) * 1000) / unitsPerEm));
// Punctuation that LibreOffice draws in the Latin font when it follows Latin text.
const extra = {};
for (const ch of '\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00b7') extra[ch] = Math.round((adv(glyph(ch.codePointAt(0))) * 1000) / unitsPerEm);
console.log(JSON.stringify({ ascii: widths, extra }));
