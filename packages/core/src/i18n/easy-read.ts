import type { Catalogues } from './catalogues.js';
import { easyReadCy } from './easy-read-cy.js';
import { easyReadEn } from './easy-read-en.js';
import type { Strings } from './en.js';
import type { Message } from './message.js';
export { easyReadOver, type EasyReadOnlyKey, type EasyReadStrings } from './easy-read-over.js';

/*
 * Easy Read: the strings an element shows when `easy-read` is on, laid over
 * its plain strings. `t()` looks in the overlay first, so a string with no
 * Easy Read version falls back to the plain one.
 *
 * An overlay is written in English first (`easyReadOver`: each key one of
 * the plain strings' keys, of the same kind, a plural staying plural); every
 * other language has exactly the same keys (`Strings<typeof english>`). A
 * test checks the placeholders (only those the plain string is given), that
 * every string differs from the plain one, and that each sentence is short.
 */

/** The Easy Read strings every element shares, in every language. */
export const sharedEasyRead = { en: easyReadEn, cy: easyReadCy } satisfies Catalogues;

/**
 * An element's own Easy Read strings over the shared ones (its own win), for
 * every language. Used as the element's `static easyReadCatalogues`.
 */
export function withSharedEasyRead<E extends Record<string, Message>>(own: { en: E; cy: Strings<E> }) {
  return {
    en: { ...easyReadEn, ...own.en },
    cy: { ...easyReadCy, ...own.cy },
  } satisfies Catalogues;
}
