/**
 * `gongwen export --set name=value`: header and colophon fields filled from text, for batch
 * work. Each name stands for a row of the field table (./table.ts): its value is read and checked
 * as the form reads and checks it; a value that would print wrong is refused in the words of the
 * rule it breaks, naming the field and the value.
 */
import { AppError } from '../errors';
import { ReportDocument } from '../model/document';
import { stripNonXmlChars } from '../model/xml-chars';
import { META_FIELD_NAMES } from './set-names';
import { fieldBySetName, labelAtPath, type HeaderField } from './table';
import { SET_MESSAGES } from './messages';

type Meta = ReportDocument['meta'];

function apply(meta: Meta, field: HeaderField, raw: string): Meta {
  const text = raw.trim();
  const problem = field.strict ? (field.setProblem ?? field.problem)(text, meta) : null;
  if (problem) throw new AppError(field.refusedAs ?? 'BAD_INPUT', SET_MESSAGES.refused(field.label, text, problem));
  return (field.set ?? field.parse)(meta, text);
}

/** "name=value" → [name, value]; the value may itself contain "=". */
export function parseAssignment(text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new AppError('BAD_INPUT', SET_MESSAGES.assignment(text));
  return [text.slice(0, eq).trim(), text.slice(eq + 1)];
}

/**
 * Apply `name=value` settings to a document's meta, in order. Unknown names, malformed values and
 * values too long for the model are refused with a Chinese message; the input is not modified.
 */
export function applyMetaFields(doc: ReportDocument, settings: readonly (readonly [string, string])[]): ReportDocument {
  // Nothing to set: the document is already valid, and validating 50,000 characters again is
  // most of what `gongwen export` without --set would spend here.
  if (settings.length === 0) return doc;
  let meta = doc.meta;
  for (const [name, value] of settings) {
    const field = fieldBySetName(name);
    if (!field) throw new AppError('BAD_INPUT', SET_MESSAGES.unknown(name, META_FIELD_NAMES));
    // Stripped before the field's own rules read it: a control character is never part of a name or a date.
    meta = apply(meta, field, stripNonXmlChars(value));
  }
  const next = { ...doc, meta };
  const parsed = ReportDocument.safeParse(next);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    const label = path[0] === 'meta' ? labelAtPath(path.slice(1).filter((k) => typeof k !== 'number').join('.')) : undefined;
    throw new AppError('BAD_INPUT', SET_MESSAGES.tooLong(label ?? SET_MESSAGES.someField));
  }
  return parsed.data;
}
