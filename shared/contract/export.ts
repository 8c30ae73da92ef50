import { z } from 'zod';
import { DraftId } from './drafts';
import { call } from './define';

export const ExportVariant = z.enum(['official', 'web', 'draft']);
export type ExportVariant = z.infer<typeof ExportVariant>;

const ExportInput = z.object({ id: DraftId, variant: ExportVariant.default('official') }).strict();

const Exported = z.object({
  /** null when the clerk cancelled the save dialog (or nothing was written: see `printHere`). */
  path: z.string().nullable(),
  fileName: z.string(),
  bytes: z.number().int(),
  /** Error-level problems that did not hold this version back but must be fixed before filing. */
  toFix: z.number().int(),
});

/**
 * Both calls refuse `official` (and `web`) with EXPORT_BLOCKED while error-level problems hold it
 * back; the error's `details` is the list of reasons `{rule, message, location, where}`
 * (shared/export-gate.ts). `draft` is always allowed.
 */
export const exportCalls = {
  'export.docx': call(ExportInput, Exported),
  /** The paged preview of the draft printed to PDF (Electron's printToPDF of `route`). */
  'export.pdf': call(
    ExportInput,
    Exported.extend({
      /** The preview route that is printed: `#/draft/<id>/preview?variant=…`. */
      route: z.string(),
      /**
       * True where the back end cannot print (the web bridge): nothing was written; the page
       * prints `route` itself (the browser's 另存为 PDF).
       */
      printHere: z.boolean(),
    }),
  ),
};

/** The print route: only the preview's pages, with print CSS (A4, no margins). Electron prints it to PDF. */
export function previewRoute(id: string, variant: ExportVariant): string {
  return `#/draft/${id}/preview?variant=${variant}`;
}
