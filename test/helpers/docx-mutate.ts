/**
 * Mutations of a real .docx for the import fuzzer: at the byte level (bit flips, truncation, a
 * wrong CRC) and inside its XML (floods of elements and entities, deep nesting of each kind,
 * absurd list numbering, whitespace floods, cut or doubled slices), re-zipped honestly so that
 * the XML reader — not the CRC check — meets the damage. Seeded: a failure names its seed.
 */
import JSZip from 'jszip';
import { deflated, writeZip, type RawEntry } from './zip-writer';
import { ABSURD_NUMBERS, NESTINGS, NUMBER_FORMATS } from './hostile-files';


export interface Unzipped {
  bytes: Uint8Array;
  parts: Map<string, Uint8Array>;
}

export async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) parts.set(name, await zip.files[name]!.async('uint8array'));
  return { bytes, parts };
}

function rezip(parts: Map<string, Uint8Array>, wrongCrcOf?: string): Uint8Array {
  const entries: RawEntry[] = [];
  for (const [name, data] of parts) {
    const e = deflated(name, data);
    entries.push(name === wrongCrcOf ? { ...e, crc: (e.crc + 1) >>> 0 } : e);
  }
  return new Uint8Array(writeZip(entries));
}

export type Mutation =
  'bitflip' | 'truncate' | 'crc' | 'elementFlood' | 'entityFlood' | 'deepNesting' | 'numbering' | 'whitespace' | 'slice';
export const MUTATIONS: readonly Mutation[] = [
  'bitflip',
  'truncate',
  'crc',
  'elementFlood',
  'entityFlood',
  'deepNesting',
  'numbering',
  'whitespace',
  'slice',
];

export interface Mutant {
  mutation: Mutation;
  detail: string;
  bytes: Uint8Array;
}

const FLOOD_ELEMENTS = ['<w:p/>', '<w:r/>', '<w:t/>', '<a/>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>', '<w:tbl/>', '<w:br/>', '<w:tab/>'];
const ENTITIES = ['&amp;', '&#x41;', '&#1114111;', '&#x10FFFF;', '&lt;', '&#0;', '&#xD800;', '&bogus;', '&#99999999999;'];
const SPACES = [' ', '\t', '\u3000', '\u00a0', '\r\n', '  \t'];

