import { decisionLogDocumentSchema } from '../../decision-log/src/schema.js';
import { turnsDocumentSchema } from '../../icebreaker-picker/src/turns-schema.js';
import { markScorerDocumentSchema } from '../../mark-scorer/src/schema.js';
import { valuesAgreementDocumentSchema } from '../../values-agreement/src/schema.js';
import { validate } from './core-schemas.js';
import { DECISION_LOG, ICEBREAKER_TURNS, MARK_SCORER, VALUES_AGREEMENT } from './rules.js';

/** The version of each format this server knows, and the schema its elements check it with. */
const SCHEMAS = {
  [MARK_SCORER]: { version: 1, schema: markScorerDocumentSchema },
  [VALUES_AGREEMENT]: { version: 1, schema: valuesAgreementDocumentSchema },
  [DECISION_LOG]: { version: 1, schema: decisionLogDocumentSchema },
  [ICEBREAKER_TURNS]: { version: 1, schema: turnsDocumentSchema },
} as const;

/**
 * Whether a shared record's data passes its element's schema: every device
 * checks a remote change with that schema before showing it, so one that fails
 * would leave everyone's screen stuck at the last good state. Undefined for a
 * format or version this server does not know.
 */
export function isValidRecord(format: unknown, version: unknown, data: unknown): boolean | undefined {
  const known = typeof format === 'string' ? SCHEMAS[format as keyof typeof SCHEMAS] : undefined;
  if (!known || known.version !== version) return undefined;
  return validate(known.schema() as never, data).success;
}
