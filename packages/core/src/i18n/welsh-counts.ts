/**
 * Welsh after a number: the one policy every element's catalogue follows,
 * as data, so tests/core/welsh-counts.test.ts can check every plural message
 * (and every number written into a string) against it. Nothing here is
 * loaded by the elements: they only read the catalogues.
 *
 * The policy (also at the top of cy.ts and in WELSH-REGISTER.md):
 *
 * - 1 takes the singular ("1 penderfyniad"); a feminine noun is soft-mutated
 *   after "un", except ll and rh ("1 broblem", "1 rheol").
 * - 2 takes the soft-mutated singular, after "dau" and "dwy" alike
 *   ("2 benderfyniad", "2 berson", "2 funud").
 * - 3 takes the singular, aspirate-mutated after masculine "tri"
 *   ("3 phenderfyniad", "3 pherson"); feminine "tair" mutates nothing ("3 sgôr").
 * - 6 takes the aspirate-mutated singular ("6 phenderfyniad"): "chwe" mutates both genders.
 * - 0 and every other number (4, 5, 7 to 10, 11 and up, 20, 22…) take "o" and
 *   the plural, soft-mutated after "o" ("20 o benderfyniadau", "4 o bobl").
 *   That form is right whatever the number: "22 penderfyniad" would need the
 *   mutation "dau" causes, which a digit cannot show.
 * - Units (minutes, seconds, typed characters, letters) stay singular after
 *   every number, as on clocks and in GOV.UK Welsh ("20 munud", "Mae gennych
 *   chi 20 nod ar ôl"), with the same mutations after 1, 2, 3 and 6 ("2 funud").
 *
 * Every Welsh plural message spells out all six forms (zero, one, two, few,
 * many, other), even where some are the same, so a reviewer sees each one.
 * If a browser ever lacked Welsh plural rules it would fall back to `other`,
 * which under this policy is right for any number.
 */

export type Mutation = 'radical' | 'soft' | 'nasal' | 'aspirate';

/** Initial letters and what each mutation makes of them; two-letter ones first. */
const MUTATIONS: Readonly<Record<Exclude<Mutation, 'radical'>, ReadonlyArray<readonly [string, string]>>> = {
  soft: [
    ['ll', 'l'],
    ['rh', 'r'],
    ['p', 'b'],
    ['t', 'd'],
    ['c', 'g'],
    ['b', 'f'],
    ['d', 'dd'],
    ['g', ''],
    ['m', 'f'],
  ],
  nasal: [
    ['p', 'mh'],
    ['t', 'nh'],
    ['c', 'ngh'],
    ['b', 'm'],
    ['d', 'n'],
    ['g', 'ng'],
  ],
  aspirate: [
    ['p', 'ph'],
    ['t', 'th'],
    ['c', 'ch'],
  ],
};

/** A word with its first letter mutated: mutate('penderfyniad', 'aspirate') is 'phenderfyniad'. Lower case in, lower case out. */
export function mutate(word: string, mutation: Mutation): string {
  if (mutation === 'radical') return word;
  // "ll" and "rh" are letters of their own: "llun" is never soft-mutated as if it began with "l".
  const first = /^(ll|rh|ch|dd|ff|ng|ph|th)/.test(word) ? word.slice(0, 2) : word.slice(0, 1);
  const change = MUTATIONS[mutation].find(([from]) => from === first);
  return change ? change[1] + word.slice(first.length) : word;
}

/** Every form a word can take at its start: radical, soft, nasal, aspirate. */
export function mutatedForms(word: string): string[] {
  return [...new Set((['radical', 'soft', 'nasal', 'aspirate'] as const).map((mutation) => mutate(word, mutation)))];
}

/** A noun that is counted in a Welsh string. */
export interface CountedNoun {
  /** What it counts, in English. */
  en: string;
  singular: string;
  /** The form after "o" with a number: a plural, or "pobl" for people. */
  plural: string;
  gender: 'm' | 'f';
  /** Minutes, seconds, characters, letters: singular after every number. */
  unit?: true;
  /** Why this gender, where dictionaries allow both. */
  note?: string;
}

