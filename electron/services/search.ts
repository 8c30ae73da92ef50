import type { HandlerGroup } from './handler';

export const searchHandlers: HandlerGroup<'search.query'> = (ctx) => ({
  'search.query': ({ q, limit, ...filter }) => ctx.storage.search.query(q, filter, limit),
});
