import { withSharedStrings } from '@coproduce/core';
import { feedbackFormEn } from './en.js';

/**
 * Every string <feedback-form> shows, in every language: its own over the shared ones.
 * English is here; Welsh is loaded when an element first needs it.
 */
export const feedbackFormCatalogues = withSharedStrings({
  en: feedbackFormEn,
  cy: () => import('./cy.js').then((module) => module.feedbackFormCy),
});

/** A key of a string <feedback-form> can show. */
export type FeedbackFormKey = keyof typeof feedbackFormCatalogues.en;

// Loaded when an element first shows Easy Read; here so that every word it shows is found from this module (the Welsh tests read them here).
export { feedbackFormEasyRead } from './easy-read.js';
