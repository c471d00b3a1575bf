// Words as people type them, in a form or a spreadsheet's cells: matched and split the same way in both.

/** Lower case without accents, so "ty" finds "Tŷ" and "cafe" finds "café". */
export function fold(text: string): string {
  // Most text is plain ASCII, which has no accents to take off.
  const plain = /^\p{ASCII}*$/u.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.toLowerCase();
}

/** Lines of "you said": each a quote or a web address. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Tags from a comma-separated list, each once whatever its case or accents. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(fold(tag))) {
      seen.add(fold(tag));
      tags.push(tag);
    }
  }
  return tags;
}
