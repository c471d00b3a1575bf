/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number (`basis` and `prime` vary it). */
export function fnv1a(text: string, basis = 0x811c9dc5, prime = 0x01000193): number {
  let hash = basis;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), prime);
  return hash >>> 0;
}
