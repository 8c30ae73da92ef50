import { AppError } from '../../shared/errors';
import { getTemplate, newDocument } from '../../shared/templates';
import { organDefaults } from '../store/profiles';
import { defaultReportYear } from '../../shared/report-year';
import type { HandlerGroup } from './handler';
import { STORE_MESSAGES } from '../store/messages';

type DraftCall =
  | 'drafts.create'
  | 'drafts.list'
  | 'drafts.get'
  | 'drafts.save'
  | 'drafts.copy'
  | 'drafts.rename'
  | 'drafts.setStatus'
  | 'drafts.delete'
  | 'drafts.restore'
  | 'drafts.purge'
  | 'drafts.trash'
  | 'drafts.facets'
  | 'drafts.notes'
  | 'drafts.dismissNotes';

export const draftHandlers: HandlerGroup<DraftCall> = (ctx) => ({
  'drafts.create': ({ templateId, year, profileId }) => {
    const template = getTemplate(templateId);
    if (!template) throw new AppError('NOT_FOUND', STORE_MESSAGES.noTemplate(templateId));
    const profiles = ctx.storage.profiles;
    const profile = profileId === undefined ? profiles.getDefault() : profiles.get(profileId);
    const doc = newDocument(template, year ?? defaultReportYear(), organDefaults(profile));
    return ctx.storage.drafts.create(doc);
  },
  'drafts.list': (filter) => ctx.storage.drafts.list(filter),
  'drafts.get': ({ id }) => ctx.storage.drafts.get(id),
  'drafts.save': ({ id, baseRevision, doc }) => ctx.storage.drafts.save(id, baseRevision, doc),
  'drafts.copy': ({ id }) => ctx.storage.copyDraft(id),
  'drafts.rename': ({ id, title, baseRevision }) => ctx.storage.drafts.rename(id, title, baseRevision),
  'drafts.setStatus': ({ id, status }) => ctx.storage.drafts.setStatus(id, status),
  'drafts.delete': ({ id }) => ctx.storage.drafts.remove(id),
  'drafts.restore': ({ id }) => ctx.storage.drafts.restore(id),
  'drafts.purge': async ({ id }) => {
    // The draft and its whole history leave the database: a whole-file backup first, so a wrong
    // click can still be undone from 设置 › 备份 (the 回收站 was the last step before this).
    ctx.storage.drafts.get(id);
    await ctx.storage.backupNow('purge');
    ctx.storage.drafts.purge(id);
    return { ok: true as const };
  },
  'drafts.trash': () => ctx.storage.drafts.trash(),
  'drafts.facets': () => ctx.storage.drafts.facets(),
  'drafts.notes': ({ id }) => ({ notes: ctx.storage.drafts.notes(id) }),
  'drafts.dismissNotes': ({ id }) => {
    ctx.storage.drafts.dismissNotes(id);
    return { ok: true as const };
  },
});
