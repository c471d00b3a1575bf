/**
 * Records keyed by what people type (names, a host's question ids) are plain
 * objects, so a name such as "constructor" or "toString" would read the
 * object's inherited method instead of an entry. Every lookup by such a key
 * goes through `own`, which sees only the record's own entries.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** True when the record has its own entry under `key` (never an inherited one). */
export function hasOwn(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Keys a record cannot hold: a JSON object or zod record drops `__proto__`
 * when it is read back, so an entry under it would vanish on the next load.
 * Names and ids are checked against this where they enter.
 */
export function isUnkeyable(key: string): boolean {
  return key === '__proto__';
}
