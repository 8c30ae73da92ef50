import { z } from 'zod';
import { call } from './define';
import { DraftStatus } from './drafts';

export const Segment = z.object({ text: z.string(), hit: z.boolean() });
export type Segment = z.infer<typeof Segment>;

export const SearchHit = z.object({
  draftId: z.string(),
  title: z.string(),
  year: z.number().int(),
  templateId: z.string(),
  status: DraftStatus,
  updatedAt: z.string(),
  /** How many sections of the draft match. */
  matches: z.number().int(),
  /** The section of the best match, to open at; null for the title or lead. */
  sectionId: z.string().nullable(),
  heading: z.string(),
  /** Text around the best match, with the matching parts marked. */
  snippet: z.array(Segment),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const searchCalls = {
  'search.query': call(
    z
      .object({
        q: z.string().max(200),
        year: z.number().int().optional(),
        templateId: z.string().max(64).optional(),
        status: DraftStatus.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    /** `mode`: 'fts' (trigram index) or 'like' (a term of one or two characters). */
    z.object({ mode: z.enum(['fts', 'like']), total: z.number().int(), hits: z.array(SearchHit) }),
  ),
};
