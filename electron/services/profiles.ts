import type { HandlerGroup } from './handler';

export const profileHandlers: HandlerGroup<'profiles.list' | 'profiles.save' | 'profiles.delete' | 'profiles.setDefault'> = (ctx) => ({
  'profiles.list': () => ctx.storage.profiles.list(),
  'profiles.save': (input) => ctx.storage.profiles.save(input),
  'profiles.delete': ({ id }) => {
    ctx.storage.profiles.remove(id);
    return { ok: true as const };
  },
  'profiles.setDefault': ({ id }) => ctx.storage.profiles.setDefault(id),
});
