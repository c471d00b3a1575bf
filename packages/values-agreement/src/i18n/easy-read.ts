import { withSharedEasyRead, type EasyReadOnlyKey } from '@coproduce/core';
import type { valuesAgreementEasyEn } from './easy-read-en.js';

/**
 * <values-agreement>'s Easy Read strings over the shared ones, in every language,
 * each loaded when an element first shows Easy Read.
 */
export const valuesAgreementEasyRead = withSharedEasyRead({
  en: () => import('./easy-read-en.js').then((module) => module.valuesAgreementEasyEn),
  cy: () => import('./easy-read-cy.js').then((module) => module.valuesAgreementEasyCy),
});

/** A key only Easy Read has (`easy.…`). */
export type ValuesAgreementEasyKey = EasyReadOnlyKey<typeof valuesAgreementEasyEn>;
