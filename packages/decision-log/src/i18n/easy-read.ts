import { withSharedEasyRead } from '@coproduce/core';
import { decisionLogEasyCy } from './easy-read-cy.js';
import { decisionLogEasyEn } from './easy-read-en.js';

/** <decision-log>'s Easy Read strings over the shared ones, in every language. */
export const decisionLogEasyRead = withSharedEasyRead({ en: decisionLogEasyEn, cy: decisionLogEasyCy });
