/**
 * Trims that cost one pass. A regex such as /[\s。]+$/ is quadratic in V8 on a long run of those
 * characters that does not reach the end of the string — it retries the run from every position —
 * and an imported file or a paste decides what runs there are (a 60 KB line of spaces took 17 s).
 * So trailing (and leading) sets are trimmed here, one character at a time, never by a `+$` regex.
 *
 * `set` is a regex for ONE character, e.g. /[\s\u3000]/.
 */
export function trimEndChars(s: string, set: RegExp): string {
  let end = s.length;
  while (end > 0 && set.test(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function trimStartChars(s: string, set: RegExp): string {
  let start = 0;
  while (start < s.length && set.test(s[start]!)) start++;
  return start === 0 ? s : s.slice(start);
}

export function trimChars(s: string, set: RegExp): string {
  return trimEndChars(trimStartChars(s, set), set);
}
