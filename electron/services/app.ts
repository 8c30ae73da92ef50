import type { HandlerGroup } from './index';

export const appHandlers: HandlerGroup<'app.status'> = (ctx) => ({
  'app.status': () => ctx.storage.status,
});
