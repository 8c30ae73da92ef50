/**
 * The header-fields form's view of THE field table (shared/header-fields/table.ts): which rows
 * the form shows, in which fieldset, typed or through the 发文字号 picker. Where each field lives
 * in doc.meta, how its text is read and stored and what is wrong with it are the table's, so the
 * form, `--set`, the checker and the completeness panel never disagree.
 */
import type { MetaField } from '../../../shared/check/types';
import {
  FINDING_FIELDS,
  HEADER_FIELDS,
  HEADER_GROUPS,
  type HeaderField,
  type HeaderFieldKey,
  type HeaderGroup,
} from '../../../shared/header-fields/table';

export type FieldKey = HeaderFieldKey;
export type FieldGroup = HeaderGroup;

/** A field the form shows. */
export interface FieldSpec extends HeaderField {
  key: FieldKey;
  group: FieldGroup;
}

const shown = (HEADER_FIELDS as readonly HeaderField[]).filter((f): f is FieldSpec => f.group !== undefined);

/** The fieldsets in order, with their names. */
export const GROUPS = Object.keys(HEADER_GROUPS) as FieldGroup[];

/** Fields typed as text. */
export const FIELDS: readonly FieldSpec[] = shown.filter((f) => f.input !== 'picker');

/**
 * Fields that are not typed as text. The 发文字号 goes through the register (the picker in
 * renderer/src/register), so a number is never stored without being checked and registered; it
 * shows first in its group.
 */
export const PICKER_FIELDS: readonly FieldSpec[] = shown.filter((f) => f.input === 'picker');

/** The input a checker finding about `field` should focus. */
export function fieldForFinding(field: MetaField): FieldKey {
  return FINDING_FIELDS[field].key;
}

export const fieldInputId = (key: FieldKey) => `gw-field-${key}`;
