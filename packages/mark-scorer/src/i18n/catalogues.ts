import { withSharedStrings } from '@coproduce/core';
import { markScorerEn } from './en.js';

/**
 * Every string <mark-scorer> shows, in every language: its own over the shared ones.
 * English is here; Welsh is loaded when an element first needs it.
 */
export const markScorerCatalogues = withSharedStrings({
  en: markScorerEn,
  cy: () => import('./cy.js').then((module) => module.markScorerCy),
});

/** A key of a string <mark-scorer> can show. */
export type MarkScorerKey = keyof typeof markScorerCatalogues.en;

// On demand, apart from the strings above (Easy Read when an element first shows it; “More about this mark”
// when one is opened); here so that every word <mark-scorer> shows is found from this module.
export { markScorerEasyRead } from './easy-read.js';
export { markScorerGuidance, markScorerGuidanceEasyRead } from './guidance.js';
