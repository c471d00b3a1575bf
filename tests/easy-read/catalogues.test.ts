// Easy Read strings, icebreaker words and picture descriptions: present in
// both languages, different from the plain words they replace, only the
// placeholders the plain string is given, short sentences, no loaded words.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import {
  everyLanguage,
  sharedCatalogues,
  sharedEasyRead,
  SUPPORTED_LOCALES,
  type Catalogues,
  type EasyReadCatalogues,
  type Message,
} from '../../packages/core/src/index.js';
import { PICTURE_NAMES } from '../../packages/core/src/pictures/drawings.js';
import { markScorerCatalogues, markScorerEasyRead } from '../../packages/mark-scorer/src/index.js';
import {
  markScorerGuidance,
  markScorerGuidanceEasyRead,
  type GuidanceCatalogues,
} from '../../packages/mark-scorer/src/i18n/guidance.js';
import { valuesAgreementCatalogues, valuesAgreementEasyRead } from '../../packages/values-agreement/src/index.js';
import { decisionLogCatalogues, decisionLogEasyRead } from '../../packages/decision-log/src/index.js';
import {
  builtInIcebreakers,
  ICEBREAKER_LIMITS,
  icebreakerPickerCatalogues,
  icebreakerPickerEasyRead,
} from '../../packages/icebreaker-picker/src/index.js';
import { icebreakersCy } from '../../packages/icebreaker-picker/src/i18n/icebreakers-cy.js';
import { icebreakersEasyCy } from '../../packages/icebreaker-picker/src/i18n/icebreakers-easy-read-cy.js';
import { icebreakersEasyEn } from '../../packages/icebreaker-picker/src/i18n/icebreakers-easy-read-en.js';
import { icebreakersEn } from '../../packages/icebreaker-picker/src/i18n/icebreakers-en.js';
import { feedbackFormCatalogues, feedbackFormEasyRead } from '../../packages/feedback-form/src/index.js';
import {
  coproductionProjectCatalogues,
  coproductionProjectEasyRead,
} from '../../packages/coproduction-project/src/i18n/catalogues.js';
import { LOADED_WORDS } from '../support/loaded-words.js';
import { LIMITS as VALUES_LIMITS } from '../../packages/values-agreement/src/schema.js';

/** Guidance modules as string tables: each module's `words`. */
const guidanceWords = (guidance: GuidanceCatalogues): EasyReadCatalogues => ({
  en: () => guidance.en().then((module) => module.words),
  cy: () => guidance.cy().then((module) => module.words),
});

/**
 * Each element's plain strings and its Easy Read strings over them (both
 * merged over the shared ones); and words an element fetches apart, in every
 * language, with their Easy Read (mark-scorer's “More about this mark”).
 */
const CATALOGUES: Array<[string, Catalogues | EasyReadCatalogues, EasyReadCatalogues]> = [
  ['shared', sharedCatalogues, sharedEasyRead],
  ['mark-scorer', markScorerCatalogues, markScorerEasyRead],
  ['mark-scorer guidance', guidanceWords(markScorerGuidance), guidanceWords(markScorerGuidanceEasyRead)],
  ['values-agreement', valuesAgreementCatalogues, valuesAgreementEasyRead],
  ['decision-log', decisionLogCatalogues, decisionLogEasyRead],
  ['icebreaker-picker', icebreakerPickerCatalogues, icebreakerPickerEasyRead],
  ['feedback-form', feedbackFormCatalogues, feedbackFormEasyRead],
  ['coproduction-project', coproductionProjectCatalogues, coproductionProjectEasyRead],
];
/** Each in every language: loaded, as an element loads them when it first needs them. */
const SETS = await Promise.all(
  CATALOGUES.map(async ([name, plain, easy]) => [name, await everyLanguage(plain), await everyLanguage(easy)] as const),
);

/** The built-in icebreakers' plain and Easy Read words, read from their modules. */
const BUILT_IN_TEXTS = { en: icebreakersEn, cy: icebreakersCy };
const BUILT_IN_EASY_READ = { en: icebreakersEasyEn, cy: icebreakersEasyCy };

/** What each picture shows, as the shared Easy Read strings say it. */
const sharedEasy = await everyLanguage(sharedEasyRead);
const pictureDescription = (locale: 'en' | 'cy', name: string) => sharedEasy[locale][`easy.picture.${name}`] as string;

/**
 * Welsh strings that were already as plain as Easy Read asks, so their Easy
 * Read version is the same words (the English was rewritten).
 */
const WELSH_ALREADY_EASY: Record<string, readonly string[]> = {
  // Plain Welsh settled by the glossary work that is already as plain as Easy Read.
  'decision-log': ['history.status', 'update.status', 'form.whoDecides', 'history.count'],
  'mark-scorer': ['addMark.heading', 'addMark.submit', 'individual.notYet', 'mark.allyship.name'],
};

