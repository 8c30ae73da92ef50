/**
 * The package around the body: content types, relationships, document properties, styles,
 * settings and the font table, written directly. The Word/WPS layout behaviours of
 * ./word-compat.ts go into docDefaults, every style and settings.xml; the styles are the ones a
 * file made with the `docx` package carried (Word's built-in names), so a clerk who applies one
 * in Word gets what they got before.
 */
import { fontFace, type FontRole } from '../fonts';
import { GRID, SIZE } from '../gbt9704';
import { DOCUMENT_SETTINGS, STYLE_PROPERTIES } from './word-compat';
import { xmlText } from './body';

/** Schema order of the content models touched here (ISO/IEC 29500-1 A.1): Word rejects out-of-order children. */
export const ORDER = {
  pPr: [
    'w:pStyle',
    'w:keepNext',
    'w:keepLines',
    'w:pageBreakBefore',
    'w:framePr',
    'w:widowControl',
    'w:numPr',
    'w:suppressLineNumbers',
    'w:pBdr',
    'w:shd',
    'w:tabs',
    'w:suppressAutoHyphens',
    'w:kinsoku',
    'w:wordWrap',
    'w:overflowPunct',
    'w:topLinePunct',
    'w:autoSpaceDE',
    'w:autoSpaceDN',
    'w:bidi',
    'w:adjustRightInd',
    'w:snapToGrid',
    'w:spacing',
    'w:ind',
    'w:contextualSpacing',
    'w:mirrorIndents',
    'w:suppressOverlap',
    'w:jc',
    'w:textDirection',
    'w:textAlignment',
    'w:textboxTightWrap',
    'w:outlineLvl',
    'w:divId',
    'w:cnfStyle',
    'w:rPr',
    'w:sectPr',
    'w:pPrChange',
  ],
  rPr: [
    'w:rStyle',
    'w:rFonts',
    'w:b',
    'w:bCs',
    'w:i',
    'w:iCs',
    'w:caps',
    'w:smallCaps',
    'w:strike',
    'w:dstrike',
    'w:outline',
    'w:shadow',
    'w:emboss',
    'w:imprint',
    'w:noProof',
    'w:snapToGrid',
    'w:vanish',
    'w:webHidden',
    'w:color',
    'w:spacing',
    'w:w',
    'w:kern',
    'w:position',
    'w:sz',
    'w:szCs',
    'w:highlight',
    'w:u',
    'w:effect',
    'w:bdr',
    'w:shd',
    'w:fitText',
    'w:vertAlign',
    'w:rtl',
    'w:cs',
    'w:em',
    'w:lang',
    'w:eastAsianLayout',
    'w:specVanish',
    'w:oMath',
    'w:rPrChange',
  ],
  style: [
    'w:name',
    'w:aliases',
    'w:basedOn',
    'w:next',
    'w:link',
    'w:autoRedefine',
    'w:hidden',
    'w:uiPriority',
    'w:semiHidden',
    'w:unhideWhenUsed',
    'w:qFormat',
    'w:locked',
    'w:personal',
    'w:personalCompose',
    'w:personalReply',
    'w:rsid',
    'w:pPr',
    'w:rPr',
    'w:tblPr',
    'w:trPr',
    'w:tcPr',
    'w:tblStylePr',
  ],
  styles: ['w:docDefaults', 'w:latentStyles', 'w:style'],
  docDefaults: ['w:rPrDefault', 'w:pPrDefault'],
  rPrDefault: ['w:rPr'],
  pPrDefault: ['w:pPr'],
  settings: [
    'w:writeProtection',
    'w:view',
    'w:zoom',
    'w:removePersonalInformation',
    'w:removeDateAndTime',
    'w:doNotDisplayPageBoundaries',
    'w:displayBackgroundShape',
    'w:printPostScriptOverText',
    'w:printFractionalCharacterWidth',
    'w:printFormsData',
    'w:embedTrueTypeFonts',
    'w:embedSystemFonts',
    'w:saveSubsetFonts',
    'w:saveFormsData',
    'w:mirrorMargins',
    'w:alignBordersAndEdges',
    'w:bordersDoNotSurroundHeader',
    'w:bordersDoNotSurroundFooter',
    'w:gutterAtTop',
    'w:hideSpellingErrors',
    'w:hideGrammaticalErrors',
    'w:activeWritingStyle',
    'w:proofState',
    'w:formsDesign',
    'w:attachedTemplate',
    'w:linkStyles',
    'w:stylePaneFormatFilter',
    'w:stylePaneSortMethod',
    'w:documentType',
    'w:mailMerge',
    'w:revisionView',
    'w:trackRevisions',
    'w:doNotTrackMoves',
    'w:doNotTrackFormatting',
    'w:documentProtection',
    'w:autoFormatOverride',
    'w:styleLockTheme',
    'w:styleLockQFSet',
    'w:defaultTabStop',
    'w:autoHyphenation',
    'w:consecutiveHyphenLimit',
    'w:hyphenationZone',
    'w:doNotHyphenateCaps',
    'w:showEnvelope',
    'w:summaryLength',
    'w:clickAndTypeStyle',
    'w:defaultTableStyle',
    'w:evenAndOddHeaders',
    'w:bookFoldRevPrinting',
    'w:bookFoldPrinting',
    'w:bookFoldPrintingSheets',
    'w:drawingGridHorizontalSpacing',
    'w:drawingGridVerticalSpacing',
    'w:displayHorizontalDrawingGridEvery',
    'w:displayVerticalDrawingGridEvery',
    'w:doNotUseMarginsForDrawingGridOrigin',
    'w:drawingGridHorizontalOrigin',
    'w:drawingGridVerticalOrigin',
    'w:doNotShadeFormData',
    'w:noPunctuationKerning',
    'w:characterSpacingControl',
    'w:printTwoOnOne',
    'w:strictFirstAndLastChars',
    'w:noLineBreaksAfter',
    'w:noLineBreaksBefore',
    'w:savePreviewPicture',
    'w:doNotValidateAgainstSchema',
    'w:saveInvalidXml',
    'w:ignoreMixedContent',
    'w:alwaysShowPlaceholderText',
    'w:doNotDemarcateInvalidXml',
    'w:saveXmlDataOnly',
    'w:useXSLTWhenSaving',
    'w:saveThroughXslt',
    'w:showXMLTags',
    'w:alwaysMergeEmptyNamespace',
    'w:updateFields',
    'w:hdrShapeDefaults',
    'w:footnotePr',
    'w:endnotePr',
    'w:compat',
    'w:docVars',
    'w:rsids',
    'm:mathPr',
    'w:attachedSchema',
    'w:themeFontLang',
    'w:clrSchemeMapping',
    'w:doNotIncludeSubdocsInStats',
    'w:doNotAutoCompressPictures',
    'w:forceUpgrade',
    'w:captions',
    'w:readModeInkLockDown',
    'w:smartTagType',
    'sl:schemaLibrary',
    'w:shapeDefaults',
    'w:doNotEmbedSmartTags',
    'w:decimalSymbol',
    'w:listSeparator',
  ],
  font: ['w:altName', 'w:panose1', 'w:charset', 'w:family', 'w:notTrueType', 'w:pitch', 'w:sig'],
} as const;

