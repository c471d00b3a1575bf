import { withSharedStrings } from '@coproduce/core';
import { icebreakerPickerCy } from './cy.js';
import { icebreakerPickerEn } from './en.js';
import { icebreakersCy } from './icebreakers-cy.js';
import { icebreakersEn } from './icebreakers-en.js';

/** Every string <icebreaker-picker> shows, in every language: its own over the shared ones. */
export const icebreakerPickerCatalogues = withSharedStrings({ en: icebreakerPickerEn, cy: icebreakerPickerCy });

/** A key of a string <icebreaker-picker> can show. */
export type IcebreakerPickerKey = keyof typeof icebreakerPickerCatalogues.en;

/**
 * The built-in icebreakers' own words, in every language, so everything this
 * element says is reachable from this module (the Welsh tests read it here;
 * built-ins.ts pairs the same files with each icebreaker's facts).
 */
export const icebreakerTextCatalogues = { en: icebreakersEn, cy: icebreakersCy } as const;
