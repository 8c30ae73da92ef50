/**
 * The names `gongwen export --set name=value` accepts, in the order the help and the messages
 * list them. A list of its own so that `gongwen --help` can name them without loading the document
 * model; shared/meta-fields.ts defines exactly these (its table is typed by this list).
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
] as const;

export type MetaFieldName = (typeof META_FIELD_NAMES)[number];
