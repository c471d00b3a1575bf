import { withSharedEasyRead, type EasyReadOnlyKey } from '@coproduce/core';
import type { markScorerEasyEn } from './easy-read-en.js';

/**
 * <mark-scorer>'s Easy Read strings over the shared ones, in every language,
 * each loaded when an element first shows Easy Read.
 */
export const markScorerEasyRead = withSharedEasyRead({
  en: () => import('./easy-read-en.js').then((module) => module.markScorerEasyEn),
  cy: () => import('./easy-read-cy.js').then((module) => module.markScorerEasyCy),
});

/** A key only Easy Read has (`easy.…`). */
export type MarkScorerEasyKey = EasyReadOnlyKey<typeof markScorerEasyEn>;
