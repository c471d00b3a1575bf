import { withSharedEasyRead, withSharedStrings } from '@coproduce/core';
import { coproductionProjectEn } from './en.js';

/**
 * Every string <coproduction-project> shows, in every language: its own over
 * the shared ones. English is here; Welsh is loaded when first needed.
 */
export const coproductionProjectCatalogues = withSharedStrings({
  en: coproductionProjectEn,
  cy: () => import('./cy.js').then((module) => module.coproductionProjectCy),
});

/** Its Easy Read strings, each language loaded when a project first shows Easy Read. */
export const coproductionProjectEasyRead = withSharedEasyRead({
  en: () => import('./easy-read-en.js').then((module) => module.coproductionProjectEasyEn),
  cy: () => import('./easy-read-cy.js').then((module) => module.coproductionProjectEasyCy),
});

/** A key of a string <coproduction-project> can show. */
export type CoproductionProjectKey = keyof typeof coproductionProjectCatalogues.en;
