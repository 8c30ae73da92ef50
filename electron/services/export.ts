import { assertExportAllowed, exportDocx, exportFileName, exportGate, needsConfirmation, reasonLine, type ExportGate, type ExportVariant } from '../../shared/export/index';
import { previewRoute } from '../../shared/contract/export';
import { resolveFonts, type FontSettings } from '../../shared/fonts';
import type { HandlerGroup } from './handler';
import type { ServiceContext } from './context';
import { zipParts } from '../fs/zip';

/** The clerk's font choice (字体检查): stored with the default organ profile. */
function exportFonts(ctx: ServiceContext): FontSettings {
  return resolveFonts(ctx.storage.profiles.getDefault()?.fonts);
}

/**
 * An official file that went out with confirmed gaps is recorded in the draft's history. Only once
 * something was written (or handed to the page to print): a cancelled save dialog exported nothing.
 */
function recordGaps(ctx: ServiceContext, id: string, gate: ExportGate, variant: ExportVariant): void {
  if (needsConfirmation(gate, variant)) ctx.storage.history.recordExport(id, gate.gaps.map(reasonLine));
}

export const exportHandlers: HandlerGroup<'export.docx' | 'export.pdf' | 'export.print' | 'export.reveal'> = (ctx) => ({
  'export.docx': async ({ id, variant, confirmedGaps }) => {
    const { doc } = ctx.storage.drafts.get(id);
    const { bytes, fileName, gate } = await exportDocx(doc, variant, exportFonts(ctx), { zip: zipParts, confirmedGaps });
    const path = await ctx.platform.saveExport(fileName, bytes, 'docx');
    if (path) recordGaps(ctx, id, gate, variant);
    return { path, fileName, bytes: bytes.byteLength, toFix: gate.gaps.length };
  },
  'export.pdf': async ({ id, variant, confirmedGaps }) => {
    const { doc } = ctx.storage.drafts.get(id);
    const gate = assertExportAllowed(doc, variant, confirmedGaps);
    const route = previewRoute(id, variant);
    const fileName = exportFileName(doc, variant, 'pdf');
    const base = { fileName, toFix: gate.gaps.length, route };
    if (!ctx.platform.printPdf) {
      recordGaps(ctx, id, gate, variant);
      return { ...base, path: null, bytes: 0, printHere: true };
    }
    const bytes = await ctx.platform.printPdf(route);
    const path = await ctx.platform.saveExport(fileName, bytes, 'pdf');
    if (path) recordGaps(ctx, id, gate, variant);
    return { ...base, path, bytes: bytes.byteLength, printHere: false };
  },
  'export.print': async ({ id, variant }) => {
    const { doc } = ctx.storage.drafts.get(id);
    // Refused only for what would print wrong; the gaps are counted, not asked about.
    const gaps = exportGate(doc, variant).gaps.map(reasonLine);
    const gate = assertExportAllowed(doc, variant, gaps);
    const route = previewRoute(id, variant);
    const base = { route, toFix: gate.gaps.length };
    if (!ctx.platform.printRoute) return { ...base, printed: false, printHere: true };
    return { ...base, printed: await ctx.platform.printRoute(route), printHere: false };
  },
  'export.reveal': async ({ path }) => ({ shown: ctx.platform.showInFolder ? await ctx.platform.showInFolder(path) : false }),
});
