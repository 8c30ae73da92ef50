/** 公文校对's stored data: 设置 › 自定义词典 and 忽略 per draft (electron/store/proofread.ts). */
import type { HandlerGroup } from './handler';

export const proofreadHandlers: HandlerGroup<
  'dictionary.list' | 'dictionary.save' | 'dictionary.delete' | 'proofread.ignored' | 'proofread.ignore' | 'proofread.unignore'
> = (ctx) => ({
  'dictionary.list': () => ctx.storage.proofread.dictionary(),
  'dictionary.save': (input) => ctx.storage.proofread.saveEntry(input),
  'dictionary.delete': ({ id }) => {
    ctx.storage.proofread.removeEntry(id);
    return { ok: true as const };
  },
  'proofread.ignored': ({ draftId }) => ({ keys: ctx.storage.proofread.ignored(draftId) }),
  'proofread.ignore': ({ draftId, keys }) => ({ keys: ctx.storage.proofread.ignore(draftId, keys) }),
  'proofread.unignore': ({ draftId, keys }) => ({ keys: ctx.storage.proofread.unignore(draftId, keys) }),
});
