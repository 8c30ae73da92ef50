/**
 * The call names alone, with no schemas, so the sandboxed preload stays tiny (no zod). The
 * contract checks at compile time that this list and its map have exactly the same names.
 */
export const CALL_NAMES = [
  'templates.list',
  'drafts.create',
  'drafts.list',
  'drafts.get',
  'drafts.save',
  'export.docx',
  'check.run',
  'drafts.copy',
  'drafts.rename',
  'drafts.setStatus',
  'drafts.delete',
  'drafts.restore',
  'drafts.purge',
  'drafts.trash',
  'drafts.facets',
  'history.list',
  'history.get',
  'history.name',
  'history.restore',
  'profiles.list',
  'profiles.save',
  'profiles.delete',
  'profiles.setDefault',
  'numbers.take',
  'numbers.assign',
  'numbers.release',
  'numbers.void',
  'numbers.next',
  'numbers.list',
  'search.query',
  'backup.list',
  'backup.create',
  'backup.exportPackage',
  'backup.importPackage',
  'backup.restore',
  'app.status',
] as const;

export type CallNameList = (typeof CALL_NAMES)[number];
