import {
  parseDocument,
  SOURCE_MESSAGES,
  SourceLoadController,
  type ProblemsController,
  type ProblemsHost,
} from '@coproduce/core';
import type { DecisionLogKey } from './i18n/catalogues.js';
import { DECISION_LOG_FORMAT, MAX_LOG_BYTES } from './model.js';
import type { DecisionLogDocument } from './schema.js';

/**
 * Loads the log a `src` address points at, validated as a saved copy is:
 * `show` gets it to show as it is (it is never saved). A failure is shown
 * and reported with the log's own words for it.
 */
export function logSource(
  host: ProblemsHost<DecisionLogKey>,
  problems: ProblemsController<DecisionLogKey>,
  show: (log: DecisionLogDocument) => void,
): SourceLoadController<DecisionLogDocument, DecisionLogKey> {
  const source = new SourceLoadController<DecisionLogDocument, DecisionLogKey>(host, {
    problems,
    messages: { ...SOURCE_MESSAGES, newer: 'error.sourceNewer' },
    parse: (text) => {
      const parsed = parseDocument(text, DECISION_LOG_FORMAT);
      return parsed.ok ? parsed : { ok: false, cause: parsed.cause, newer: parsed.reason === 'newer-version' };
    },
    apply: (log) => {
      if (log) show(log);
    },
  });
  // A long log is as big as a saved copy, and takes longer to arrive than 15 s on a slow line.
  source.limits = { timeoutMs: 60_000, maxBytes: MAX_LOG_BYTES };
  return source;
}