/** The most words in one sentence: Easy Read guidance says 15; Welsh, with its particles ("yn", "wedi", "’n"), is allowed 18. */
const MOST_WORDS = { en: 15, cy: 18 } as const;

const texts = (message: Message): string[] =>
  typeof message === 'string' ? [message] : (Object.values(message).filter(Boolean) as string[]);

const placeholders = (message: Message): string[] =>
  [...new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();

/** Sentences as a reader meets them: split after . ! ? and a colon that ends a clause; a placeholder is one word. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** A number in words: "one" is more often a pronoun ("a new one", "the quickest one"), so it counts before a thing counted. */
const SPELLED_NUMBER =
  /\b(two|three|four|five|six|seven|eight|nine|ten|one (time|minute|person|thing|word|picture|answer|question|song|hope|emoji|good))\b/i;

/** A short form in English: "don’t", "can’t", "you’d", "we’re", "it’s" (not a possessive: "Ana’s"). */
const SHORT_FORM =
  /\b(\p{L}+n[’']t|I[’']m|(?:I|you|we|they|he|she|it|there|that|who)[’'](?:re|ve|ll|d)|(?:it|that|there|what|here|let|who|where|he|she)[’']s)\b/iu;

export const wordCount = (sentence: string) =>
  sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}{]/u.test(word)).length;

for (const [name, plain, easy] of SETS) {
  describe(`${name}: Easy Read strings`, () => {
    it('have exactly the same keys in English and Welsh, none empty', () => {
      expect(Object.keys(easy.cy).sort()).to.deep.equal(Object.keys(easy.en).sort());
      for (const locale of SUPPORTED_LOCALES) {
        for (const [key, message] of Object.entries(easy[locale])) {
          for (const text of texts(message)) expect(text.trim(), `${locale} ${key}`).not.to.equal('');
        }
      }
    });

    it('each replace a plain string of the same kind, with only the placeholders the plain string is given', () => {
      for (const locale of SUPPORTED_LOCALES) {
        for (const [key, message] of Object.entries(easy[locale])) {
          if (key.startsWith('easy.')) {
            expect(plain.en, `${key} is only in Easy Read`).not.to.have.property(key);
            continue;
          }
          const reference = plain[locale][key];
          expect(reference, `${locale} ${key} replaces a plain string`).to.not.equal(undefined);
          expect(typeof message, `${locale} ${key} kind`).to.equal(typeof reference);
          const given = placeholders(reference!);
          for (const used of placeholders(message)) expect(given, `${locale} ${key} uses {${used}}`).to.include(used);
        }
        for (const [key, message] of Object.entries(easy.cy)) {
          expect(placeholders(message), `cy ${key} has the English Easy Read placeholders`).to.deep.equal(
            placeholders(easy.en[key]!),
          );
        }
      }
    });

    it('differ from the plain words they replace (in Welsh too, unless the Welsh was already plain)', () => {
      const sameInEnglish = Object.keys(easy.en).filter(
        (key) => JSON.stringify(easy.en[key]) === JSON.stringify(plain.en[key]),
      );
      expect(sameInEnglish).to.deep.equal([]);
      const sameInWelsh = Object.keys(easy.cy).filter(
        (key) => JSON.stringify(easy.cy[key]) === JSON.stringify(plain.cy[key]),
      );
      expect(sameInWelsh.sort()).to.deep.equal([...(WELSH_ALREADY_EASY[name] ?? [])].sort());
    });

    it(`keep every sentence short: ${MOST_WORDS.en} words at most in English, ${MOST_WORDS.cy} in Welsh`, () => {
      for (const locale of SUPPORTED_LOCALES) {
        for (const [key, message] of Object.entries(easy[locale])) {
          for (const text of texts(message)) {
            for (const sentence of sentences(text)) {
              expect(wordCount(sentence), `${locale} ${key}: “${sentence}”`).to.be.at.most(MOST_WORDS[locale]);
            }
          }
        }
      }
    });

    it('use none of the loaded words', () => {
      for (const locale of SUPPORTED_LOCALES) {
        for (const [key, message] of Object.entries(easy[locale])) {
          for (const text of texts(message))
            for (const word of LOADED_WORDS) expect(text, `${locale} ${key}`).not.to.match(word);
        }
      }
    });

    it('write numbers as digits, and no short forms in English (“do not”, not “don’t”)', () => {
      for (const [key, message] of Object.entries(easy.en)) {
        for (const text of texts(message)) {
          expect(text, `en ${key}`).not.to.match(SPELLED_NUMBER);
          expect(text, `en ${key}`).not.to.match(SHORT_FORM);
        }
      }
    });
  });
}

