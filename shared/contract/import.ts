/**
 * Import of last year's report (.docx/.txt) as a new draft, and rolling a draft forward into a
 * new year's draft. The source (file or draft) is never changed.
 */
import { z } from 'zod';
import { Year } from '../model/document';
import { DraftId, DraftRecord } from './drafts';
import { call } from './define';

export const UnmappedHeading = z.object({ id: z.string(), level: z.number().int(), heading: z.string() });

export const importCalls = {
  /**
   * 导入 a .docx or .txt as a new draft. The file comes as base64 (the renderer reads it with a
   * file input, in Electron and in the browser alike); the bytes decide how it is read.
   */
  'drafts.import': call(
    z
      .object({
        fileName: z.string().min(1).max(260),
        /** Up to 50 MB of file (the importer's own limit says so in Chinese beyond that). */
        dataBase64: z.string().min(1).max(70_000_000),
        templateId: z.string().min(1).max(64).optional(),
        /** Reported year, when the file does not say. */
        year: Year.optional(),
        /** Organ profile to fill what the file leaves out; default profile when absent. */
        profileId: z.number().int().optional(),
        /** 规范标点: apply the safe punctuation fixes (shared/proofread/normalize.ts); the notes say what changed. */
        normalizePunct: z.boolean().optional(),
      })
      .strict(),
    z.object({
      draft: DraftRecord,
      /** Notes for the clerk, in Chinese: what was dropped, missing or renumbered. */
      warnings: z.array(z.string()),
      /** First-level headings that fill no template slot (they stay in the draft). */
      unmapped: z.array(UnmappedHeading),
    }),
  ),
  /** 以往年报告为模板新建: a new draft for `year` (default: the source's year + 1). */
  'drafts.rollover': call(
    z.object({ id: DraftId, year: Year.optional() }).strict(),
    z.object({
      draft: DraftRecord,
      warnings: z.array(z.string()),
      stats: z.object({
        yearsMoved: z.number().int(),
        yearsKept: z.number().int(),
        yearChecks: z.number().int(),
        figures: z.number().int(),
        plans: z.number().int(),
      }),
    }),
  ),
};
