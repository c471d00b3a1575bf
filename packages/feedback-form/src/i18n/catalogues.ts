import { withSharedStrings } from '@coproduce/core';
import { feedbackFormCy } from './cy.js';
import { feedbackFormEn } from './en.js';

/** Every string <feedback-form> shows, in every language: its own over the shared ones. */
export const feedbackFormCatalogues = withSharedStrings({ en: feedbackFormEn, cy: feedbackFormCy });

/** A key of a string <feedback-form> can show. */
export type FeedbackFormKey = keyof typeof feedbackFormCatalogues.en;
