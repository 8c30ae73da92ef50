import { z } from 'zod';
import { ReportDocument, SavableDocument, Year } from '../model/document';
import { call } from './define';
import { CONTRACT_MESSAGES as M } from './messages';

export const DraftId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, M.draftId);

export const DraftStatus = z.enum(['草稿', '已定稿', '已印发']);
export type DraftStatus = z.infer<typeof DraftStatus>;

/** Where a draft came from: 导入 (a file), 由…滚动 (last year's draft rolled forward), 复制. */
export const DraftOrigin = z.object({
  kind: z.enum(['import', 'rollover', 'copy']),
  /** The file name, or the source draft's title. */
  from: z.string(),
  /** The source's reported year (a roll-forward). */
  year: z.number().int().nullable(),
});
export type DraftOrigin = z.infer<typeof DraftOrigin>;

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
  /** When it was moved to the 回收站; null (or absent) for a live draft. */
  deletedAt: z.string().nullable().optional(),
  /** Null (or absent) for a draft made from a template. */
  origin: DraftOrigin.nullable().optional(),
  /** The 发文字号 the register gives this draft, printed (互政〔2025〕3号); null when none. */
  docNumber: z.string().nullable().optional(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const DraftRecord = DraftSummary.extend({ doc: ReportDocument });
export type DraftRecord = z.infer<typeof DraftRecord>;

/** A 发文字号 in the saved document that the register gives to another draft (the save still happened). */
export const NumberWarning = z.object({ text: z.string(), message: z.string() });

export const SaveResult = z.object({ revision: z.number().int(), updatedAt: z.string(), numberWarning: NumberWarning.optional() });

/** A suspected tampered or spam phrase found in an imported file (shared/proofread/suspect.ts). */
export const SuspectNote = z.object({ where: z.string().max(200), phrase: z.string().max(200), excerpt: z.string().max(400) });

/**
 * What the clerk should read after an import or a roll-forward, kept with the draft until she
 * dismisses it: the importer's 请留意 items, the headings that fill no part, the roll-forward's
 * summary, and text that looks tampered with.
 */
export const DraftNotes = z.object({
  /** The file name, or what the draft was made from. */
  source: z.string().max(1_000),
  warnings: z.array(z.string().max(2_000)).max(500),
  unmapped: z.array(z.object({ id: z.string(), level: z.number().int(), heading: z.string() })).max(500),
  rollover: z.array(z.string().max(2_000)).max(100).optional(),
  suspects: z.array(SuspectNote).max(200).optional(),
});
export type DraftNotes = z.infer<typeof DraftNotes>;

export const draftCalls = {
  'drafts.create': call(
    z
      .object({
        templateId: z.string().min(1).max(64),
        /** The reported year; by default the year just ended in January–March, else the current one (shared/report-year.ts). */
        year: z.optional(Year),
        /** Organ profile to fill the header from; the default profile when absent. */
        profileId: z.number().int().optional(),
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
  /** The document within the per-draft limits (shared/model/limits.ts); the editor checks the same before sending. */
  'drafts.save': call(z.object({ id: DraftId, baseRevision: z.number().int().min(0), doc: SavableDocument }).strict(), SaveResult),
  /** A new draft with the same content (the 发文字号 stays with the original). */
  'drafts.copy': call(z.object({ id: DraftId }).strict(), DraftRecord),
  'drafts.rename': call(
    z
      .object({ id: DraftId, title: z.string().trim().min(1, M.titleEmpty).max(500), baseRevision: z.number().int().min(0).optional() })
      .strict(),
    SaveResult,
  ),
  'drafts.setStatus': call(z.object({ id: DraftId, status: DraftStatus }).strict(), DraftSummary),
  /** Into the 回收站 (soft delete). */
  'drafts.delete': call(z.object({ id: DraftId }).strict(), DraftSummary),
  /** Out of the 回收站. */
  'drafts.restore': call(z.object({ id: DraftId }).strict(), DraftSummary),
  /** Permanent delete, only from the 回收站; `confirm` makes an accidental call impossible. */
  'drafts.purge': call(z.object({ id: DraftId, confirm: z.literal(true) }).strict(), z.object({ ok: z.literal(true) })),
  'drafts.trash': call(z.object({}).strict(), z.array(DraftSummary)),
  /** Years and templates present among live drafts, for the filter menus. */
  /** The notes of the draft's import or roll-forward; null when it has none or they were dismissed. */
  'drafts.notes': call(z.object({ id: DraftId }).strict(), z.object({ notes: DraftNotes.nullable() })),
  /** 知道了: the notes are not shown again (they stay in the file, as the draft's record). */
  'drafts.dismissNotes': call(z.object({ id: DraftId }).strict(), z.object({ ok: z.literal(true) })),
  'drafts.facets': call(z.object({}).strict(), z.object({ years: z.array(z.number().int()), templateIds: z.array(z.string()) })),
};
