import { z } from 'zod';
import { ReportDocument } from '../model/document';
import { call } from './define';

export const DraftId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, '草稿编号格式不正确');

export const DraftStatus = z.enum(['草稿', '已定稿', '已印发']);
export type DraftStatus = z.infer<typeof DraftStatus>;

export const DraftSummary = z.object({
  id: DraftId,
  title: z.string(),
  year: z.number().int(),
  templateId: z.string(),
  status: DraftStatus,
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Characters of body text, for the list. */
  chars: z.number().int(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const DraftRecord = DraftSummary.extend({ doc: ReportDocument });
export type DraftRecord = z.infer<typeof DraftRecord>;

export const draftCalls = {
  'drafts.create': call(
    z
      .object({
        templateId: z.string().min(1).max(64),
        /** The reported year; defaults to last calendar year (reports are filed in Q1). */
        year: z.number().int().min(1949).max(2999).optional(),
      })
      .strict(),
    DraftRecord,
  ),
  'drafts.list': call(
    z
      .object({
        year: z.number().int().optional(),
        templateId: z.string().max(64).optional(),
        status: DraftStatus.optional(),
      })
      .strict(),
    z.array(DraftSummary),
  ),
  'drafts.get': call(z.object({ id: DraftId }).strict(), DraftRecord),
  'drafts.save': call(
    z.object({ id: DraftId, baseRevision: z.number().int().min(0), doc: ReportDocument }).strict(),
    z.object({ revision: z.number().int(), updatedAt: z.string() }),
  ),
};
