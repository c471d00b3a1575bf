import type { Locale } from '@coproduce/core';
import { builtInIcebreakers } from './built-ins.js';
import type { EasyReadIcebreakerTexts } from './i18n/icebreakers-easy-read-en.js';
import type { Icebreaker } from './schema.js';

/**
 * The built-ins' Easy Read words, by language, each loaded when an element
 * first shows Easy Read in that language (with its own Easy Read strings:
 * see i18n/easy-read.ts). Adding a language: one more here.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<EasyReadIcebreakerTexts>>> = {
  en: () => import('./i18n/icebreakers-easy-read-en.js').then((module) => module.icebreakersEasyEn),
  cy: () => import('./i18n/icebreakers-easy-read-cy.js').then((module) => module.icebreakersEasyCy),
};

/** The Easy Read words loaded so far. */
const easyTexts: Partial<Record<Locale, EasyReadIcebreakerTexts>> = {};

/** Loads the built-ins' Easy Read words in a language, once: `inEasyWords` uses them from then on. */
export async function loadEasyWords(locale: Locale): Promise<void> {
  if (easyTexts[locale]) return;
  const words = await LOADERS[locale]();
  if (easyTexts[locale]) return;
  easyTexts[locale] = words;
  made = new WeakMap();
}

type Part = 'steps' | 'prepare' | 'noCamera' | 'nonVerbal';

let made = new WeakMap<Icebreaker, Icebreaker>();

/**
 * A built-in icebreaker in Easy Read: its steps and other parts in Easy Read
 * words in each language whose Easy Read words are loaded (its plain words
 * in any other); its title too where it has an Easy Read one ("3 words in
 * the chat"); its facts unchanged. Any other icebreaker (a host's own, even
 * one that replaces a built-in) comes back as it is: its words are the
 * host's to write.
 */
export function inEasyWords(icebreaker: Icebreaker): Icebreaker {
  const languages = Object.entries(easyTexts) as [Locale, EasyReadIcebreakerTexts][];
  if (!languages.length || !builtInIcebreakers().includes(icebreaker)) return icebreaker;
  let easy = made.get(icebreaker);
  if (!easy) {
    const id = icebreaker.id as keyof EasyReadIcebreakerTexts;
    const part = <T>(name: Part, plain: unknown) =>
      ({
        ...(plain as Record<Locale, T>),
        ...Object.fromEntries(
          languages.map(([locale, words]) => [locale, (words[id] as Partial<Record<Part, unknown>>)[name]]),
        ),
      }) as Record<Locale, T>;
    const { variants } = icebreaker;
    // Only the languages that give this one an Easy Read title: the others keep theirs.
    const titles = languages.flatMap(([locale, words]) => {
      const title = (words[id] as { title?: string }).title;
      return title === undefined ? [] : [[locale, title] as const];
    });
    easy = {
      ...icebreaker,
      ...(titles.length
        ? { title: { ...(icebreaker.title as Record<Locale, string>), ...Object.fromEntries(titles) } }
        : {}),
      steps: part<string[]>('steps', icebreaker.steps),
      ...(icebreaker.prepare ? { prepare: part<string>('prepare', icebreaker.prepare) } : {}),
      variants: {
        ...(variants?.noCamera ? { noCamera: part<string>('noCamera', variants.noCamera) } : {}),
        ...(variants?.nonVerbal ? { nonVerbal: part<string>('nonVerbal', variants.nonVerbal) } : {}),
      },
    };
    made.set(icebreaker, easy);
  }
  return easy;
}
