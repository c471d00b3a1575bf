import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { formatMessage, type Message, type PluralMessage } from '../../packages/core/src/index.js';
import {
  afterNumber,
  COUNTED_NOUNS,
  mutate,
  mutatedForms,
  type CountedNoun,
} from '../../packages/core/src/i18n/welsh-counts.js';
import { formsOf, textsIn } from '../support/catalogue-texts.js';

/**
 * Welsh counts, checked against the one policy in core's welsh-counts.ts
 * (soft mutation after 2, aspirate after masculine 3 and after 6, "o" and
 * the plural for 0 and every other number; units singular throughout).
 */

const COUNTS = [0, 1, 2, 3, 6, 20] as const;
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const welshRules = new Intl.PluralRules('cy');

/** Placeholders that hold the number being counted: set to the count. */
const COUNTED = new Set(['count', 'rows']);
/** Placeholders that hold some other number: set to 20 (they cannot choose a form, so must read right for any number). */
const NUMBERS = new Set([
  'total',
  'max',
  'room',
  'row',
  'fallback',
  'number',
  'people',
  'version',
  'position',
  'percent',
  'for',
  'against',
  'abstained',
  'lowest',
  'middle',
  'highest',
  'score',
  'from',
  'to',
]);
/** Words that may follow a number without being a counted noun: "{count} o {total}", "Dydy 3 ddim", "10 y cant". */
const NOT_NOUNS = new Set([
  'o',
  'o’r',
  'ddim',
  'arall',
  'yn',
  'wedi',
  'wedi’i',
  'wedi’u',
  'heb',
  'i',
  'y',
  'yr',
  'ar',
  'allan',
  'mb',
  'neu',
  'a',
  'ac',
  'cyntaf',
  'olaf',
  'blaid', // "o blaid": in favour
  'o’n', // "fersiwn 20 o’n cytundeb": of our
  'o’u', // "1 o’u 3 pheth": of their
  'nawr', // "rhif 20 nawr": now
  'ie', // "Dywedodd 20 ie": yes
  'na', // "Dywedodd 20 na": no
]);

/** A message's text with its placeholders filled: numbers as numbers, anything else as ‹name›, which nothing can mutate. */
function fill(message: Message, count: number): string {
  const params: Record<string, string | number> = {};
  for (const form of formsOf(message)) {
    for (const [, name] of form.matchAll(/\{(\w+)\}/g)) {
      params[name!] = COUNTED.has(name!) ? count : NUMBERS.has(name!) ? 20 : `‹${name}›`;
    }
  }
  return formatMessage('cy', message, { count, ...params });
}

interface Found {
  noun: CountedNoun;
  /** What follows the number, as written. */
  written: string;
}

const letters = "[\\p{L}’']";

/** The counted noun right after a number ("o" first or not), in any mutation, singular or plural. */
function nounAfter(rest: string): Found | null {
  for (const noun of COUNTED_NOUNS) {
    const forms = [...mutatedForms(noun.singular), ...mutatedForms(noun.plural)];
    for (const form of forms) {
      const match = new RegExp(`^((?:o )?${form})(?!${letters})`, 'iu').exec(rest);
      if (match) return { noun, written: match[1]! };
    }
  }
  return null;
}

/**
 * Every number in `text` and what follows it, checked against the policy
 * for that number's category. Returns the problems found.
 */
