import type { EasyReadCatalogues } from './catalogues.js';
import type { easyReadEn } from './easy-read-en.js';
import type { Strings } from './en.js';
import { loadStrings, type LoadStrings } from './loading.js';
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
 *
 * Every language of it, English too, is loaded when an element first shows
 * Easy Read: most pages never do.
 */

const sharedEasyEn: LoadStrings<typeof easyReadEn> = () =>
  import('./easy-read-en.js').then((module) => module.easyReadEn);
const sharedEasyCy: LoadStrings<Strings<typeof easyReadEn>> = () =>
  import('./easy-read-cy.js').then((module) => module.easyReadCy);

/** The Easy Read strings every element shares, in every language. */
export const sharedEasyRead = { en: sharedEasyEn, cy: sharedEasyCy } satisfies EasyReadCatalogues;

/** An element's own overlay in one language, loaded over the shared one (its own win). */
const over =
  <T extends Record<string, Message>>(shared: LoadStrings, own: LoadStrings<T>) =>
  async () => {
    const [sharedStrings, ownStrings] = await Promise.all([loadStrings(shared), own()]);
    return { ...sharedStrings, ...ownStrings };
  };

/**
 * An element's own Easy Read strings over the shared ones, for every
 * language, each a loader (`() => import('./easy-read-cy.js').then(…)`).
 * Used as the element's `static easyReadCatalogues`. TypeScript refuses a
 * translation with a key missing.
 */
export function withSharedEasyRead<E extends Record<string, Message>>(own: {
  en: LoadStrings<E>;
  cy: LoadStrings<Strings<E>>;
}) {
  return { en: over(sharedEasyEn, own.en), cy: over(sharedEasyCy, own.cy) } satisfies EasyReadCatalogues;
}