export function mutate(src: Unzipped, mutation: Mutation, random: () => number): Mutant {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  // Floods are sized on a log scale, from harmless to several times over the reader's limits.
  const size = (lo: number, hi: number) => Math.floor(Math.exp(Math.log(lo) + random() * (Math.log(hi) - Math.log(lo))));
  const doc = new TextDecoder().decode(src.parts.get('word/document.xml'));
  const withDoc = (xml: string, detail: string, extra?: [string, string]): Mutant => {
    const parts = new Map(src.parts);
    parts.set('word/document.xml', Buffer.from(xml));
    if (extra) parts.set(extra[0], Buffer.from(extra[1]));
    return { mutation, detail, bytes: rezip(parts) };
  };
  /** Positions of `marker` in `xml` (up to a few thousand). */
  const positions = (xml: string, marker: string) => {
    const out: number[] = [];
    for (let at = xml.indexOf(marker); at >= 0 && out.length < 5000; at = xml.indexOf(marker, at + 1)) out.push(at);
    return out;
  };
  const textStart = () => {
    const ts = positions(doc, '<w:t');
    const at = ts.length ? pick(ts) : doc.indexOf('<w:body>');
    return doc.indexOf('>', at) + 1;
  };

  switch (mutation) {
    case 'bitflip': {
      const b = new Uint8Array(src.bytes);
      const flips = int(1, 32);
      for (let k = 0; k < flips; k++) b[int(0, b.length - 1)]! ^= 1 << int(0, 7);
      return { mutation, detail: `${flips} bits`, bytes: b };
    }
    case 'truncate': {
      const at = int(0, src.bytes.length - 1);
      return { mutation, detail: `at ${at}`, bytes: src.bytes.subarray(0, at) };
    }
    case 'crc': {
      // Only the parts the importer reads are checked (an unread picture's CRC changes nothing).
      const name = pick([...src.parts.keys()].filter((n) => /^(?:word\/(?:document|styles|numbering)\.xml|_rels\/\.rels)$/.test(n)));
      return { mutation, detail: name, bytes: rezip(src.parts, name) };
    }
    case 'elementFlood': {
      const el = pick(FLOOD_ELEMENTS);
      const n = size(1_000, 650_000);
      const at = pick(positions(doc, '<w:p>').concat(positions(doc, '<w:p ')));
      return withDoc(doc.slice(0, at) + el.repeat(n) + doc.slice(at), `${n} × ${el}`);
    }
    case 'entityFlood': {
      const e = pick(ENTITIES);
      const n = size(1_000, 1_200_000);
      const at = textStart();
      return withDoc(doc.slice(0, at) + e.repeat(n) + doc.slice(at), `${n} × ${e}`);
    }
    case 'deepNesting': {
      const kind = pick(Object.keys(NESTINGS));
      const k = NESTINGS[kind]!;
      const depth = size(10, 20_000);
      if (k.inParagraph) {
        const at = pick(positions(doc, '<w:r>').concat(positions(doc, '<w:r ')));
        const end = doc.indexOf('</w:r>', at) + 6;
        return withDoc(
          doc.slice(0, at) + k.open.repeat(depth) + doc.slice(at, end) + k.close.repeat(depth) + doc.slice(end),
          `${depth} × ${kind}`,
        );
      }
      const at = pick(positions(doc, '<w:p>').concat(positions(doc, '<w:p ')));
      const end = doc.indexOf('</w:p>', at) + 6;
      return withDoc(
        doc.slice(0, at) + k.open.repeat(depth) + doc.slice(at, end) + k.close.repeat(depth) + doc.slice(end),
        `${depth} × ${kind}`,
      );
    }
    case 'numbering': {
      // A list on some paragraphs, with absurd values wherever Word keeps a number.
      const v = () => pick(ABSURD_NUMBERS);
      const fmt = pick(NUMBER_FORMATS);
      const numbering =
        `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        `<w:abstractNum w:abstractNumId="${v()}"><w:lvl w:ilvl="${v()}"><w:start w:val="${v()}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1.%${int(0, 9)}"/></w:lvl>` +
        `<w:lvl w:ilvl="0"><w:start w:val="${v()}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="7"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="${v()}"><w:startOverride w:val="${v()}"/></w:lvlOverride></w:num>` +
        `<w:num w:numId="8"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
      let xml = doc;
      const count = int(1, 40);
      for (let k = 0; k < count; k++) {
        const ps = positions(xml, '<w:p>');
        if (!ps.length) break;
        const at = pick(ps) + 5;
        xml = `${xml.slice(0, at)}<w:pPr><w:numPr><w:ilvl w:val="${v()}"/><w:numId w:val="${pick(['7', '8', v()])}"/></w:numPr></w:pPr>${xml.slice(at)}`;
      }
      const name = [...src.parts.keys()].find((n) => n.endsWith('numbering.xml')) ?? 'word/numbering.xml';
      return withDoc(xml, `${count} paragraphs, ${fmt}`, [name, numbering]);
    }
    case 'whitespace': {
      const ws = pick(SPACES);
      const n = size(1_000, 300_000);
      const at = textStart();
      const flood = ws.repeat(n);
      const mid = random() < 0.5 ? 'x' : '';
      return withDoc(doc.slice(0, at) + flood + mid + flood + doc.slice(at), `${2 * n} × ${JSON.stringify(ws)}`);
    }
    case 'slice': {
      const a = int(0, doc.length - 1);
      const b = Math.min(doc.length, a + size(1, 20_000));
      const cut = random() < 0.5;
      const xml = cut ? doc.slice(0, a) + doc.slice(b) : doc.slice(0, b) + doc.slice(a);
      return withDoc(xml, `${cut ? 'cut' : 'doubled'} [${a}, ${b})`);
    }
  }
}
