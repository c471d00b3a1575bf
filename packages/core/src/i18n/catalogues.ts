import { cy } from './cy.js';
import { en, type SharedStrings, type Strings } from './en.js';
import type { Locale } from './locale.js';
import type { Message } from './message.js';

/** Strings by language, as an element looks them up. */
export type Catalogues = Readonly<Record<Locale, Readonly<Record<string, Message>>>>;

/** The strings every element shares, in every language we ship. */
export const sharedCatalogues = { en, cy } satisfies Record<Locale, SharedStrings>;

/** A key of the shared strings. */
export type SharedKey = keyof typeof en;

/**
 * An element's own strings merged over the shared ones (its own win), for
 * every language. TypeScript refuses a translation with a missing key.
 *
 * Adding a language: copy each `en.ts` (core's and each element's), translate
 * every string, add it here and to each element's call, and add its code to
 * SUPPORTED_LOCALES in locale.ts.
 *
 * Every word an element shows must be reachable from an export of its
 * `src/i18n/catalogues.ts`, under a key `en`/`cy` (or an export named …En/…Cy):
 * the Welsh tests find catalogues there, so a new one (Easy Read, say) is
 * checked against glossary.ts and the count policy in welsh-counts.ts as soon
 * as it is wired in.
 */
export function withSharedStrings<E extends Record<string, Message>>(own: { en: E; cy: Strings<E> }) {
  return {
    en: { ...en, ...own.en },
    cy: { ...cy, ...own.cy },
  } satisfies Catalogues;
}

export type { SharedStrings, Strings };
