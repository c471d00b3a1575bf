import { SUPPORTED_LOCALES, type Locale } from '@coproduce/core';
import { builtInIcebreakers } from './built-ins.js';
import { icebreakersEasyCy } from './i18n/icebreakers-easy-read-cy.js';
import { icebreakersEasyEn, type EasyReadIcebreakerTexts } from './i18n/icebreakers-easy-read-en.js';
import type { Icebreaker } from './schema.js';

/** The built-ins' Easy Read words, by language. Adding a language: one more file here. */
export const BUILT_IN_EASY_READ: Readonly<Record<Locale, EasyReadIcebreakerTexts>> = {
  en: icebreakersEasyEn,
  cy: icebreakersEasyCy,
};

type Part = 'steps' | 'prepare' | 'noCamera' | 'nonVerbal';

const made = new WeakMap<Icebreaker, Icebreaker>();

/**
 * A built-in icebreaker in Easy Read: its steps and other parts in Easy Read
 * words, in every language; its title and facts unchanged. Any other
 * icebreaker (a host's own, even one that replaces a built-in) comes back as
 * it is: its words are the host's to write.
 */
export function inEasyWords(icebreaker: Icebreaker): Icebreaker {
  if (!builtInIcebreakers().includes(icebreaker)) return icebreaker;
  let easy = made.get(icebreaker);
  if (!easy) {
    const id = icebreaker.id as keyof EasyReadIcebreakerTexts;
    const part = <T>(name: Part) =>
      Object.fromEntries(
        SUPPORTED_LOCALES.map((locale) => [
          locale,
          (BUILT_IN_EASY_READ[locale][id] as Partial<Record<Part, unknown>>)[name],
        ]),
      ) as Record<Locale, T>;
    const { variants } = icebreaker;
    easy = {
      ...icebreaker,
      steps: part<string[]>('steps'),
      ...(icebreaker.prepare ? { prepare: part<string>('prepare') } : {}),
      variants: {
        ...(variants?.noCamera ? { noCamera: part<string>('noCamera') } : {}),
        ...(variants?.nonVerbal ? { nonVerbal: part<string>('nonVerbal') } : {}),
      },
    };
    made.set(icebreaker, easy);
  }
  return easy;
}
