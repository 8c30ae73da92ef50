import { AppError } from '../../shared/errors';
import { getTemplate, newDocument } from '../../shared/templates';
import type { HandlerGroup } from './index';

/** Reports are written in the first quarter about the year before. */
export function defaultReportYear(now = new Date()): number {
  return now.getFullYear() - 1;
}

export const draftHandlers: HandlerGroup<'drafts.create' | 'drafts.list' | 'drafts.get' | 'drafts.save'> = (ctx) => ({
  'drafts.create': ({ templateId, year }) => {
    const template = getTemplate(templateId);
    if (!template) throw new AppError('NOT_FOUND', `找不到模板：${templateId}`);
    const doc = newDocument(template, year ?? defaultReportYear(), { fullName: '', headerText: '', code: '' });
    return ctx.drafts.create(doc);
  },
  'drafts.list': (filter) => ctx.drafts.list(filter),
  'drafts.get': ({ id }) => ctx.drafts.get(id),
  'drafts.save': ({ id, baseRevision, doc }) => ctx.drafts.save(id, baseRevision, doc),
});
