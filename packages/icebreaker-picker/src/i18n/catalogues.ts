import { withSharedStrings } from '@coproduce/core';
import { icebreakerPickerCy } from './cy.js';
import { icebreakerPickerEn } from './en.js';

/** Every string <icebreaker-picker> shows, in every language: its own over the shared ones. */
export const icebreakerPickerCatalogues = withSharedStrings({ en: icebreakerPickerEn, cy: icebreakerPickerCy });

/** A key of a string <icebreaker-picker> can show. */
export type IcebreakerPickerKey = keyof typeof icebreakerPickerCatalogues.en;
