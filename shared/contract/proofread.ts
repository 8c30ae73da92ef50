/**
 * 公文校对's stored data over the bridge: 设置 › 自定义词典 (the organ's accepted and banned
 * words) and 忽略 per finding and per draft.
 */
import { z } from 'zod';
import { DictionaryEntry, DictionarySave } from '../proofread/dictionary';
import { DraftId } from './drafts';
import { call } from './define';

/** A finding's key (shared/proofread `findingKey`): rule, place, and the characters with a little text around them. */
export const IgnoreKey = z.string().min(1).max(1_000);
/** How many keys one call carries (全部忽略 of a long list still fits). */
const MAX_KEYS_PER_CALL = 1_000;

const Ignored = z.object({ keys: z.array(z.string()) });

export const proofreadCalls = {
  'dictionary.list': call(z.object({}).strict(), z.array(DictionaryEntry)),
  /** Create (no id) or update one entry; a term already in the dictionary is refused (CONFLICT). */
  'dictionary.save': call(DictionarySave, DictionaryEntry),
  'dictionary.delete': call(z.object({ id: z.number().int() }).strict(), z.object({ ok: z.literal(true) })),
  'proofread.ignored': call(z.object({ draftId: DraftId }).strict(), Ignored),
  'proofread.ignore': call(z.object({ draftId: DraftId, keys: z.array(IgnoreKey).min(1).max(MAX_KEYS_PER_CALL) }).strict(), Ignored),
  /** 恢复提示: the given keys, or every key of the draft when `keys` is absent. */
  'proofread.unignore': call(z.object({ draftId: DraftId, keys: z.array(IgnoreKey).max(MAX_KEYS_PER_CALL).optional() }).strict(), Ignored),
};
