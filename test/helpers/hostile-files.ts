/**
 * The hostile-file corpus, generated (nothing big is committed): one small .docx or .txt per class
 * of attack on the importer — floods of elements, attributes, text and entities; nesting thousands
 * deep of every kind the reader walks; absurd list numbering; whitespace floods; a bad CRC;
 * truncation. Each says what the importer must answer: the hostile-file refusal, some Chinese
 * refusal, or a document.
 *
 * Also the building blocks the mutation fuzzer uses (test/integration/import-fuzz.test.ts).
 */
import { deflated, writeZip, type RawEntry } from './zip-writer';

export type Expect =
  /** "文件内容异常庞大或结构异常，已停止导入" */
  | 'hostile'
  /** Any refusal in Chinese (corrupt, checksum, …), never an internal error. */
  | 'refusal'
  /** A document (the file is odd but within every limit). */
  | 'document'
  /** A document, or a Chinese refusal of what it holds (e.g. a paragraph too long for a draft). */
  | 'any';

export interface HostileCase {
  name: string;
  fileName: string;
  bytes: Uint8Array;
  expect: Expect;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

export const p = (text: string, pPr = '') => `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A real-looking opening so that what follows is read as the body of a report. */
const OPENING = p('关于2024年度法治政府建设情况的报告') + p('一、主要工作') + p('我局坚持依法行政，全面推进法治政府建设。');

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

export interface DocxParts {
  document: string;
  numbering?: string | undefined;
  styles?: string | undefined;
  rels?: string | undefined;
}

/** A .docx from its XML parts, deflated with honest sizes and CRCs. */
export function docx(parts: DocxParts): Uint8Array {
  const entries: RawEntry[] = [
    deflated('[Content_Types].xml', Buffer.from(CONTENT_TYPES)),
    deflated('_rels/.rels', Buffer.from(parts.rels ?? RELS)),
    deflated('word/document.xml', Buffer.from(parts.document)),
  ];
  if (parts.numbering) entries.push(deflated('word/numbering.xml', Buffer.from(parts.numbering)));
  if (parts.styles) entries.push(deflated('word/styles.xml', Buffer.from(parts.styles)));
  return new Uint8Array(writeZip(entries));
}

/** `open` n times, `inner`, `close` n times — built by joining, not by recursion. */
export function nest(open: string, close: string, n: number, inner: string): string {
  return open.repeat(n) + inner + close.repeat(n);
}

/** The ways a .docx nests that the reader walks into. */
export const NESTINGS: Record<string, { open: string; close: string; inParagraph: boolean }> = {
  customXml: { open: '<w:customXml w:element="x">', close: '</w:customXml>', inParagraph: false },
  sdt: { open: '<w:sdt><w:sdtContent>', close: '</w:sdtContent></w:sdt>', inParagraph: false },
  ins: { open: '<w:ins w:id="1" w:author="a">', close: '</w:ins>', inParagraph: false },
  hyperlink: { open: '<w:hyperlink w:anchor="a">', close: '</w:hyperlink>', inParagraph: true },
  smartTag: { open: '<w:smartTag w:element="x">', close: '</w:smartTag>', inParagraph: true },
  inlineSdt: { open: '<w:sdt><w:sdtContent>', close: '</w:sdtContent></w:sdt>', inParagraph: true },
  table: { open: '<w:tbl><w:tr><w:tc>', close: '</w:tc></w:tr></w:tbl>', inParagraph: false },
  textBox: {
    open: '<w:p><w:r><w:pict><w:txbxContent>',
    close: '</w:txbxContent></w:pict></w:r></w:p>',
    inParagraph: false,
  },
  unknown: { open: '<x:y>', close: '</x:y>', inParagraph: false },
};

export function nestedDocument(kind: string, depth: number): string {
  const k = NESTINGS[kind]!;
  const text = '（一）深层嵌套的段落';
  const body = k.inParagraph
    ? `<w:p>${nest(k.open, k.close, depth, `<w:r><w:t>${text}</w:t></w:r>`)}</w:p>`
    : nest(k.open, k.close, depth, p(text));
  return documentXml(OPENING + body);
}

/** numbering.xml with one list whose level 0 has `start` and format `fmt`; plus `extra` levels. */
export function numberingXml(start: string, fmt: string, lvlIlvl = '0', overrideIlvl = '0', overrideStart = '3'): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>` +
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="${lvlIlvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1、"/></w:lvl>` +
    `<w:lvl w:ilvl="1"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
    `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="${overrideIlvl}"><w:startOverride w:val="${overrideStart}"/></w:lvlOverride></w:num>` +
    `</w:numbering>`
  );
}

