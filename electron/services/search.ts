import type { HandlerGroup } from './index';

export const searchHandlers: HandlerGroup<'search.query'> = (ctx) => ({
  'search.query': ({ q, limit, ...filter }) => ctx.storage.search.query(q, filter, limit),
});
