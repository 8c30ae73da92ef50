import { checkReport } from '../../shared/check/index';
import type { HandlerGroup } from './handler';

export const checkHandlers: HandlerGroup<'check.run'> = (ctx) => ({
  'check.run': (input) => checkReport('id' in input ? ctx.storage.drafts.get(input.id).doc : input.doc),
});
