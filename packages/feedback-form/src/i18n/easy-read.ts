import { withSharedEasyRead } from '@coproduce/core';
import { feedbackFormEasyCy } from './easy-read-cy.js';
import { feedbackFormEasyEn } from './easy-read-en.js';

/** <feedback-form>'s Easy Read strings over the shared ones, in every language. */
export const feedbackFormEasyRead = withSharedEasyRead({ en: feedbackFormEasyEn, cy: feedbackFormEasyCy });