describe('The suggested values and ground rules in Easy Read', () => {
  it('fit what a value or a ground rule can hold, in every language, so the group can start from them', () => {
    const [, , easy] = SETS.find(([name]) => name === 'values-agreement')!;
    for (const locale of SUPPORTED_LOCALES) {
      for (const [key, message] of Object.entries(easy[locale])) {
        const most = /^(rule\.[\w-]+\.text|value\.[\w-]+\.name)$/.test(key)
          ? VALUES_LIMITS.itemText
          : /^value\.[\w-]+\.meaning$/.test(key)
            ? VALUES_LIMITS.meaning
            : null;
        if (most !== null) expect((message as string).length, `${locale} ${key}`).to.be.at.most(most);
      }
    }
  });
});

describe('The built-in icebreakers in Easy Read', () => {
  const ids = builtInIcebreakers().map((icebreaker) => icebreaker.id);

  for (const locale of SUPPORTED_LOCALES) {
    it(`every one has Easy Read steps in ${locale}, and each part its plain words have`, () => {
      const easy = BUILT_IN_EASY_READ[locale] as Record<string, Record<string, unknown>>;
      expect(Object.keys(easy).sort()).to.deep.equal([...ids].sort());
      for (const id of ids) {
        const plainParts = Object.keys((BUILT_IN_TEXTS[locale] as Record<string, object>)[id]!)
          .filter((part) => part !== 'title')
          .sort();
        // An Easy Read title is there only where the plain one breaks an Easy Read rule (see the next test).
        expect(
          Object.keys(easy[id]!)
            .filter((part) => part !== 'title')
            .sort(),
          id,
        ).to.deep.equal(plainParts);
        const steps = easy[id]!.steps as string[];
        expect(steps.length, id).to.be.within(1, ICEBREAKER_LIMITS.steps);
        const all = [
          ...steps,
          ...Object.entries(easy[id]!)
            .filter(([part]) => part !== 'steps' && part !== 'title')
            .map(([, text]) => text as string),
        ];
        for (const text of all) {
          expect(text.trim(), id).not.to.equal('');
          for (const word of LOADED_WORDS) expect(text, `${locale} ${id}`).not.to.match(word);
          for (const sentence of sentences(text))
            expect(wordCount(sentence), `${locale} ${id}: “${sentence}”`).to.be.at.most(MOST_WORDS[locale]);
        }
        const plainSteps = (BUILT_IN_TEXTS[locale] as Record<string, { steps: readonly string[] }>)[id]!.steps;
        expect(steps.join(' '), `${locale} ${id} is rewritten`).not.to.equal(plainSteps.join(' '));
      }
    });
  }

  it('are each called, in Easy Read English, by a name with numbers as digits and no short forms', () => {
    const easy = BUILT_IN_EASY_READ.en as Record<string, { title?: string }>;
    const plain = BUILT_IN_TEXTS.en as Record<string, { title: string }>;
    for (const id of ids) {
      const title = easy[id]!.title ?? plain[id]!.title;
      expect(title, id).not.to.match(SPELLED_NUMBER);
      expect(title, id).not.to.match(SHORT_FORM);
      expect(wordCount(title), id).to.be.at.most(MOST_WORDS.en);
      if (easy[id]!.title !== undefined) expect(easy[id]!.title, `${id} is rewritten`).not.to.equal(plain[id]!.title);
    }
  });

  it('have as many steps in Welsh as in English', () => {
    for (const id of ids) {
      const count = (locale: 'en' | 'cy') =>
        (BUILT_IN_EASY_READ[locale] as Record<string, { steps: readonly string[] }>)[id]!.steps.length;
      expect(count('cy'), id).to.equal(count('en'));
    }
  });
});

describe('The Easy Read pictures', () => {
  it('are each described in every language, for a screen reader when they stand without their words', () => {
    expect(PICTURE_NAMES.length).to.be.at.least(20);
    for (const locale of SUPPORTED_LOCALES) {
      const described = Object.keys(sharedEasy[locale])
        .filter((key) => key.startsWith('easy.picture.'))
        .map((key) => key.replace('easy.picture.', ''));
      expect(described.sort()).to.deep.equal([...PICTURE_NAMES].sort());
      for (const name of PICTURE_NAMES)
        expect(pictureDescription(locale, name).trim(), `${locale} ${name}`).not.to.equal('');
    }
    const untranslated = PICTURE_NAMES.filter(
      (name) => pictureDescription('cy', name) === pictureDescription('en', name),
    );
    expect(untranslated).to.deep.equal([]);
    const descriptions = PICTURE_NAMES.map((name) => pictureDescription('en', name));
    expect(new Set(descriptions).size, 'no two pictures described alike').to.equal(descriptions.length);
  });
});