type Ordered = readonly (readonly [name: string, xml: string])[];

/** Children merged into the schema order of their parent: Word refuses out-of-order elements. */
function inOrder(children: Ordered, order: readonly string[]): string {
  const rank = (name: string) => {
    const r = order.indexOf(name);
    if (r < 0) throw new Error(`${name} has no place in its parent`);
    return r;
  };
  return [...children]
    .map((c, i) => [rank(c[0]), i, c[1]] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map((c) => c[2])
    .join('');
}

/** The on/off properties of the compat table for a pPr or rPr, as children. */
function compat(part: 'pPr' | 'rPr'): Ordered {
  return STYLE_PROPERTIES.filter((p) => p.part === part && p.write).map(
    (p) => [`w:${p.element}`, `<w:${p.element} w:val="${p.value ? '1' : '0'}"/>`] as const,
  );
}

const el = (name: string, attrs: Readonly<Record<string, string | number>> = {}) =>
  [
    name,
    `<${name}${Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${xmlText(String(v))}"`)
      .join('')}/>`,
  ] as const;
const val = (name: string, v: string | number) => el(name, { 'w:val': v });
const sz = (halfPoints: number) => [val('w:sz', halfPoints), val('w:szCs', halfPoints)];

interface StyleDef {
  type: 'paragraph' | 'character' | 'table';
  id: string;
  /** As the docx package wrote it ("1" or "true"). */
  isDefault?: string;
  /** name, basedOn, next, link, uiPriority, semiHidden, unhideWhenUsed, qFormat. */
  head: Ordered;
  pPr?: Ordered;
  rPr?: Ordered;
  tblPr?: string;
}

const basedOnNormal = (next = true) => [val('w:basedOn', 'Normal'), ...(next ? [val('w:next', 'Normal')] : [])];
const hidden = (priority: number) => [val('w:uiPriority', priority), el('w:semiHidden'), el('w:unhideWhenUsed')];
const heading = (n: number, color: string, rPr: Ordered = []): StyleDef => ({
  type: 'paragraph',
  id: `Heading${n}`,
  head: [val('w:name', `Heading ${n}`), ...basedOnNormal(), el('w:qFormat')],
  rPr: [...rPr, val('w:color', color)],
});
const toc = (n: number): StyleDef => ({
  type: 'paragraph',
  id: `TOC${n}`,
  head: [val('w:name', `toc ${n}`), ...basedOnNormal(), ...hidden(39)],
  pPr: [el('w:spacing', { 'w:after': 100 }), ...(n > 1 ? [el('w:ind', { 'w:left': 320 * (n - 1) })] : [])],
});
const noteStyles = (kind: 'Footnote' | 'Endnote'): StyleDef[] => {
  const lower = kind.toLowerCase();
  return [
    {
      type: 'character',
      id: `${kind}Reference`,
      head: [val('w:name', `${lower} reference`), val('w:basedOn', 'DefaultParagraphFont'), ...hidden(99)],
      rPr: [val('w:vertAlign', 'superscript')],
    },
    {
      type: 'paragraph',
      id: `${kind}Text`,
      head: [val('w:name', `${lower} text`), val('w:basedOn', 'Normal'), val('w:link', `${kind}TextChar`), ...hidden(99)],
      pPr: [el('w:spacing', { 'w:after': 0, 'w:line': 240, 'w:lineRule': 'auto' })],
      rPr: sz(20),
    },
    {
      type: 'character',
      id: `${kind}TextChar`,
      head: [val('w:name', `${kind} Text Char`), val('w:basedOn', 'DefaultParagraphFont'), val('w:link', `${kind}Text`), ...hidden(99)],
      rPr: sz(20),
    },
  ];
};

/** The styles a docx-package file carried (Word's built-in ones), in its order. */
const STYLES: readonly StyleDef[] = [
  { type: 'paragraph', id: 'Normal', isDefault: '1', head: [val('w:name', 'Normal'), el('w:qFormat')] },
  {
    type: 'table',
    id: 'TableNormal',
    isDefault: 'true',
    head: [val('w:name', 'Normal Table'), ...hidden(99)],
    tblPr:
      '<w:tblPr><w:tblInd w:type="dxa" w:w="0"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/>' +
      '<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr>',
  },
  { type: 'paragraph', id: 'Title', head: [val('w:name', 'Title'), ...basedOnNormal(), el('w:qFormat')], rPr: sz(56) },
  heading(1, '2E74B5', sz(32)),
  heading(2, '2E74B5', sz(26)),
  heading(3, '1F4D78', sz(24)),
  heading(4, '2E74B5', [el('w:i'), el('w:iCs')]),
  heading(5, '2E74B5'),
  heading(6, '1F4D78'),
  { type: 'paragraph', id: 'Strong', head: [val('w:name', 'Strong'), ...basedOnNormal(), el('w:qFormat')], rPr: [el('w:b'), el('w:bCs')] },
  { type: 'paragraph', id: 'ListParagraph', head: [val('w:name', 'List Paragraph'), ...basedOnNormal(false), el('w:qFormat')] },
  {
    type: 'paragraph',
    id: 'Caption',
    head: [val('w:name', 'caption'), ...basedOnNormal(), ...hidden(35), el('w:qFormat')],
    pPr: [el('w:spacing', { 'w:after': 200 })],
    rPr: [el('w:i'), el('w:iCs'), el('w:color', { 'w:val': '44546A', 'w:themeColor': 'dark2' }), ...sz(18)],
  },
  {
    type: 'paragraph',
    id: 'Bibliography',
    head: [val('w:name', 'Bibliography'), ...basedOnNormal(), val('w:uiPriority', 37), el('w:unhideWhenUsed')],
  },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(toc),
  {
    type: 'character',
    id: 'Hyperlink',
    head: [val('w:name', 'Hyperlink'), val('w:basedOn', 'DefaultParagraphFont'), val('w:uiPriority', 99), el('w:unhideWhenUsed')],
    rPr: [val('w:color', '0563C1'), val('w:u', 'single')],
  },
  ...noteStyles('Footnote'),
  ...noteStyles('Endnote'),
  { type: 'character', id: 'LineNumber', head: [val('w:name', 'line number'), val('w:basedOn', 'DefaultParagraphFont'), ...hidden(99)] },
];

/** Style kinds whose pPr / rPr a paragraph's or run's properties inherit from: they carry the compat table. */
const PPR_STYLES = new Set(['paragraph', 'table']);
const RPR_STYLES = new Set(['paragraph', 'character', 'table']);

function style(s: StyleDef): string {
  const pPr = PPR_STYLES.has(s.type) ? `<w:pPr>${inOrder([...compat('pPr'), ...(s.pPr ?? [])], ORDER.pPr)}</w:pPr>` : '';
  const rPr = RPR_STYLES.has(s.type) ? `<w:rPr>${inOrder([...compat('rPr'), ...(s.rPr ?? [])], ORDER.rPr)}</w:rPr>` : '';
  const isDefault = s.isDefault ? ` w:default="${s.isDefault}"` : '';
  return `<w:style w:type="${s.type}" w:styleId="${s.id}"${isDefault}>${inOrder(s.head, ORDER.style)}${pPr}${rPr}${s.tblPr ?? ''}</w:style>`;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS: Record<string, string> = {
  wpc: 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  o: 'urn:schemas-microsoft-com:office:office',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  v: 'urn:schemas-microsoft-com:vml',
  wp14: 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  w10: 'urn:schemas-microsoft-com:office:word',
  w: W,
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wpi: 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk',
  wne: 'http://schemas.microsoft.com/office/word/2006/wordml',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  cx: 'http://schemas.microsoft.com/office/drawing/2014/chartex',
  cx1: 'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex',
  cx2: 'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex',
  cx3: 'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex',
  cx4: 'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex',
  cx5: 'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex',
  cx6: 'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex',
  cx7: 'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex',
  cx8: 'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex',
  aink: 'http://schemas.microsoft.com/office/drawing/2016/ink',
  am3d: 'http://schemas.microsoft.com/office/drawing/2017/model3d',
  w16cex: 'http://schemas.microsoft.com/office/word/2018/wordml/cex',
  w16cid: 'http://schemas.microsoft.com/office/word/2016/wordml/cid',
  w16: 'http://schemas.microsoft.com/office/word/2018/wordml',
  w16sdtdh: 'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash',
  w16se: 'http://schemas.microsoft.com/office/word/2015/wordml/symex',
};
/** The namespaces Word declares on a main part, and the extras it adds on some. */
const MAIN = ['wpc', 'mc', 'o', 'r', 'm', 'v', 'wp14', 'wp', 'w10', 'w', 'w14', 'w15', 'wpg', 'wpi', 'wne', 'wps'];
const CHARTS = ['cx', 'cx1', 'cx2', 'cx3', 'cx4', 'cx5', 'cx6', 'cx7', 'cx8'];
const ROOTS = {
  document: { ns: [...MAIN, ...CHARTS, 'aink', 'am3d', 'w16cex', 'w16cid', 'w16', 'w16sdtdh', 'w16se'], ignorable: 'w14 w15 wp14' },
  hdr: { ns: [...MAIN, ...CHARTS, 'w16cid', 'w16se'], ignorable: '' },
  ftr: { ns: MAIN, ignorable: '' },
  footnotes: { ns: MAIN, ignorable: 'w14 w15 wp14' },
  endnotes: { ns: MAIN, ignorable: 'w14 w15 wp14' },
  settings: { ns: MAIN, ignorable: 'w14 w15 wp14' },
  numbering: { ns: MAIN, ignorable: 'w14 w15 wp14' },
  styles: { ns: ['mc', 'r', 'w', 'w14', 'w15'], ignorable: 'w14 w15' },
  fonts: {
    ns: ['mc', 'r', 'w', 'w14', 'w15', 'w16cex', 'w16cid', 'w16', 'w16sdtdh', 'w16se'],
    ignorable: 'w14 w15 w16se w16cid w16 w16cex w16sdtdh',
  },
} as const;

/** A WordprocessingML part: the declaration, the root element `w:<root>` with its namespaces, the content. */
export function wordPart(root: keyof typeof ROOTS, content: string): string {
  const r = ROOTS[root];
  const ns = r.ns.map((p) => ` xmlns:${p}="${NS[p]}"`).join('');
  const ignorable = r.ignorable ? ` mc:Ignorable="${r.ignorable}"` : '';
  return `${DECLARATION}<w:${root}${ignorable}${ns}>${content}</w:${root}>`;
}

/** styles.xml: docDefaults (the body font, 三号, zh-CN, exact 579-twip lines, the compat table) and the styles. */
export function stylesPart(bodyRFonts: string): string {
  const rPrDefault = inOrder(
    [['w:rFonts', bodyRFonts], ...compat('rPr'), ...sz(SIZE.body * 2), el('w:lang', { 'w:val': 'en-US', 'w:eastAsia': 'zh-CN' })],
    ORDER.rPr,
  );
  const pPrDefault = inOrder(
    [...compat('pPr'), el('w:spacing', { 'w:after': 0, 'w:before': 0, 'w:line': GRID.line, 'w:lineRule': 'exact' })],
    ORDER.pPr,
  );
  const defaults = `<w:docDefaults><w:rPrDefault><w:rPr>${rPrDefault}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>${pPrDefault}</w:pPr></w:pPrDefault></w:docDefaults>`;
  return wordPart('styles', defaults + STYLES.map(style).join(''));
}

/** settings.xml: even and odd pages apart (the page number changes side), and the compat table's settings. */
export function settingsPart(): string {
  const settings: Ordered = [
    el('w:displayBackgroundShape'),
    val('w:defaultTabStop', 720),
    el('w:evenAndOddHeaders'),
    ...DOCUMENT_SETTINGS.filter((s) => s.part === 'settings').map((s) => el(`w:${s.element}`, s.attrs)),
    [
      'w:compat',
      '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat>',
    ],
  ];
  return wordPart('settings', inOrder(settings, ORDER.settings));
}

/** word/fontTable.xml listing `fonts` (family → the role it was written for), with Word's stand-ins. */
export function fontTablePart(fonts: ReadonlyMap<string, FontRole>): string {
  let out = '';
  for (const [name, role] of fonts) {
    const f = fontFace(name, role);
    out +=
      `<w:font w:name="${xmlText(name)}">` +
      (f.standIn ? `<w:altName w:val="${xmlText(f.standIn)}"/>` : '') +
      (f.panose1 ? `<w:panose1 w:val="${f.panose1}"/>` : '') +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  }
  return wordPart('fonts', out);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export type Relationship = readonly [type: string, target: string];

/** A .rels part; the ids are rId1, rId2, … in the order given. */
export function relsPart(rels: readonly Relationship[]): string {
  const list = rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join('');
  const root = 'Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  return `<?xml version="1.0" encoding="UTF-8"?>${list ? `<${root}>${list}</Relationships>` : `<${root}/>`}`;
}

export const PACKAGE_RELS: readonly Relationship[] = [
  [`${REL}/officeDocument`, 'word/document.xml'],
  ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  [`${REL}/extended-properties`, 'docProps/app.xml'],
  [`${REL}/custom-properties`, 'docProps/custom.xml'],
];

/** The relationship type `name` of the officeDocument vocabulary (styles, header, footer, …). */
export const rel = (name: string): string => `${REL}/${name}`;

/** What the main document refers to before its headers and footers (ids rId1…rId5). */
export const DOCUMENT_RELS: readonly Relationship[] = ['styles', 'numbering', 'footnotes', 'endnotes', 'settings'].map(
  (n) => [rel(n), `${n}.xml`] as const,
);

const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';
const OVERRIDES: readonly (readonly [string, string])[] = [
  ['/word/document.xml', `${CONTENT_TYPE}.wordprocessingml.document.main+xml`],
  ['/word/styles.xml', `${CONTENT_TYPE}.wordprocessingml.styles+xml`],
  ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
  ['/docProps/custom.xml', `${CONTENT_TYPE}.custom-properties+xml`],
  ['/docProps/app.xml', `${CONTENT_TYPE}.extended-properties+xml`],
  ['/word/numbering.xml', `${CONTENT_TYPE}.wordprocessingml.numbering+xml`],
  ['/word/footnotes.xml', `${CONTENT_TYPE}.wordprocessingml.footnotes+xml`],
  ['/word/endnotes.xml', `${CONTENT_TYPE}.wordprocessingml.endnotes+xml`],
  ['/word/settings.xml', `${CONTENT_TYPE}.wordprocessingml.settings+xml`],
  ['/word/fontTable.xml', `${CONTENT_TYPE}.wordprocessingml.fontTable+xml`],
  ['/word/theme/theme1.xml', `${CONTENT_TYPE}.theme+xml`],
];
const DEFAULTS: readonly (readonly [string, string])[] = [
  ['png', 'image/png'],
  ['jpeg', 'image/jpeg'],
  ['jpg', 'image/jpeg'],
  ['bmp', 'image/bmp'],
  ['gif', 'image/gif'],
  ['svg', 'image/svg+xml'],
  ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
  ['xml', 'application/xml'],
  ['odttf', `${CONTENT_TYPE}.obfuscatedFont`],
];

/** [Content_Types].xml for the fixed parts and the given header and footer parts (word/header1.xml, …). */
export function contentTypesPart(headersAndFooters: readonly string[]): string {
  const overrides = [
    ...OVERRIDES,
    ...headersAndFooters.map(
      (path) => [`/${path}`, `${CONTENT_TYPE}.wordprocessingml.${path.includes('header') ? 'header' : 'footer'}+xml`] as const,
    ),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    DEFAULTS.map(([ext, type]) => `<Default ContentType="${type}" Extension="${ext}"/>`).join('') +
    overrides.map(([part, type]) => `<Override ContentType="${type}" PartName="${part}"/>`).join('') +
    '</Types>'
  );
}

/** docProps/core.xml: title, creator, and when the file was made. */
export function corePart(title: string, creator: string, now: Date): string {
  const time = `xsi:type="dcterms:W3CDTF">${now.toISOString()}`;
  return (
    DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(creator)}</dc:creator><cp:lastModifiedBy>Un-named</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created ${time}</dcterms:created><dcterms:modified ${time}</dcterms:modified></cp:coreProperties>`
  );
}

const DOC_PROPS_TYPES = 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';
export const APP_PART = `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ${DOC_PROPS_TYPES}/>`;
export const CUSTOM_PART = `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ${DOC_PROPS_TYPES}/>`;
