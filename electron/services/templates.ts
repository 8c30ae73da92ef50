import { listTemplates } from '../../shared/templates';
import type { HandlerGroup } from './handler';

export const templateHandlers: HandlerGroup<'templates.list'> = () => ({
  'templates.list': () => listTemplates(),
});
