import { z } from 'zod';
import { ReportDocument } from '../model/document';
import { CheckReport } from '../check/index';
import { DraftId } from './drafts';
import { call } from './define';

export const checkCalls = {
  /** Check a stored draft by id, or a document sent whole (e.g. unsaved, or from a file). */
  'check.run': call(z.union([z.object({ id: DraftId }).strict(), z.object({ doc: ReportDocument }).strict()]), CheckReport),
};
