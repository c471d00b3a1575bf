import { withSharedStrings } from '@coproduce/core';
import { decisionLogEn } from './en.js';

/**
 * Every string <decision-log> shows, in every language: its own over the shared ones.
 * English is here; Welsh is loaded when an element first needs it.
 */
export const decisionLogCatalogues = withSharedStrings({
  en: decisionLogEn,
  cy: () => import('./cy.js').then((module) => module.decisionLogCy),
});

/** A key of a string <decision-log> can show. */
export type DecisionLogKey = keyof typeof decisionLogCatalogues.en;

// Loaded when an element first shows Easy Read; here so that every word it shows is found from this module (the Welsh tests read them here).
export { decisionLogEasyRead } from './easy-read.js';
