/**
 * The bounded pieces the model's schemas are built from (zod/mini: each a schema and its checks,
 * built in one step; see shared/model/document.ts for why mini). One home, so a bound reads the
 * same in the document, the fixed tables and the templates.
 */
import * as z from 'zod/mini';

/** Text of at most `max` (and at least `min`) characters. */
export const text = (max: number, min = 0) => z.string().check(...(min ? [z.minLength(min)] : []), z.maxLength(max));

/** A whole number in [min, max]. */
export const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** A list of at most `max` (and at least `min`) items. */
export const list = <T extends z.ZodMiniType>(item: T, max: number, min = 0) =>
  z.array(item).check(...(min ? [z.minLength(min)] : []), z.maxLength(max));
