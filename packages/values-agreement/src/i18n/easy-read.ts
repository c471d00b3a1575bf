import { withSharedEasyRead, type EasyReadOnlyKey } from '@coproduce/core';
import { valuesAgreementEasyCy } from './easy-read-cy.js';
import { valuesAgreementEasyEn } from './easy-read-en.js';

/** <values-agreement>'s Easy Read strings over the shared ones, in every language. */
export const valuesAgreementEasyRead = withSharedEasyRead({ en: valuesAgreementEasyEn, cy: valuesAgreementEasyCy });

/** A key only Easy Read has (`easy.…`). */
export type ValuesAgreementEasyKey = EasyReadOnlyKey<typeof valuesAgreementEasyEn>;
