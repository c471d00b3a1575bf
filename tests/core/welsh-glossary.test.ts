import { expect } from '@open-wc/testing';
import '../support/setup.js';
import type { Message } from '../../packages/core/src/index.js';
import { GLOSSARY, type GlossaryTerm } from '../../packages/core/src/i18n/glossary.js';
import { mutatedForms } from '../../packages/core/src/i18n/welsh-counts.js';
import { formsOf, textsIn, welshWithEnglish } from '../support/catalogue-texts.js';

/**
 * The glossary (core's i18n/glossary.ts) against every catalogue the
 * packages ship, found by tests/support/catalogue-texts.ts: each term used
 * the same way in every element, in Welsh and English, and nothing the
 * glossary rules out.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Placeholders are not words: “{value}” is not the English “value”. */
const words = (message: Message) =>
  formsOf(message)
    .map((form) => form.replace(/\{\w+\}/g, '…'))
    .join('\n');

function englishPatterns(term: GlossaryTerm): RegExp[] {
  return term.en.map((word) =>
    word instanceof RegExp
      ? new RegExp(word.source, `${word.flags.replace('g', '')}gm`)
      : new RegExp(`(?<![\\p{L}-])${escapeRegExp(word)}(?![\\p{L}-])`, 'giu'),
  );
}

/** A Welsh word or phrase in any mutation of its first word (and with h- before a vowel). */
function welshPattern(word: string | RegExp): RegExp {
  if (word instanceof RegExp) return new RegExp(word.source, `${word.flags.replace('g', '')}m`);
  const [first, ...rest] = word.toLowerCase().split(' ');
  const firsts = mutatedForms(first!);
  if (/^[aeiouwy]/.test(first!)) firsts.push(`h${first}`);
  const tail = rest.length ? ` ${rest.map(escapeRegExp).join(' ')}` : '';
  return new RegExp(`(?<![\\p{L}])(?:${firsts.map(escapeRegExp).join('|')})${tail}(?![\\p{L}])`, 'iu');
}

/** The terms an English text uses; a term inside a longer one (“agreed” in “agreed score”) is not counted. */
function termsIn(english: string): GlossaryTerm[] {
  const spans = GLOSSARY.flatMap((term) =>
    englishPatterns(term).flatMap((pattern) =>
      [...english.matchAll(pattern)].map((match) => ({ term, from: match.index!, to: match.index! + match[0].length })),
    ),
  );
  const kept = spans.filter(
    (span) =>
      !spans.some(
        (other) =>
          other !== span &&
          other.from <= span.from &&
          other.to >= span.to &&
          other.to - other.from > span.to - span.from,
      ),
  );
  return [...new Set(kept.map((span) => span.term))];
}

describe('The Welsh glossary', () => {
  it('is well formed: a unique id, Welsh to use and a confidence for every term', () => {
    expect(new Set(GLOSSARY.map((term) => term.id)).size).to.equal(GLOSSARY.length);
    for (const term of GLOSSARY) {
      expect(term.cy.length, term.id).to.be.greaterThan(0);
      expect(['H', 'M', 'L'], term.id).to.include(term.confidence);
    }
  });

  it('where the English uses a term, the Welsh at the same place uses the Welsh for it, in every catalogue', async () => {
    const pairs = await welshWithEnglish();
    expect(pairs.filter((pair) => pair.en !== undefined).length).to.be.greaterThan(1000);
    const problems: string[] = [];
    for (const { where, cy, en } of pairs) {
      if (en === undefined) continue;
      const welsh = words(cy);
      for (const term of termsIn(words(en))) {
        if (term.otherSenses?.some(([place]) => place.test(where))) continue;
        if (!term.cy.some((word) => welshPattern(word).test(welsh))) {
          problems.push(
            `${where}: the English says “${term.id}”, so the Welsh should use ${term.cy.map(String).join(' / ')}: “${welsh}”`,
          );
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('no Welsh text, in any catalogue, uses a word the glossary rules out', async () => {
    const problems: string[] = [];
    for (const { where, cy, en } of await welshWithEnglish()) {
      const welsh = words(cy);
      for (const term of GLOSSARY) {
        for (const avoid of term.avoidCy ?? []) {
          if (!new RegExp(avoid.source, `${avoid.flags.replace('g', '')}m`).test(welsh)) continue;
          if (term.avoidCyUnlessEn && en !== undefined && term.avoidCyUnlessEn.test(words(en))) continue;
          problems.push(`${where}: “${welsh}” matches ${avoid} (${term.id}: ${term.note})`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('no English text uses a word the glossary rules out', async () => {
    const problems: string[] = [];
    for (const { where, message } of await textsIn('en')) {
      for (const term of GLOSSARY) {
        for (const avoid of term.avoidEn ?? []) {
          if (avoid.test(words(message))) problems.push(`${where}: “${words(message)}” matches ${avoid} (${term.id})`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('names the game once (in the plain words and once in Easy Read), with its gloss, and the ladders and snakes columns say what they hold', async () => {
    const welsh = await textsIn('cy');
    const naming = welsh.filter((text) => /nadroedd ac ysgolion/i.test(words(text.message))).map((text) => text.where);
    expect(naming).to.deep.equal([
      'mark-scorer › markScorerCatalogues › * › intro',
      'mark-scorer › markScorerEasyRead › * › intro',
    ]);
    const say = (key: string) =>
      welsh.find((text) => text.where === `mark-scorer › markScorerCatalogues › * › ${key}`)!.message;
    expect(say('csv.ladders')).to.equal('Ysgolion (beth sy’n helpu)');
    expect(say('csv.snakes')).to.equal('Nadroedd (beth allai ein dal yn ôl)');
  });
});

/**
 * Welsh mutates a word after “â”, “i”, “gan”, “o” and the like (“i Gaerdydd”),
 * and a name or someone's words put into a sentence cannot take that
 * mutation. So a placeholder for words stands after a colon, in quotation
 * marks, or where nothing mutates it. Numbers (written in digits), web
 * addresses (“https…”) and dates (“1 Mawrth”) are safe anywhere.
 */
const MUTATING_WORDS = [
  'â',
  'ag',
  'a',
  'ac',
  'i',
  'o',
  'am',
  'ar',
  'at',
  'gan',
  'heb',
  'dan',
  'dros',
  'drwy',
  'trwy',
  'wrth',
  'hyd',
  'gyda',
  'tua',
  'ei',
  'fy',
  'dy',
  'yn',
  'dau',
  'dwy',
  'tri',
  'chwe',
  'pa',
  'na',
  'neu',
];
const SAFE_PLACEHOLDERS = new Set([
  'count',
  'total',
  'max',
  'room',
  'rows',
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
  'url',
  'date',
  'day',
  'year',
  'status', // status: an HTTP status code in feedback-form; a decision's status only follows a colon or starts the text
  'time',
  'budget',
  'each',
  'total',
  'left',
  'minutes',
  'seconds', // durations start with a number
]);

describe('Placeholders in Welsh', () => {
  it('no name or text is put straight after a word that would mutate it', async () => {
    const problems: string[] = [];
    const pattern = new RegExp(`(?<![\\p{L}’'])(${MUTATING_WORDS.join('|')}) \\{(\\w+)\\}`, 'giu');
    for (const { where, message } of await textsIn('cy')) {
      for (const form of formsOf(message)) {
        for (const match of form.matchAll(pattern)) {
          if (!SAFE_PLACEHOLDERS.has(match[2]!)) problems.push(`${where}: “${match[0]}” in “${form}”`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
