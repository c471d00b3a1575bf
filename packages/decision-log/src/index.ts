export { DecisionLog } from './decision-log.js';
export type { DecisionLogChangeDetail, DecisionsRecordedDetail, DecisionUpdatedDetail } from './events.js';
export { documentToCsv } from './export.js';
export { EMPTY_QUERY, find, type Found, type Query } from './find.js';
export { decisionLogCatalogues, type DecisionLogKey } from './i18n/catalogues.js';
export { decisionLogEasyRead } from './i18n/easy-read.js';
export {
  currentStatus,
  DECISION_LOG_FORMAT,
  isDueForReview as isDecisionDueForReview,
  latestOutcome,
  type DecisionLogAction,
} from './model.js';
export { publicCopy } from './public-copy.js';
export { decisionsFromCsv, spreadsheetWords, type SpreadsheetWords } from './read-spreadsheet.js';
export {
  BOARD_FIELDS,
  decisionLogDocumentSchema,
  decisionSchema,
  METHODS,
  STATUSES,
  type BoardField,
  type Change,
  type Decision,
  type DecisionDetails,
  type DecisionLogDocument,
  type Method,
  type Status,
} from './schema.js';
