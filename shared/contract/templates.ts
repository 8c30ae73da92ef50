import { z } from 'zod';
import { Template } from '../model/template';
import { call } from './define';

export const templateCalls = {
  'templates.list': call(z.object({}).strict(), z.array(Template)),
};
