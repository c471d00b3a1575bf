import { withSharedStrings } from '@coproduce/core';
import { valuesAgreementCy } from './cy.js';
import { valuesAgreementEn } from './en.js';

/** Every string <values-agreement> shows, in every language: its own over the shared ones. */
export const valuesAgreementCatalogues = withSharedStrings({ en: valuesAgreementEn, cy: valuesAgreementCy });

/** A key of a string <values-agreement> can show. */
export type ValuesAgreementKey = keyof typeof valuesAgreementCatalogues.en;
