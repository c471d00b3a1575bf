/**
 * A short random id. crypto.randomUUID only exists on https pages, and many
 * intranets are plain http, so this uses getRandomValues, which works on both.
 */
export function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += (byte % 36).toString(36);
  return id;
}
