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
] as const;

export type CallNameList = (typeof CALL_NAMES)[number];
