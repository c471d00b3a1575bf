/**
 * Records keyed by what people type (names, a host's question ids) are plain
 * objects, so a name such as "constructor" or "toString" would read the
 * object's inherited method instead of an entry. Every lookup by such a key
 * goes through `own`, which sees only the record's own entries.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when the record has its own entry under `key` (never an inherited one). */
export function hasOwn(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/**
 * Keys a record cannot hold: a JSON object or zod record drops `__proto__`
 * when it is read back, so an entry under it would vanish on the next load.
 * Names and ids are checked against this where they enter.
 */
export function isUnkeyable(key: string): boolean {
  return key === '__proto__';
}

/** True when two JSON-like values hold the same data, whatever the order of their keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      hasOwn(b as Record<string, unknown>, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
