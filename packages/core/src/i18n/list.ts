/**
 * Joins names the way a language does: "Sam, Ali and Jo". The browser's
 * Intl.ListFormat has no Welsh in Chromium (it says "Sam, Ali, and Jo"), so
 * the joining word comes from the catalogue. Welsh says "ac" before a vowel
 * ("Sam ac Ifan") and "a" otherwise ("Sam a Jo"); names are never mutated.
 */
export function joinList(names: readonly string[], words: { and: string; andBeforeVowel: string }): string {
  if (names.length < 2) return names.join('');
  const last = names[names.length - 1]!;
  const and = startsWithVowel(last) ? words.andBeforeVowel : words.and;
  return `${names.slice(0, -1).join(', ')} ${and} ${last}`;
}

/**
 * A vowel sound at the start, in Welsh spelling: a, e, i, o, u, y, with or
 * without accents, or w before a consonant ("Wmffra"); "Wil" and "Huw" start
 * with consonants. Numbers are said: 1 (un), 8 (wyth), 11 (un ar ddeg) and
 * the eighties (wyth deg…) start with a vowel. Other scripts count as consonants.
 * Quotation marks and brackets are not said: “ein-gem” starts with a vowel.
 */
function startsWithVowel(item: string): boolean {
  const word = item.replace(/^[\p{P}\s]+/u, '');
  if (/^\d+$/.test(word)) return /^(1|8|11|8\d)$/.test(word);
  const plain = word
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
  return /^[aeiouy]/.test(plain) || /^w[^aeiouwy]/.test(plain);
}
