// For bench/decision-log-rows.mjs, in Node: a log as the spreadsheet "Download as a spreadsheet" writes.
import { formatMessage } from '../../packages/core/src/i18n/message.js';
import {
  decisionLogCatalogues,
  documentToCsv,
  type DecisionLogDocument,
} from '../../packages/decision-log/src/index.js';

const strings = decisionLogCatalogues.en as Record<string, Parameters<typeof formatMessage>[1]>;

export const logToCsv = (log: DecisionLogDocument) => documentToCsv(log, (key) => formatMessage('en', strings[key]!));
