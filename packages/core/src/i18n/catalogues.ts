import { en, type SharedStrings, type Strings } from './en.js';
import { loadFailure, loadStrings, stringsNow, type LoadStrings, type StringTable } from './loading.js';
import { SUPPORTED_LOCALES, type Locale } from './locale.js';
import type { Message } from './message.js';

/**
 * Strings by language, as an element looks them up: English inline (every
 * page has it, and a string missing elsewhere falls back to it); every other
 * language loaded when an element first needs it (see loading.ts).
 */
export type Catalogues = { readonly en: StringTable } & {
  readonly [L in Exclude<Locale, 'en'>]: LoadStrings;
};

/** Easy Read strings by language, each loaded when an element in Easy Read first needs it. */
export type EasyReadCatalogues = { readonly [L in Locale]: LoadStrings };

/** The shared strings in Welsh, loaded once for every element. */
const sharedCy: LoadStrings<SharedStrings> = () => import('./cy.js').then((module) => module.cy);

/** The strings every element shares, in every language we ship. */
export const sharedCatalogues = { en, cy: sharedCy } satisfies Catalogues;

/** A key of the shared strings. */
export type SharedKey = keyof typeof en;

/**
 * An element's own strings merged over the shared ones (its own win), for
 * every language: the English given, every other language as a loader,
 * `() => import('./cy.js').then((module) => module.…Cy)`, so that it is a
 * chunk of its own. TypeScript refuses a translation with a missing key.
 *
 * Adding a language: copy each `en.ts` (core's and each element's), translate
 * every string, add a loader for it here and to each element's call, and add
 * its code to SUPPORTED_LOCALES in locale.ts.
 *
 * Every word an element shows must be reachable from an export of its
 * `src/i18n/catalogues.ts`, under a key `en`/`cy` (or an export named …En/…Cy),
 * loaders included: the Welsh tests find catalogues there, so a new one (Easy
 * Read, say) is checked against glossary.ts and the count policy in
 * welsh-counts.ts as soon as it is wired in.
 */
export function withSharedStrings<E extends Record<string, Message>>(own: { en: E; cy: LoadStrings<Strings<E>> }) {
  return {
    en: { ...en, ...own.en },
    cy: async () => {
      const [shared, mine] = await Promise.all([loadStrings(sharedCy), own.cy()]);
      return { ...shared, ...mine };
    },
  } satisfies Catalogues;
}

/**
 * Every language of a catalogue, loaded (for what needs them all at once,
 * such as reading a spreadsheet written in any of them, and for tests).
 * Rejects if one could not be loaded.
 */
export async function everyLanguage(
  catalogues: Catalogues | EasyReadCatalogues,
): Promise<Readonly<Record<Locale, StringTable>>> {
  const tables = await Promise.all(SUPPORTED_LOCALES.map((locale) => loadStrings(catalogues[locale])));
  return Object.fromEntries(SUPPORTED_LOCALES.map((locale, index) => [locale, tables[index]!])) as Record<
    Locale,
    StringTable
  >;
}

/** The languages of a catalogue that are here now: English, and each loaded so far. */
export function languagesHere(catalogues: Catalogues | EasyReadCatalogues): Partial<Record<Locale, StringTable>> {
  const here: Partial<Record<Locale, StringTable>> = {};
  for (const locale of SUPPORTED_LOCALES) {
    const table = stringsNow(catalogues[locale]);
    if (table) here[locale] = table;
  }
  return here;
}

export { loadFailure, loadStrings, stringsNow };
// The shared Easy Read strings, loaded when an element first shows Easy Read; here so that the Welsh tests find them.
export { sharedEasyRead } from './easy-read.js';
export type { LoadStrings, SharedStrings, StringTable, Strings };
