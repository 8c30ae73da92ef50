import { listTemplates } from '../../shared/templates';
import type { HandlerGroup } from './index';

export const templateHandlers: HandlerGroup<'templates.list'> = () => ({
  'templates.list': () => listTemplates(),
});
