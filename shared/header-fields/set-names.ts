/**
 * The names `gongwen export --set name=value` accepts, in the order the help and the messages
 * list them. Documented, used by scripts outside the app: extend, never rename. `header` is the
 * 发文机关标志 and `organ` the 署名 (the field table, ./table.ts, says so under clearer keys).
 *
 * A list of its own so that `gongwen --help` can name them without loading the document model;
 * every name belongs to exactly one row of the field table (test/unit/header-fields.test.ts).
 */
export const META_FIELD_NAMES = [
  'header',
  'docNumber',
  'signers',
  'addressee',
  'organ',
  'date',
  'cc',
  'printedBy',
  'printedDate',
  'title',
  'year',
  'note',
  'sealed',
  'direction',
  'copyNo',
  'secrecy',
  'urgency',
  'organFullName',
  'organCode',
] as const;

export type MetaFieldName = (typeof META_FIELD_NAMES)[number];
