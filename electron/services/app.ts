import type { HandlerGroup } from './handler';

export const appHandlers: HandlerGroup<'app.status'> = (ctx) => ({
  'app.status': () => ctx.storage.status,
});
