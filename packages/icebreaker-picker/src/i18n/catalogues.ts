import { withSharedStrings } from '@coproduce/core';
import { loadBuiltInWords } from '../built-ins.js';
import { icebreakerPickerEn } from './en.js';
import { icebreakersEn } from './icebreakers-en.js';

/**
 * Every string <icebreaker-picker> shows, in every language: its own over the shared ones.
 * English is here; Welsh is loaded when an element first needs it, with the
 * built-in icebreakers' Welsh words.
 */
export const icebreakerPickerCatalogues = withSharedStrings({
  en: icebreakerPickerEn,
  cy: async () => (await Promise.all([import('./cy.js'), loadBuiltInWords('cy')]))[0].icebreakerPickerCy,
});

/** A key of a string <icebreaker-picker> can show. */
export type IcebreakerPickerKey = keyof typeof icebreakerPickerCatalogues.en;

/**
 * The built-in icebreakers' own words, in every language, so everything this
 * element says is reachable from this module (the Welsh tests read it here;
 * built-ins.ts pairs the same files with each icebreaker's facts).
 */
export const icebreakerTextCatalogues = {
  en: icebreakersEn,
  cy: () => import('./icebreakers-cy.js').then((module) => module.icebreakersCy),
} as const;

// Loaded when an element first shows Easy Read; here so that every word it shows is found from this module (the Welsh tests read them here).
export { icebreakerPickerEasyRead } from './easy-read.js';

/**
 * The built-in icebreakers' Easy Read steps, in every language, each loaded
 * when an element first shows Easy Read (easy-read-words.ts loads the same
 * files); here so that the Welsh tests check them with the rest.
 */
export const icebreakerEasyTextCatalogues = {
  en: () => import('./icebreakers-easy-read-en.js').then((module) => module.icebreakersEasyEn),
  cy: () => import('./icebreakers-easy-read-cy.js').then((module) => module.icebreakersEasyCy),
} as const;
