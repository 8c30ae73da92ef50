import { z } from 'zod';
import { DraftId } from './drafts';
import { call } from './define';

export const ExportVariant = z.enum(['official', 'web', 'draft']);
export type ExportVariant = z.infer<typeof ExportVariant>;

export const exportCalls = {
  'export.docx': call(
    z.object({ id: DraftId, variant: ExportVariant.default('official') }).strict(),
    /** `path` is null when the clerk cancelled the save dialog. */
    z.object({ path: z.string().nullable(), fileName: z.string(), bytes: z.number().int() }),
  ),
};
