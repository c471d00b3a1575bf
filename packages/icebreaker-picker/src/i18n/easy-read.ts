import { withSharedEasyRead, type EasyReadOnlyKey } from '@coproduce/core';
import type { icebreakerPickerEasyEn } from './easy-read-en.js';
import { loadEasyWords } from '../easy-read-words.js';

/**
 * <icebreaker-picker>'s Easy Read strings over the shared ones, in every
 * language, each loaded when an element first shows Easy Read, with the
 * built-in icebreakers' Easy Read steps in that language.
 */
export const icebreakerPickerEasyRead = withSharedEasyRead({
  en: async () => (await Promise.all([import('./easy-read-en.js'), loadEasyWords('en')]))[0].icebreakerPickerEasyEn,
  cy: async () => (await Promise.all([import('./easy-read-cy.js'), loadEasyWords('cy')]))[0].icebreakerPickerEasyCy,
});

/** A key only Easy Read has (`easy.…`). */
export type IcebreakerPickerEasyKey = EasyReadOnlyKey<typeof icebreakerPickerEasyEn>;
