import type { HandlerGroup } from './handler';

export const historyHandlers: HandlerGroup<'history.list' | 'history.get' | 'history.name' | 'history.restore'> = (ctx) => ({
  'history.list': ({ id }) => ctx.storage.history.list(id),
  'history.get': ({ id, revision }) => ctx.storage.history.get(id, revision),
  'history.name': ({ id, name, revision }) => ctx.storage.history.name(id, name, revision),
  'history.restore': ({ id, revision, baseRevision }) => ctx.storage.history.restore(id, revision, baseRevision),
});