export function numberedDocument(ilvl: string, count = 3): string {
  let body = OPENING;
  for (let i = 0; i < count; i++) {
    const numId = i % 2 ? '2' : '1';
    body += p(`编号段落${i}`, `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`);
  }
  return documentXml(body);
}

/** Absurd values for w:start / w:startOverride and for w:ilvl, as the review found and more. */
export const ABSURD_NUMBERS = [
  '1e12',
  '1e400',
  'x',
  '4294967295',
  '-5',
  '1.5',
  '99999999999999999999',
  '',
  ' 7 ',
  '0x10',
  'NaN',
  'Infinity',
];
export const NUMBER_FORMATS = [
  'upperRoman',
  'lowerRoman',
  'decimal',
  'chineseCounting',
  'upperLetter',
  'decimalEnclosedCircle',
  'ideographTraditional',
  'decimalFullWidth',
];

const MB = 1024 * 1024;

/** The corpus. Sizes are chosen to pass each limit several times over while the files stay small. */
export function hostileCorpus(): HostileCase[] {
  const out: HostileCase[] = [];
  const add = (name: string, bytes: Uint8Array, expect: Expect, fileName = `${name}.docx`) => out.push({ name, fileName, bytes, expect });

  // Floods: the 184 KB file of the review inflated to millions of tiny elements.
  add('element-flood', docx({ document: documentXml(OPENING + '<w:p/>'.repeat(1_000_000)) }), 'hostile');
  add('run-flood', docx({ document: documentXml(OPENING + `<w:p>${'<w:r/>'.repeat(1_000_000)}</w:p>`) }), 'hostile');
  add('unknown-element-flood', docx({ document: documentXml(OPENING + '<a/>'.repeat(1_000_000)) }), 'hostile');
  add(
    'attribute-flood',
    docx({ document: documentXml(OPENING + `<w:p ${Array.from({ length: 700_000 }, (_, i) => `a${i}=""`).join(' ')}/>`) }),
    'hostile',
  );
  add('text-flood', docx({ document: documentXml(OPENING + p('法'.repeat(1_000) + 'a'.repeat(17_000_000))) }), 'hostile');
  add('entity-flood-over', docx({ document: documentXml(OPENING + p('&amp;'.repeat(3_500_000))) }), 'hostile');
  add('entity-flood-within', docx({ document: documentXml(OPENING + p('&#x6CD5;&lt;'.repeat(200_000))) }), 'any');
  add(
    'billion-laughs',
    docx({
      document:
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
        `<w:document ${W}><w:body>${OPENING}${p('&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;')}</w:body></w:document>`,
    }),
    'document',
  );
  add(
    'styles-flood',
    docx({ document: documentXml(OPENING), styles: `<w:styles ${W}>${'<w:style/>'.repeat(1_000_000)}</w:styles>` }),
    'hostile',
  );
  add(
    'numbering-flood',
    docx({ document: documentXml(OPENING), numbering: `<w:numbering ${W}>${'<w:num/>'.repeat(1_000_000)}</w:numbering>` }),
    'hostile',
  );
  add(
    'rels-flood',
    docx({ document: documentXml(OPENING), rels: `<Relationships>${'<R/>'.repeat(1_000_000)}</Relationships>` }),
    'hostile',
  );
  add('ampersands-without-semicolon', docx({ document: documentXml(OPENING + p('&amp'.repeat(1_000_000) + ';')) }), 'any');
  add('attribute-name-without-value', docx({ document: documentXml(OPENING + `<w:p ${'a'.repeat(2 * MB)}/>`) }), 'any');

  // Nesting thousands deep, of every kind the reader walks into; and deep but within the limit.
  for (const kind of Object.keys(NESTINGS)) {
    add(`deep-${kind}`, docx({ document: nestedDocument(kind, 5_000) }), 'hostile');
    add(`nested-${kind}-within-limit`, docx({ document: nestedDocument(kind, 40) }), 'document');
  }
  add('deep-100000-unknown', docx({ document: nestedDocument('unknown', 100_000) }), 'hostile');

  // Absurd list numbering, in w:start, w:startOverride, w:lvl/@w:ilvl, w:lvlOverride/@w:ilvl and w:numPr/w:ilvl.
  for (const v of ABSURD_NUMBERS) {
    for (const fmt of ['upperRoman', 'chineseCounting', 'decimal']) {
      add(`start-${v}-${fmt}`, docx({ document: numberedDocument('0'), numbering: numberingXml(v, fmt, '0', '0', v) }), 'document');
    }
    add(`ilvl-${v}`, docx({ document: numberedDocument(v), numbering: numberingXml('1', 'decimal', v, v) }), 'document');
  }

  // Whitespace floods: the trailing-whitespace passes must be linear.
  for (const [what, ws] of [
    ['spaces', ' '],
    ['tabs', '\t'],
    ['ideographic', '\u3000'],
    ['nbsp', '\u00a0'],
  ] as const) {
    const flood = ws.repeat(100_000);
    add(`run-${what}-flood`, docx({ document: documentXml(OPENING + p(`${flood}x${flood}`) + p(`一、${flood}。${flood}x`)) }), 'any');
    add(
      `txt-${what}-flood`,
      utf8(`关于2024年度法治政府建设情况的报告\n${flood}x${flood}\n一、${flood}。${flood}x\n${flood}`),
      'any',
      `txt-${what}-flood.txt`,
    );
  }
  add(
    'tab-elements-flood',
    docx({
      document: documentXml(OPENING + `<w:p><w:r>${'<w:tab/>'.repeat(150_000)}<w:t>x</w:t>${'<w:tab/>'.repeat(150_000)}</w:r></w:p>`),
    }),
    'any',
  );
  add('txt-60kb-space-line', utf8(`标题\n${' '.repeat(60 * 1024)}x\n`), 'any', 'txt-60kb-space-line.txt');
  add('txt-many-table-like-lines', utf8(`标题\n${'a\tb\n'.repeat(100_000)}`), 'any', 'txt-many-table-like-lines.txt');

  // Corruption: a CRC that does not match, and truncation at several places.
  const good = docx({ document: documentXml(OPENING + p('（一）正文内容。')) });
  add('bad-crc', withBadCrc(good, 'word/document.xml'), 'refusal');
  add('bad-size', withBadCrc(good, 'word/document.xml', 'size'), 'refusal');
  for (const frac of [0.1, 0.5, 0.9, 0.99]) add(`truncated-${frac}`, good.subarray(0, Math.floor(good.length * frac)), 'refusal');
  return out;
}

export function utf8(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf8'));
}

/**
 * The same zip with the central-directory CRC (or declared size) of `name` off by one — as a
 * damaged copy would be; the local header is changed alike so that only the check can tell.
 */
export function withBadCrc(zip: Uint8Array, name: string, field: 'crc' | 'size' = 'crc'): Uint8Array {
  const b = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (const [sig, crcAt, sizeAt, nameLenAt, nameAt] of [
    [0x02014b50, 16, 24, 28, 46],
    [0x04034b50, 14, 22, 26, 30],
  ] as const) {
    for (let i = 0; i + nameAt < b.length; i++) {
      if (b.readUInt32LE(i) !== sig || b.readUInt16LE(i + nameLenAt) !== nameBytes.length) continue;
      if (!b.subarray(i + nameAt, i + nameAt + nameBytes.length).equals(nameBytes)) continue;
      const at = i + (field === 'crc' ? crcAt : sizeAt);
      b.writeUInt32LE((b.readUInt32LE(at) + 1) >>> 0, at);
    }
  }
  return new Uint8Array(b);
}
