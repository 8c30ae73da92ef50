import { z } from 'zod';
import { DraftId } from './drafts';
import { call } from './define';
import { EXPORT_VARIANTS, type ExportVariant as Variant } from '../export/variant';

/** The wire form of the one variant type (shared/export/variant.ts). */
export const ExportVariant = z.enum(EXPORT_VARIANTS);
export type ExportVariant = Variant;

const ExportInput = z
  .object({
    id: DraftId,
    variant: ExportVariant.default('official'),
    /**
     * The 定稿前应补齐 gaps the clerk confirmed, as the confirmation listed them (`reasonLine`:
     * “成文日期：未填写成文日期。”). An official export with a gap not in this list is refused.
     */
    confirmedGaps: z.array(z.string().max(2_000)).max(500).optional(),
  })
  .strict();

const Exported = z.object({
  /** null when the clerk cancelled the save dialog (or nothing was written: see `printHere`). */
  path: z.string().nullable(),
  fileName: z.string(),
  bytes: z.number().int(),
  /** 定稿前应补齐: the gaps this version went out with (confirmed, for the official file). */
  toFix: z.number().int(),
});

/**
 * Both calls refuse `official` (and `web`) with EXPORT_BLOCKED while 导出前必须修改 problems hold it
 * back; the error's `details` is the list of reasons `{rule, message, location, where}`
 * (shared/export/gate.ts). An `official` export with 定稿前应补齐 gaps not in `confirmedGaps` is
 * refused with EXPORT_UNCONFIRMED, `details` the unconfirmed gaps; a confirmed one is recorded in
 * the draft's history. `draft` is always allowed.
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
  /**
   * 打印: the paged preview of the draft on paper. Electron prints the print route itself
   * (`webContents.print`, A4, no margins added, the system's print dialog); the web bridge cannot,
   * so `printHere` tells the page to print the route (the browser's 打印). The same gate as the
   * exports: 导出前必须修改 problems refuse `official`/`web` (EXPORT_BLOCKED); a printout is not a
   * filed copy, so 定稿前应补齐 gaps are only counted in `toFix`.
   */
  'export.print': call(
    z.object({ id: DraftId, variant: ExportVariant.default('official') }).strict(),
    z.object({
      /** False when the clerk cancelled the print dialog (or nothing was printed here: `printHere`). */
      printed: z.boolean(),
      route: z.string(),
      printHere: z.boolean(),
      toFix: z.number().int(),
    }),
  ),
  /**
   * 打开所在文件夹: shows a file this session exported in the system's file manager (Electron's
   * `shell.showItemInFolder`). Any other path is refused; `shown` is false where there is no file
   * manager to show (the web bridge: the page offers a download link instead).
   */
  'export.reveal': call(z.object({ path: z.string().min(1).max(4_096) }).strict(), z.object({ shown: z.boolean() })),
};

/** The print route: only the preview's pages, with print CSS (A4, no margins). Electron prints it to PDF. */
export function previewRoute(id: string, variant: ExportVariant): string {
  return `#/draft/${id}/preview?variant=${variant}`;
}