function problemsWithNumbers(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d])/g)) {
    const number = Number(match[1]!.replace(/,/g, ''));
    const category = welshRules.select(number);
    const rest = text.slice(match.index! + match[0].length).replace(/^ /, '');
    if (!/^\p{L}/u.test(rest)) continue; // a stop, a comma, a placeholder, a unit sign: no noun here
    const found = nounAfter(rest);
    if (found) {
      const expected = afterNumber(found.noun, category);
      if (found.written.toLowerCase() !== expected) {
        problems.push(`“${number} ${found.written}” should be “${number} ${expected}” (${category}) in “${text}”`);
      }
      continue;
    }
    const [word] = /^[\p{L}’']+/u.exec(rest)!;
    if (!NOT_NOUNS.has(word.toLowerCase())) {
      problems.push(
        `“${number} ${word}” in “${text}”: add “${word}” to COUNTED_NOUNS (welsh-counts.ts) with its plural and gender, or to NOT_NOUNS here if it is not a noun`,
      );
    } else if (word === 'o') {
      const next = /^o ([\p{L}’']+)/u.exec(rest)?.[1];
      if (next && !NOT_NOUNS.has(next.toLowerCase()))
        problems.push(`“${number} o ${next}” in “${text}”: “${next}” is not a counted noun we know`);
    }
  }
  return problems;
}

describe('Welsh counts', () => {
  it('this browser has all six Welsh plural categories (0 zero, 1 one, 2 two, 3 few, 6 many, 20 other)', () => {
    expect(welshRules.resolvedOptions().pluralCategories).to.have.members([...CATEGORIES]);
    expect(COUNTS.map((count) => welshRules.select(count))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('the policy itself: soft after 2, aspirate after masculine 3 and after 6, “o” and the plural otherwise', () => {
    const noun = (singular: string) => COUNTED_NOUNS.find((each) => each.singular === singular)!;
    const say = (singular: string) => CATEGORIES.map((category) => afterNumber(noun(singular), category));
    expect(say('penderfyniad')).to.deep.equal([
      'o benderfyniadau',
      'penderfyniad',
      'benderfyniad',
      'phenderfyniad',
      'phenderfyniad',
      'o benderfyniadau',
    ]);
    expect(say('person')).to.deep.equal(['o bobl', 'person', 'berson', 'pherson', 'pherson', 'o bobl']);
    expect(say('problem')).to.deep.equal(['o broblemau', 'broblem', 'broblem', 'problem', 'phroblem', 'o broblemau']);
    expect(say('munud')).to.deep.equal(['munud', 'munud', 'funud', 'munud', 'munud', 'munud']);
    expect(say('llinell')).to.deep.equal(['o linellau', 'llinell', 'linell', 'llinell', 'llinell', 'o linellau']);
    expect(mutate('gweithgaredd', 'soft')).to.equal('weithgaredd');
    expect(mutate('llun', 'aspirate')).to.equal('llun');
    expect(mutate('cofnod', 'nasal')).to.equal('nghofnod');
  });

  it('every Welsh plural message has all six forms, and English only “one” and “other”', async () => {
    const incomplete = (await textsIn('cy'))
      .filter((text) => typeof text.message !== 'string')
      .filter((text) => CATEGORIES.some((category) => typeof (text.message as PluralMessage)[category] !== 'string'))
      .map((text) => text.where);
    expect(incomplete, 'Welsh plural messages without all six forms').to.deep.equal([]);
    const english = (await textsIn('en'))
      .filter((text) => typeof text.message !== 'string')
      .filter((text) => Object.keys(text.message).sort().join() !== 'one,other')
      .map((text) => text.where);
    expect(english, 'English plural messages with forms other than one and other').to.deep.equal([]);
  });

  it('every counted Welsh string, at 0, 1, 2, 3, 6 and 20, uses the form for its category, and its noun follows the policy', async () => {
    const plurals = (await textsIn('cy')).filter((text) => typeof text.message !== 'string');
    expect(plurals.length).to.be.greaterThan(20);
    const problems: string[] = [];
    for (const { where, message } of plurals) {
      for (const count of COUNTS) {
        const category = welshRules.select(count);
        const form = (message as PluralMessage)[category];
        if (typeof form !== 'string') {
          problems.push(`${where}: no “${category}” form for ${count}`);
          continue;
        }
        const said = fill(message, count);
        // formatMessage chose the form for this category, not a fallback.
        expect(said, `${where} at ${count}`).to.equal(fill(form, count));
        problems.push(...problemsWithNumbers(said).map((problem) => `${where} at ${count}: ${problem}`));
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('numbers written into Welsh strings, or put in by the page, follow the same policy', async () => {
    const problems: string[] = [];
    for (const { where, message } of await textsIn('cy')) {
      if (typeof message !== 'string') continue;
      // A plain string cannot choose a form, so whatever number is put in, it must read right as "other" (20).
      problems.push(...problemsWithNumbers(fill(message, 20)).map((problem) => `${where}: ${problem}`));
    }
    expect(problems).to.deep.equal([]);
  });

  it('a plain string with a count in it is a plural message when a noun follows the count', async () => {
    const plain = (await textsIn('cy')).filter(
      (text) => typeof text.message === 'string' && /\{(count|rows)\}/.test(text.message),
    );
    const withNoun = plain.filter((text) => {
      const rest = (text.message as string).split(/\{(?:count|rows)\}/)[1]!.replace(/^ /, '');
      return nounAfter(rest) !== null;
    });
    expect(withNoun.map((text) => text.where)).to.deep.equal([]);
  });
});
