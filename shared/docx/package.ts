/**
 * The parts of the .docx the `docx` package cannot express, finished after it has packed the
 * file: the Word/WPS layout behaviours of ./word-compat.ts in docDefaults, every style and
 * settings.xml, and a complete font table. The package is opened, these three small parts are
 * rewritten, and it is zipped again; every other part is left byte for byte as packed.
 */
import JSZip from 'jszip';
import { fontFace, type FontRole } from '../fonts';
import { DOCUMENT_SETTINGS, STYLE_PROPERTIES } from './word-compat';
import { attr, childElements, element, ensureChild, parseXml, serializeXml, setChild, type XmlElement } from './xml';

/** Schema order of the content models touched here (ISO/IEC 29500-1 A.1): Word rejects out-of-order children. */
export const ORDER = {
  pPr: [
    'w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr',
    'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
    'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid',
    'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection',
    'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange',
  ],
  rPr: [
    'w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline',
    'w:shadow', 'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing',
    'w:w', 'w:kern', 'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText',
    'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath', 'w:rPrChange',
  ],
  style: [
    'w:name', 'w:aliases', 'w:basedOn', 'w:next', 'w:link', 'w:autoRedefine', 'w:hidden', 'w:uiPriority', 'w:semiHidden',
    'w:unhideWhenUsed', 'w:qFormat', 'w:locked', 'w:personal', 'w:personalCompose', 'w:personalReply', 'w:rsid', 'w:pPr',
    'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:tblStylePr',
  ],
  styles: ['w:docDefaults', 'w:latentStyles', 'w:style'],
  docDefaults: ['w:rPrDefault', 'w:pPrDefault'],
  rPrDefault: ['w:rPr'],
  pPrDefault: ['w:pPr'],
  settings: [
    'w:writeProtection', 'w:view', 'w:zoom', 'w:removePersonalInformation', 'w:removeDateAndTime', 'w:doNotDisplayPageBoundaries',
    'w:displayBackgroundShape', 'w:printPostScriptOverText', 'w:printFractionalCharacterWidth', 'w:printFormsData',
    'w:embedTrueTypeFonts', 'w:embedSystemFonts', 'w:saveSubsetFonts', 'w:saveFormsData', 'w:mirrorMargins',
    'w:alignBordersAndEdges', 'w:bordersDoNotSurroundHeader', 'w:bordersDoNotSurroundFooter', 'w:gutterAtTop',
    'w:hideSpellingErrors', 'w:hideGrammaticalErrors', 'w:activeWritingStyle', 'w:proofState', 'w:formsDesign',
    'w:attachedTemplate', 'w:linkStyles', 'w:stylePaneFormatFilter', 'w:stylePaneSortMethod', 'w:documentType', 'w:mailMerge',
    'w:revisionView', 'w:trackRevisions', 'w:doNotTrackMoves', 'w:doNotTrackFormatting', 'w:documentProtection',
    'w:autoFormatOverride', 'w:styleLockTheme', 'w:styleLockQFSet', 'w:defaultTabStop', 'w:autoHyphenation',
    'w:consecutiveHyphenLimit', 'w:hyphenationZone', 'w:doNotHyphenateCaps', 'w:showEnvelope', 'w:summaryLength',
    'w:clickAndTypeStyle', 'w:defaultTableStyle', 'w:evenAndOddHeaders', 'w:bookFoldRevPrinting', 'w:bookFoldPrinting',
    'w:bookFoldPrintingSheets', 'w:drawingGridHorizontalSpacing', 'w:drawingGridVerticalSpacing',
    'w:displayHorizontalDrawingGridEvery', 'w:displayVerticalDrawingGridEvery', 'w:doNotUseMarginsForDrawingGridOrigin',
    'w:drawingGridHorizontalOrigin', 'w:drawingGridVerticalOrigin', 'w:doNotShadeFormData', 'w:noPunctuationKerning',
    'w:characterSpacingControl', 'w:printTwoOnOne', 'w:strictFirstAndLastChars', 'w:noLineBreaksAfter', 'w:noLineBreaksBefore',
    'w:savePreviewPicture', 'w:doNotValidateAgainstSchema', 'w:saveInvalidXml', 'w:ignoreMixedContent',
    'w:alwaysShowPlaceholderText', 'w:doNotDemarcateInvalidXml', 'w:saveXmlDataOnly', 'w:useXSLTWhenSaving',
    'w:saveThroughXslt', 'w:showXMLTags', 'w:alwaysMergeEmptyNamespace', 'w:updateFields', 'w:hdrShapeDefaults',
    'w:footnotePr', 'w:endnotePr', 'w:compat', 'w:docVars', 'w:rsids', 'm:mathPr', 'w:attachedSchema', 'w:themeFontLang',
    'w:clrSchemeMapping', 'w:doNotIncludeSubdocsInStats', 'w:doNotAutoCompressPictures', 'w:forceUpgrade', 'w:captions',
    'w:readModeInkLockDown', 'w:smartTagType', 'sl:schemaLibrary', 'w:shapeDefaults', 'w:doNotEmbedSmartTags',
    'w:decimalSymbol', 'w:listSeparator',
  ],
  font: ['w:altName', 'w:panose1', 'w:charset', 'w:family', 'w:notTrueType', 'w:pitch', 'w:sig'],
} as const;

