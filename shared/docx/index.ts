/**
 * ReportDocument → .docx bytes, by GB/T 9704-2012 (official), as 网站公开版 (web: no 版头, no
 * 版记) or as a marked 草稿 (draft). The layout (what goes where, line breaks, the 版记's place)
 * is decided in shared/layout; this module writes it: the body (./body.ts) and the package around
 * it (./package.ts) as XML text, zipped by ./zip.ts.
 */
import type { ReportDocument } from '../model/document';
import type { ExportVariant } from '../export/variant';
import { stripNonXmlDeep } from '../model/xml-chars';
import { resolveFonts, type FontSettings } from '../fonts';
import { DRAFT_MARK, layoutDocument, type Layout } from '../layout/index';
import { BodyWriter, sectionProperties, type SectionRefs } from './body';
import { ENDNOTES, FOOTNOTES, NUMBERING, THEME } from './boilerplate';
import {
  APP_PART,
  CUSTOM_PART,
  DOCUMENT_RELS,
  PACKAGE_RELS,
  contentTypesPart,
  corePart,
  fontTablePart,
  rel,
  relsPart,
  settingsPart,
  stylesPart,
  wordPart,
  type Relationship,
} from './package';
import { zipParts } from './zip';

export interface DocxOptions {
  variant?: ExportVariant;
  fonts?: Partial<FontSettings>;
  /** Zips the package's parts; by default ./zip.ts without compression. */
  zip?: ZipParts;
}

/**
 * Turns the package's parts (path → XML text or bytes, in order) into the .docx file. Node passes
 * its native zlib (electron/fs/zip.ts); shared code has no compressor of its own.
 */
export type ZipParts = (parts: ReadonlyMap<string, string | Uint8Array>) => Uint8Array;

const CREATOR = '公文工作室';

export async function buildDocx(doc: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const variant = options.variant ?? 'official';
  return writeDocx(layoutDocument(doc, variant), resolveFonts(options.fonts), doc.meta.title, options.zip);
}

/** Write an already laid-out document (the preview and the exporter share the layout). */
export async function writeDocx(
  layout: Layout,
  rawFonts: FontSettings,
  title = '',
  zip: ZipParts = (parts) => zipParts(parts),
): Promise<Uint8Array> {
  return zip(docxParts(layout, rawFonts, title));
}

/** The package's parts, path → XML text, in the order they are zipped. */
function docxParts(layout: Layout, rawFonts: FontSettings, title: string): Map<string, string> {
  // Font names come from the settings: no character XML forbids may reach the font table's keys.
  const w = new BodyWriter(stripNonXmlDeep(rawFonts));
  const docRels: Relationship[] = [...DOCUMENT_RELS];
  const headersFooters: [path: string, xml: string][] = [];
  let headerCount = 0;
  let footerCount = 0;
  /** A header or footer part; its relationship id in the document. */
  const part = (kind: 'header' | 'footer', content: string): string => {
    const n = kind === 'header' ? ++headerCount : ++footerCount;
    headersFooters.push([`word/${kind}${n}.xml`, wordPart(kind === 'header' ? 'hdr' : 'ftr', content)]);
    docRels.push([rel(kind), `${kind}${n}.xml`]);
    return `rId${docRels.length}`;
  };
  let body = '';
  layout.sections.forEach((sec, i) => {
    // Footers before the header, as the font table lists the faces in the order first written.
    const footers = sec.numbered ? [w.footer('odd'), w.footer('even')] : [w.emptyFooter(), w.emptyFooter()];
    const header = layout.variant === 'draft' ? w.draftHeader() : null;
    const refs: SectionRefs = {
      ...(header ? { headers: { default: part('header', header), even: part('header', header) } } : {}),
      footers: { default: part('footer', footers[0]!), even: part('footer', footers[1]!) },
    };
    const sectPr = sectionProperties(refs, i === 0);
    const last = i === layout.sections.length - 1;
    sec.blocks.forEach((b, bi) => {
      // A section before the last ends in a paragraph holding its properties (its own last one,
      // or an empty one after a table); the last section's go at the end of the body.
      const ends = !last && bi === sec.blocks.length - 1 && b.kind === 'para';
      body += b.kind === 'para' ? w.paragraph(b, ends ? sectPr : '') : w.table(b);
    });
    const endsInParagraph = sec.blocks.length > 0 && sec.blocks[sec.blocks.length - 1]!.kind === 'para';
    if (last) body += sectPr;
    else if (!endsInParagraph) body += `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  });
  docRels.push([rel('theme'), 'theme/theme1.xml'], [rel('fontTable'), 'fontTable.xml']);
  // The body font: the styles' defaults (written last: the font table lists it after the body's).
  const styles = stylesPart(w.rFonts('body'));
  const subRels = relsPart([]);
  return new Map<string, string>([
    ['[Content_Types].xml', contentTypesPart(headersFooters.map(([path]) => path))],
    ['_rels/.rels', relsPart(PACKAGE_RELS)],
    ['docProps/core.xml', corePart(title, CREATOR, new Date())],
    ['docProps/app.xml', APP_PART],
    ['docProps/custom.xml', CUSTOM_PART],
    ['word/document.xml', wordPart('document', `<w:body>${body}</w:body>`)],
    ['word/_rels/document.xml.rels', relsPart(docRels)],
    ['word/styles.xml', styles],
    ['word/numbering.xml', wordPart('numbering', NUMBERING)],
    ['word/footnotes.xml', wordPart('footnotes', FOOTNOTES)],
    ['word/_rels/footnotes.xml.rels', subRels],
    ['word/endnotes.xml', wordPart('endnotes', ENDNOTES)],
    ['word/_rels/endnotes.xml.rels', subRels],
    ['word/settings.xml', settingsPart()],
    ...headersFooters.flatMap(([path, xml]): [string, string][] => [
      [path, xml],
      [path.replace(/^word\//, 'word/_rels/') + '.rels', subRels],
    ]),
    ['word/theme/theme1.xml', THEME],
    ['word/fontTable.xml', fontTablePart(w.fontsUsed)],
    ['word/_rels/fontTable.xml.rels', subRels],
  ]);
}

export { DRAFT_MARK };
