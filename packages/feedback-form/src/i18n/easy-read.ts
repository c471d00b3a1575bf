import { withSharedEasyRead } from '@coproduce/core';

/**
 * <feedback-form>'s Easy Read strings over the shared ones, in every language,
 * each loaded when an element first shows Easy Read.
 */
export const feedbackFormEasyRead = withSharedEasyRead({
  en: () => import('./easy-read-en.js').then((module) => module.feedbackFormEasyEn),
  cy: () => import('./easy-read-cy.js').then((module) => module.feedbackFormEasyCy),
});
