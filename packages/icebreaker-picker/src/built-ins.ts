import { SUPPORTED_LOCALES, type Locale, type Localised } from '@coproduce/core';
import { icebreakersEn, type IcebreakerText } from './i18n/icebreakers-en.js';
import type { Depth, Icebreaker, Setting } from './schema.js';

type BuiltInId = keyof typeof icebreakersEn;
type Texts = Readonly<Record<BuiltInId, IcebreakerText>>;

/**
 * The built-ins' words in each language but English, loaded when an element
 * first needs that language (with its own strings: see i18n/catalogues.ts),
 * so an English page never fetches them. Adding a language: one more here.
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Texts>>> = {
  cy: () => import('./i18n/icebreakers-cy.js').then((module) => module.icebreakersCy),
};

/** The built-ins' words in English and in each language loaded so far. */
const texts: Partial<Record<Locale, Texts>> = { en: icebreakersEn };

/** Loads the built-ins' words in a language, once: `builtInIcebreakers()` has them from then on. */
export async function loadBuiltInWords(locale: Locale): Promise<void> {
  if (texts[locale]) return;
  const words = await LOADERS[locale as Exclude<Locale, 'en'>]();
  if (texts[locale]) return;
  texts[locale] = words;
  built = null;
}

interface Facts {
  minutesPerPerson: number;
  settings: readonly Setting[];
  depth: Depth;
  /** s: someone speaks aloud; c: cameras on; m: materials. */
  needs: '' | 's' | 'c' | 'm' | 'sc' | 'sm' | 'cm';
}

const EVERYWHERE: readonly Setting[] = ['in-person', 'online', 'hybrid'];
const ONLINE: readonly Setting[] = ['online', 'hybrid'];
const IN_PERSON: readonly Setting[] = ['in-person', 'hybrid'];

/** What each built-in needs and how long it takes; its words are in the i18n files under the same id. */
const FACTS: Readonly<Record<BuiltInId, Facts>> = {
  'one-word': { minutesPerPerson: 0.25, settings: EVERYWHERE, depth: 'feelings', needs: 's' },
  'name-and-weather': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'feelings', needs: 's' },
  'three-words-chat': { minutesPerPerson: 0.25, settings: ONLINE, depth: 'light', needs: '' },
  'emoji-check-in': { minutesPerPerson: 0.25, settings: ONLINE, depth: 'light', needs: '' },
  'pick-a-picture': { minutesPerPerson: 0.5, settings: ['in-person'], depth: 'light', needs: 'm' },
  'picture-grid-online': { minutesPerPerson: 0.25, settings: ONLINE, depth: 'light', needs: '' },
  thumbs: { minutesPerPerson: 0.1, settings: EVERYWHERE, depth: 'feelings', needs: 'c' },
  'would-you-rather': { minutesPerPerson: 0.25, settings: EVERYWHERE, depth: 'light', needs: '' },
  'draw-your-week': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'light', needs: 'm' },
  'sticky-wall': { minutesPerPerson: 0.25, settings: ['in-person'], depth: 'neutral', needs: 'm' },
  'map-pins': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'light', needs: 'm' },
  'group-playlist': { minutesPerPerson: 0.25, settings: EVERYWHERE, depth: 'light', needs: '' },
  'favourite-snack': { minutesPerPerson: 0.25, settings: EVERYWHERE, depth: 'light', needs: 's' },
  'tea-order': { minutesPerPerson: 0.25, settings: IN_PERSON, depth: 'light', needs: 's' },
  'theme-tune': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'light', needs: 's' },
  'desert-island': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'light', needs: 's' },
  'colour-of-the-day': { minutesPerPerson: 0.25, settings: EVERYWHERE, depth: 'feelings', needs: 's' },
  'good-thing': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'neutral', needs: 's' },
  'looking-forward': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'light', needs: 's' },
  'hopes-for-today': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'neutral', needs: 's' },
  'could-teach': { minutesPerPerson: 0.75, settings: EVERYWHERE, depth: 'neutral', needs: 's' },
  'useless-superpower': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'light', needs: 's' },
  'window-view': { minutesPerPerson: 0.5, settings: ONLINE, depth: 'light', needs: 's' },
  'something-near-you': { minutesPerPerson: 0.75, settings: ONLINE, depth: 'light', needs: 'sc' },
  'two-true-one-not': { minutesPerPerson: 1.5, settings: EVERYWHERE, depth: 'neutral', needs: 's' },
  'three-in-common': { minutesPerPerson: 1, settings: EVERYWHERE, depth: 'neutral', needs: 's' },
  'rose-and-bud': { minutesPerPerson: 0.75, settings: EVERYWHERE, depth: 'neutral', needs: 's' },
  'finish-the-sentence': { minutesPerPerson: 0.25, settings: EVERYWHERE, depth: 'light', needs: 's' },
  'local-favourite': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'light', needs: 's' },
  'thank-you-round': { minutesPerPerson: 0.5, settings: EVERYWHERE, depth: 'neutral', needs: 's' },
  'name-story': { minutesPerPerson: 1, settings: EVERYWHERE, depth: 'personal', needs: 's' },
  'proud-of': { minutesPerPerson: 1, settings: EVERYWHERE, depth: 'personal', needs: 's' },
  'place-that-matters': { minutesPerPerson: 1, settings: EVERYWHERE, depth: 'personal', needs: 's' },
  'childhood-game': { minutesPerPerson: 0.75, settings: EVERYWHERE, depth: 'personal', needs: 's' },
};

/** One part of every language's words at hand: `{ en: …, cy: … }`, or undefined where the English has none. */
function part<P extends keyof IcebreakerText>(
  id: BuiltInId,
  name: P,
): Localised<NonNullable<IcebreakerText[P]>> | undefined {
  if ((icebreakersEn as Texts)[id][name] === undefined) return undefined;
  const parts: Partial<Record<Locale, NonNullable<IcebreakerText[P]>>> = {};
  for (const [locale, catalogue] of Object.entries(texts) as [Locale, Texts][]) {
    parts[locale] = catalogue[id][name]!;
  }
  return parts;
}

let built: readonly Icebreaker[] | null = null;

/**
 * The icebreakers that come with the element, in the same shape as a host's
 * own, in English and each language loaded so far: a new list each time a
 * language arrives. `loadBuiltInIcebreakers()` has them in every language.
 */
export function builtInIcebreakers(): readonly Icebreaker[] {
  built ??= (Object.keys(FACTS) as BuiltInId[]).map((id) => {
    const facts = FACTS[id];
    const prepare = part(id, 'prepare');
    const noCamera = part(id, 'noCamera');
    const nonVerbal = part(id, 'nonVerbal');
    return {
      id,
      title: part(id, 'title')!,
      steps: part(id, 'steps')!,
      minutesPerPerson: facts.minutesPerPerson,
      settings: [...facts.settings],
      depth: facts.depth,
      needs: {
        speaking: facts.needs.includes('s'),
        camera: facts.needs.includes('c'),
        materials: facts.needs.includes('m'),
      },
      ...(prepare ? { prepare } : {}),
      variants: { ...(noCamera ? { noCamera } : {}), ...(nonVerbal ? { nonVerbal } : {}) },
    } as Icebreaker;
  });
  return built;
}

/** The built-in icebreakers in every language, loading the words of each not here yet. */
export async function loadBuiltInIcebreakers(): Promise<readonly Icebreaker[]> {
  await Promise.all(SUPPORTED_LOCALES.map(loadBuiltInWords));
  return builtInIcebreakers();
}
