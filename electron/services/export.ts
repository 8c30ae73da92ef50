import { buildDocx, exportFileName } from '../../shared/docx/index';
import { assertExportAllowed } from '../../shared/export-gate';
import { previewRoute } from '../../shared/contract/export';
import { resolveFonts, type FontSettings } from '../../shared/fonts';
import type { HandlerGroup } from './index';
import type { ServiceContext } from './context';
import { zipParts } from '../fs/zip';

/** The clerk's font choice (字体检查): stored with the default organ profile. */
export function exportFonts(ctx: ServiceContext): FontSettings {
  return resolveFonts(ctx.storage.profiles.getDefault()?.fonts);
}

export const exportHandlers: HandlerGroup<'export.docx' | 'export.pdf'> = (ctx) => ({
  'export.docx': async ({ id, variant }) => {
    const { doc } = ctx.drafts.get(id);
    const gate = assertExportAllowed(doc, variant);
    const bytes = await buildDocx(doc, { variant, fonts: exportFonts(ctx), zip: zipParts });
    const fileName = exportFileName(doc, variant);
    const path = await ctx.platform.saveExport(fileName, bytes, 'docx');
    return { path, fileName, bytes: bytes.byteLength, toFix: gate.advisories.length };
  },
  'export.pdf': async ({ id, variant }) => {
    const { doc } = ctx.drafts.get(id);
    const gate = assertExportAllowed(doc, variant);
    const route = previewRoute(id, variant);
    const fileName = exportFileName(doc, variant).replace(/\.docx$/, '.pdf');
    const base = { fileName, toFix: gate.advisories.length, route };
    if (!ctx.platform.printPdf) return { ...base, path: null, bytes: 0, printHere: true };
    const bytes = await ctx.platform.printPdf(route);
    const path = await ctx.platform.saveExport(fileName, bytes, 'pdf');
    return { ...base, path, bytes: bytes.byteLength, printHere: false };
  },
});
