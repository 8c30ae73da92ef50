/**
 * Looking up a name someone else chose (a `--set` field, a font family, a section id, a call
 * name) in a plain object: only the object's own keys count. `FIELDS['__proto__']` is
 * Object.prototype and `FIELDS['constructor']` is a function, and treating either as an entry
 * turns a typo into "程序内部出错（TypeError…）".
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record for keys that come from input: no prototype, so no key is special. */
export function keyedRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
