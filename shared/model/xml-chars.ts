/**
 * Characters a document may not carry because XML 1.0 cannot: every export (.docx parts, the
 * 网站公开版, PDF through LibreOffice) is XML, and one such character makes a part that is not
 * well-formed, which Word and LibreOffice refuse outright.
 *
 * XML 1.0 `Char` ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * So removed: C0 controls except tab, line feed and carriage return; U+FFFE and U+FFFF; and
 * surrogates not part of a pair (a JS string can hold one, UTF-8 cannot). Kept, because XML 1.0
 * allows them and a clerk's text may contain them legitimately or harmlessly: C1 controls
 * (U+007F–U+009F) and the noncharacters U+FDD0–U+FDEF and U+nFFFE/U+nFFFF above the BMP.
 *
 * Removed rather than replaced: they are never part of what a clerk meant to write (they arrive
 * from a damaged file or a paste of binary), and a visible replacement would be printed.
 *
 * Linear: one pass, no backtracking (each alternative matches one code unit).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_NOT_XML_CHAR = new RegExp(NOT_XML_CHAR.source);

export function hasNonXmlChars(text: string): boolean {
  return HAS_NOT_XML_CHAR.test(text);
}

/** `text` without the characters XML 1.0 forbids (the same string when there are none). */
export function stripNonXmlChars(text: string): string {
  return HAS_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, '') : text;
}

/**
 * Every string in a JSON-like value stripped, sharing whatever did not change. Recursive: for
 * values whose nesting is already bounded (a laid-out page, a call input past the depth check in
 * shared/contract/validate.ts).
 */
export function stripNonXmlDeep<T>(value: T): T {
  if (typeof value === 'string') return stripNonXmlChars(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = stripNonXmlDeep(value[i] as unknown);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let out: Record<string, unknown> | null = null;
    // Keys, not entries: a laid-out report is some 100,000 small objects, and a pair array per
    // property was a tenth of a cold `gongwen export`.
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      const s = stripNonXmlDeep(v);
      // defineProperty, not assignment: a key named "__proto__" stays a plain own key.
      if (s !== v)
        Object.defineProperty((out ??= { ...(value as Record<string, unknown>) }), k, {
          value: s,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return (out ?? value) as T;
  }
  return value;
}

/** Every character XML 1.0 forbids, one of each kind, for tests and the fuzzer. */
// Low surrogates before high ones: joined, the samples must not pair up into a valid character.
export const NON_XML_SAMPLES: readonly string[] = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000E',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uDC00',
  '\uDFFF',
  '\uD800',
  '\uDBFF',
];