/** Every noun the catalogues count. A test fails on a noun after a number that is not here, so add it. */
export const COUNTED_NOUNS: readonly CountedNoun[] = [
  { en: 'decision', singular: 'penderfyniad', plural: 'penderfyniadau', gender: 'm' },
  { en: 'change (history entry)', singular: 'newid', plural: 'newidiadau', gender: 'm' },
  { en: 'person', singular: 'person', plural: 'pobl', gender: 'm' },
  { en: 'icebreaker (activity)', singular: 'gweithgaredd', plural: 'gweithgareddau', gender: 'm' },
  { en: 'score', singular: 'sgôr', plural: 'sgorau', gender: 'f' },
  { en: 'mark (of co-production)', singular: 'nodwedd', plural: 'nodweddion', gender: 'f' },
  { en: 'answer', singular: 'ateb', plural: 'atebion', gender: 'm' },
  { en: 'version', singular: 'fersiwn', plural: 'fersiynau', gender: 'f' },
  { en: 'name', singular: 'enw', plural: 'enwau', gender: 'm' },
  { en: 'tag', singular: 'tag', plural: 'tagiau', gender: 'm' },
  { en: 'line', singular: 'llinell', plural: 'llinellau', gender: 'f' },
  { en: 'value', singular: 'gwerth', plural: 'gwerthoedd', gender: 'm' },
  { en: 'problem', singular: 'problem', plural: 'problemau', gender: 'f' },
  {
    en: 'minute',
    singular: 'munud',
    plural: 'munudau',
    gender: 'm',
    unit: true,
    note: 'Both genders are in use; masculine ("1 munud", "dau funud") is the one in most style guides. "2 funud" either way.',
  },
  { en: 'second', singular: 'eiliad', plural: 'eiliadau', gender: 'f', unit: true },
  { en: 'character (typed)', singular: 'nod', plural: 'nodau', gender: 'm', unit: true },
  { en: 'letter (of a name)', singular: 'llythyren', plural: 'llythrennau', gender: 'f', unit: true },
  // In Easy Read, and in the built-in icebreakers' Easy Read steps (which write numbers as digits).
  { en: 'idea', singular: 'syniad', plural: 'syniadau', gender: 'm' },
  { en: 'label (a tag, in Easy Read)', singular: 'label', plural: 'labeli', gender: 'm' },
  { en: 'word', singular: 'gair', plural: 'geiriau', gender: 'm' },
  { en: 'thing', singular: 'peth', plural: 'pethau', gender: 'm' },
  { en: 'picture', singular: 'llun', plural: 'lluniau', gender: 'm' },
  { en: 'slide', singular: 'sleid', plural: 'sleidiau', gender: 'f' },
  { en: 'choice', singular: 'dewis', plural: 'dewisiadau', gender: 'm' },
  { en: 'hope', singular: 'gobaith', plural: 'gobeithion', gender: 'm' },
  { en: 'song', singular: 'cân', plural: 'caneuon', gender: 'f' },
  { en: 'question', singular: 'cwestiwn', plural: 'cwestiynau', gender: 'm' },
  { en: 'emoji', singular: 'emoji', plural: 'emojis', gender: 'm' },
];

/**
 * The words that follow a number of `noun` under the policy, for a number
 * in plural category `category` (Intl.PluralRules('cy')): "phenderfyniad"
 * for 3, "o benderfyniadau" for 20.
 */
export function afterNumber(noun: CountedNoun, category: Intl.LDMLPluralRule): string {
  switch (category) {
    case 'one':
      return noun.gender === 'f' && !/^(ll|rh)/.test(noun.singular) ? mutate(noun.singular, 'soft') : noun.singular;
    case 'two':
      return mutate(noun.singular, 'soft');
    case 'few':
      return noun.gender === 'm' ? mutate(noun.singular, 'aspirate') : noun.singular;
    case 'many':
      return mutate(noun.singular, 'aspirate');
    default:
      return noun.unit ? noun.singular : `o ${mutate(noun.plural, 'soft')}`;
  }
}
