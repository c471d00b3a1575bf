// The values-agreement model, schema, defaults and strings. The element itself is still to come.
export { addDefaults, DEFAULT_RULES, DEFAULT_VALUES } from './defaults.js';
export { valuesAgreementCatalogues, type ValuesAgreementKey } from './i18n/catalogues.js';
export {
  applyAction,
  createDocument,
  everyone,
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
