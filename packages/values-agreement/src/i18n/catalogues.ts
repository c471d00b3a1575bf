import { withSharedStrings } from '@coproduce/core';
import { valuesAgreementEn } from './en.js';

/**
 * Every string <values-agreement> shows, in every language: its own over the shared ones.
 * English is here; Welsh is loaded when an element first needs it.
 */
export const valuesAgreementCatalogues = withSharedStrings({
  en: valuesAgreementEn,
  cy: () => import('./cy.js').then((module) => module.valuesAgreementCy),
});

/** A key of a string <values-agreement> can show. */
export type ValuesAgreementKey = keyof typeof valuesAgreementCatalogues.en;

// Loaded when an element first shows Easy Read; here so that every word it shows is found from this module (the Welsh tests read them here).
export { valuesAgreementEasyRead } from './easy-read.js';
