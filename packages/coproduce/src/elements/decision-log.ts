// dist/elements/decision-log.js: registers <decision-log> and exports its class and types.
// The loader (coproduce.js) imports it the first time the tag appears; a page
// can import it itself, e.g. for an element inside its own shadow root.
//
// It exports what @coproduce/decision-log does, but for reading a spreadsheet
// (`decisionsFromCsv`, `spreadsheetWords`): the element fetches that only when
// someone adds a spreadsheet, and an export here would put it in this file for
// every page. Those two are in modules/decision-log.js and coproduce.all.js.
import '@coproduce/decision-log/define';
export {
  BOARD_FIELDS,
  currentStatus,
  DECISION_LOG_FORMAT,
  DecisionLog,
  decisionLogCatalogues,
  decisionLogDocumentSchema,
  decisionLogEasyRead,
  decisionSchema,
  documentToCsv,
  EMPTY_QUERY,
  find,
  isDecisionDueForReview,
  latestOutcome,
  METHODS,
  publicCopy,
  STATUSES,
  type BoardField,
  type Change,
  type Decision,
  type DecisionDetails,
  type DecisionLogAction,
  type DecisionLogChangeDetail,
  type DecisionLogDocument,
  type DecisionLogKey,
  type DecisionsRecordedDetail,
  type DecisionUpdatedDetail,
  type Found,
  type Method,
  type Query,
  type Status,
} from '@coproduce/decision-log';
