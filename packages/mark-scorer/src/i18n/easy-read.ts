import { withSharedEasyRead, type EasyReadOnlyKey } from '@coproduce/core';
import { markScorerEasyCy } from './easy-read-cy.js';
import { markScorerEasyEn } from './easy-read-en.js';

/** <mark-scorer>'s Easy Read strings over the shared ones, in every language. */
export const markScorerEasyRead = withSharedEasyRead({ en: markScorerEasyEn, cy: markScorerEasyCy });

/** A key only Easy Read has (`easy.…`). */
export type MarkScorerEasyKey = EasyReadOnlyKey<typeof markScorerEasyEn>;
