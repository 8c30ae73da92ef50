/**
 * Import of last year's report (.docx/.txt) as a new draft, and rolling a draft forward into a
 * new year's draft. The source (file or draft) is never changed.
 */
import { z } from 'zod';
import { Year } from '../model/document';
import { DraftId, DraftRecord } from './drafts';
import { call } from './define';
import { CONTRACT_MESSAGES as M } from './messages';

/** Names one import so the page can ask how it goes and cancel it (the page makes it up). */
export const ImportJobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, M.importJobId);
/** unzip → parse → read → arrange (shared/import/build.ts); 'waiting' before the file has arrived. */
export const ImportStage = z.enum(['waiting', 'unzip', 'parse', 'read', 'arrange']);

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
        year: z.optional(Year),
        /** Organ profile to fill what the file leaves out; default profile when absent. */
        profileId: z.number().int().optional(),
        /** Lets drafts.importProgress and drafts.importCancel find this import. */
        jobId: ImportJobId.optional(),
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
  /**
   * How far an import has got. The file is read off the main thread, so this answers while the
   * import runs. `running` is false before the import has started and after it has ended.
   */
  'drafts.importProgress': call(
    z.object({ jobId: ImportJobId }).strict(),
    z.object({ running: z.boolean(), stage: ImportStage, elapsedMs: z.number().int().nonnegative() }),
  ),
  /**
   * 取消 an import: its worker is stopped and nothing is created; drafts.import answers with
   * CANCELLED. A cancel that arrives before its import does stops that import when it arrives.
   */
  'drafts.importCancel': call(z.object({ jobId: ImportJobId }).strict(), z.object({ cancelled: z.boolean() })),
  /** 以往年报告为模板新建: a new draft for `year` (default: the source's year + 1). */
  'drafts.rollover': call(
    z.object({ id: DraftId, year: z.optional(Year) }).strict(),
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
