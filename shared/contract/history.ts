import { z } from 'zod';
import { ReportDocument } from '../model/document';
import { call } from './define';
import { DraftId, SaveResult } from './drafts';
import { CONTRACT_MESSAGES as M } from './messages';

export const RevisionKind = z.enum(['create', 'auto', 'before', 'named', 'restore']);

export const RevisionInfo = z.object({
  revision: z.number().int(),
  kind: RevisionKind,
  /** The clerk's name for it, e.g. 送审稿. */
  name: z.string().nullable(),
  note: z.string(),
  title: z.string(),
  chars: z.number().int(),
  createdAt: z.string(),
});
export type RevisionInfo = z.infer<typeof RevisionInfo>;

const Revision = z.number().int().min(1);
/** A version's name is a short label (送审稿, 常务会审议稿). */
const VERSION_NAME_CHARS = 40;

export const historyCalls = {
  'history.list': call(
    z.object({ id: DraftId }).strict(),
    z.object({
      current: z.object({ revision: z.number().int(), updatedAt: z.string(), title: z.string(), chars: z.number().int() }),
      versions: z.array(RevisionInfo),
    }),
  ),
  /** One version, to read (not to edit). */
  'history.get': call(
    z.object({ id: DraftId, revision: Revision }).strict(),
    RevisionInfo.extend({ doc: ReportDocument, current: z.boolean() }),
  ),
  /** Name a version; without `revision`, the current state. */
  'history.name': call(
    z
      .object({
        id: DraftId,
        name: z.string().trim().min(1, M.versionNameEmpty).max(VERSION_NAME_CHARS, M.versionNameTooLong(VERSION_NAME_CHARS)),
        revision: Revision.optional(),
      })
      .strict(),
    RevisionInfo,
  ),
  /** Make an old version current again, as a new revision; `baseRevision` is what the editor holds. */
  'history.restore': call(
    z.object({ id: DraftId, revision: Revision, baseRevision: z.number().int().min(0) }).strict(),
    SaveResult.extend({ doc: ReportDocument }),
  ),
};