const onOff = (name: string, value: boolean) => element(`w:${name}`, { 'w:val': value ? '1' : '0' });

/** The style properties of the table, written into a pPr or rPr. */
function applyProperties(target: XmlElement, part: 'pPr' | 'rPr'): void {
  for (const p of STYLE_PROPERTIES) if (p.part === part && p.write) setChild(target, onOff(p.element, p.value), ORDER[part]);
}

/** Style kinds whose pPr / rPr a paragraph's or run's properties inherit from. */
const PPR_STYLES = new Set(['paragraph', 'table']);
const RPR_STYLES = new Set(['paragraph', 'character', 'table']);

function patchStyles(xml: string): string {
  const doc = parseXml(xml);
  const styles = doc.root;
  const defaults = ensureChild(styles, 'w:docDefaults', ORDER.styles);
  applyProperties(ensureChild(ensureChild(defaults, 'w:pPrDefault', ORDER.docDefaults), 'w:pPr', ORDER.pPrDefault), 'pPr');
  applyProperties(ensureChild(ensureChild(defaults, 'w:rPrDefault', ORDER.docDefaults), 'w:rPr', ORDER.rPrDefault), 'rPr');
  for (const style of childElements(styles, 'w:style')) {
    const type = attr(style, 'w:type') ?? 'paragraph';
    if (PPR_STYLES.has(type)) applyProperties(ensureChild(style, 'w:pPr', ORDER.style), 'pPr');
    if (RPR_STYLES.has(type)) applyProperties(ensureChild(style, 'w:rPr', ORDER.style), 'rPr');
  }
  return serializeXml(doc);
}

function patchSettings(xml: string): string {
  const doc = parseXml(xml);
  for (const s of DOCUMENT_SETTINGS) if (s.part === 'settings') setChild(doc.root, element(`w:${s.element}`, s.attrs), ORDER.settings);
  return serializeXml(doc);
}

/** word/fontTable.xml listing `fonts` (family → the role it was written for), keeping the part's root element. */
function fontTable(xml: string, fonts: ReadonlyMap<string, FontRole>): string {
  const doc = parseXml(xml);
  doc.root.children = [...fonts].map(([name, role]) => {
    const f = fontFace(name, role);
    const children = [
      ...(f.standIn ? [element('w:altName', { 'w:val': f.standIn })] : []),
      ...(f.panose1 ? [element('w:panose1', { 'w:val': f.panose1 })] : []),
      element('w:charset', { 'w:val': f.charset }),
      element('w:family', { 'w:val': f.family }),
      element('w:pitch', { 'w:val': f.pitch }),
    ];
    return element('w:font', { 'w:name': name }, children);
  });
  return serializeXml(doc);
}

type Parts = Map<string, string | Uint8Array>;

/** Rewrite styles, settings and the font table among the package's parts, before they are zipped. */
export function finishParts(parts: Parts, fonts: ReadonlyMap<string, FontRole>): Parts {
  const edit = (path: string, change: (xml: string) => string) => {
    const part = parts.get(path);
    if (typeof part !== 'string') throw new Error(`${path} missing from the compiled document`);
    parts.set(path, change(part));
  };
  edit('word/styles.xml', patchStyles);
  edit('word/settings.xml', patchSettings);
  edit('word/fontTable.xml', (xml) => fontTable(xml, fonts));
  return parts;
}

/** The parts as a .docx where Node's zlib is not at hand (the renderer): JSZip's deflate. */
export async function zipInJs(parts: ReadonlyMap<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, data] of parts) zip.file(path, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
