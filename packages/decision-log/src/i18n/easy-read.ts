import { withSharedEasyRead } from '@coproduce/core';

/**
 * <decision-log>'s Easy Read strings over the shared ones, in every language,
 * each loaded when an element first shows Easy Read.
 */
export const decisionLogEasyRead = withSharedEasyRead({
  en: () => import('./easy-read-en.js').then((module) => module.decisionLogEasyEn),
  cy: () => import('./easy-read-cy.js').then((module) => module.decisionLogEasyCy),
});
