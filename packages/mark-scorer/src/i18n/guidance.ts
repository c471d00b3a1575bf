import type { Locale } from '@coproduce/core';
import type { words } from './guidance-en.js';

/** A key of a mark's “More about this mark”: `mark.<id>.more`. */
export type GuidanceKey = keyof typeof words;

/** Every mark's guidance in one language (or in Easy Read). */
export type GuidanceWords = Readonly<Record<GuidanceKey, string>>;

/**
 * A guidance module, as fetched: its words under the same name in every
 * language. The loaders are bare `import()`s, so a fetch that failed can be
 * tried again at another address (see core's onDemand).
 */
export interface GuidanceModule {
  readonly words: GuidanceWords;
}

/** How to fetch the guidance in each language. */
export type GuidanceCatalogues = { readonly [L in Locale]: () => Promise<GuidanceModule> };

/**
 * “More about this mark”, in every language, English too: most visits never
 * open one, so each language's guidance is a chunk of its own, fetched when a
 * reader first opens one (or the page prints). Exported from catalogues.ts,
 * so the Welsh tests check these words as they check the rest.
 */
export const markScorerGuidance: GuidanceCatalogues = {
  en: () => import('./guidance-en.js'),
  cy: () => import('./guidance-cy.js'),
};

/** The same in Easy Read: every mark's, in each language. */
export const markScorerGuidanceEasyRead: GuidanceCatalogues = {
  en: () => import('./guidance-easy-read-en.js'),
  cy: () => import('./guidance-easy-read-cy.js'),
};
