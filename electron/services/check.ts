import { checkReport } from '../../shared/check/index';
import { compileDictionary } from '../../shared/proofread/dictionary';
import type { HandlerGroup } from './handler';

/** The checker as the 检查 panel runs it: with the organ's 自定义词典, and a stored draft's 忽略. */
export const checkHandlers: HandlerGroup<'check.run'> = (ctx) => ({
  'check.run': (input) => {
    const dictionary = compileDictionary(ctx.storage.proofread.dictionary());
    if (!('id' in input)) return checkReport(input.doc, undefined, { dictionary });
    const { doc } = ctx.storage.drafts.get(input.id);
    return checkReport(doc, undefined, { dictionary, ignored: new Set(ctx.storage.proofread.ignored(input.id)) });
  },
});
