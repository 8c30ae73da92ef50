/**
 * Reading a document back from the database. It passed the contract when it was saved, but the
 * schema's limits can tighten in a later version: a stored draft that no longer passes must still
 * open (the clerk then sees exactly what to fix, and saving resumes once it is fixed), never turn
 * into "程序内部出错". Only a document that is not a document at all is refused.
 */
import { AppError } from '../../shared/errors';
import { ReportDocument, SCHEMA_VERSION } from '../../shared/model/document';
import { STORE_MESSAGES } from './messages';
import { sectionDepth } from '../../shared/model/limits';

/**
 * The deepest stored draft still opened leniently: far above the schema's limit (drafts saved
 * before it existed), far below where the recursive walks over the tree run out of stack.
 */
const STORED_DEPTH_CAP = 100;

export function readStoredDocument(json: string): ReportDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('DB_CORRUPT', STORE_MESSAGES.docUnreadable);
  }
  const strict = ReportDocument.safeParse(raw);
  if (strict.success) return strict.data;
  const doc = raw as Partial<ReportDocument> | null;
  const shaped =
    typeof doc === 'object' &&
    doc !== null &&
    doc.schemaVersion === SCHEMA_VERSION &&
    typeof doc.meta === 'object' &&
    doc.meta !== null &&
    Array.isArray(doc.lead) &&
    Array.isArray(doc.body);
  if (!shaped) throw new AppError('DB_CORRUPT', STORE_MESSAGES.docUnreadable);
  // Read leniently, but not so deep that walking it (numbering, checker, layout, search) would
  // overflow the stack: such a row never came from a save (a crafted data package, say).
  const attachments: unknown = doc.meta?.attachments;
  const lists = [doc.body, ...(Array.isArray(attachments) ? attachments.map((a) => (a as { blocks?: unknown } | null)?.blocks) : [])];
  if (lists.some((b) => sectionDepth(b, STORED_DEPTH_CAP) > STORED_DEPTH_CAP)) throw new AppError('DB_CORRUPT', STORE_MESSAGES.docUnreadable);
  return doc as ReportDocument;
}
