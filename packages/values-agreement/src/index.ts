export { addDefaults, DEFAULT_RULES, DEFAULT_VALUES } from './defaults.js';
export { valuesAgreementCatalogues, type ValuesAgreementKey } from './i18n/catalogues.js';
export { valuesAgreementEasyRead } from './i18n/easy-read.js';
export {
  inShownOrder,
  isAllAgreed,
  isDueForReview,
  itemStatus,
  type ItemStatus,
  type ValuesAgreementAction,
} from './model.js';
export {
  valuesAgreementDocumentSchema,
  type AgreementItem,
  type AgreementResponse,
  type Answer,
  type ItemKind,
  type PastVersion,
  type ValuesAgreementDocument,
} from './schema.js';
export {
  ValuesAgreement,
  VALUES_AGREEMENT_FORMAT,
  type AgreementReachedDetail,
  type AgreementAnsweredDetail,
  type ValuesAgreementChangeDetail,
} from './values-agreement.js';
