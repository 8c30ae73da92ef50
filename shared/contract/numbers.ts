import { z } from 'zod';
import { DOC_NUMBER_LIMITS, DocNumber, Year } from '../model/document';
import { call } from './define';
import { DraftId } from './drafts';
import { CONTRACT_MESSAGES as M } from './messages';

export const TakeResult = z.object({
  number: DocNumber,
  /** Printed form, e.g. 互政〔2025〕12号 */
  text: z.string(),
  /** Numbers the draft held before and gave back (one draft carries one number). */
  released: z.array(z.string()),
  /** True when `keep` found the draft already holding a number: that one is answered, none taken. */
  kept: z.boolean().optional(),
});
export type TakeResult = z.infer<typeof TakeResult>;

export const RegisterEntry = z.object({
  seq: z.number().int(),
  text: z.string(),
  status: z.enum(['used', 'void', 'gap']),
  draftId: z.string().nullable(),
  draftTitle: z.string(),
  /** Where the holding draft is: open, in the 回收站, or permanently deleted. */
  holder: z.enum(['live', 'trash', 'gone']).nullable(),
  note: z.string(),
  updatedAt: z.string().nullable(),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

const Code = z.string().trim().min(1, M.codeEmpty).max(DOC_NUMBER_LIMITS.codeMax);

export const numberCalls = {
  /**
   * The next free number for (机关代字, year), given to the draft atomically. With `keep`, a draft
   * that already holds a number keeps it and gets it back (`kept`): a second click, or the same
   * click from two windows, cannot burn a number. Without it the draft's old number is released.
   */
  'numbers.take': call(z.object({ draftId: DraftId, code: Code, year: Year, keep: z.boolean().optional() }).strict(), TakeResult),
  /** A number typed by hand, e.g. 互政〔2025〕12号: checked, refused if used or void. */
  'numbers.assign': call(z.object({ draftId: DraftId, text: z.string().max(80) }).strict(), TakeResult),
  /** Give a number back; it becomes a gap. `draftId`: the draft releasing its own number. */
  'numbers.release': call(z.object({ number: DocNumber, draftId: DraftId.optional() }).strict(), z.object({ ok: z.literal(true) })),
  /** 作废: never handed out again. */
  'numbers.void': call(z.object({ number: DocNumber, note: z.string().max(200).default('') }).strict(), z.object({ ok: z.literal(true) })),
  'numbers.next': call(z.object({ code: Code, year: Year }).strict(), z.object({ seq: z.number().int(), text: z.string() })),
  /** The register of a year, per 机关代字, with gaps shown. */
  'numbers.list': call(
    z.object({ year: Year, code: Code.optional() }).strict(),
    z.array(z.object({ code: z.string(), year: z.number().int(), next: z.number().int(), entries: z.array(RegisterEntry) })),
  ),
};
