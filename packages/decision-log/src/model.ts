import { validate, type DocumentFormat, type DocumentModel } from '@coproduce/core';
import {
  decisionLogDocumentSchema,
  decisionSchema,
  LIMITS,
  type Decision,
  type DecisionDetails,
  type DecisionLogDocument,
  type OutcomeChange,
  type Status,
  type StatusChange,
} from './schema.js';

/**
 * Every change to the log. Nothing is ever overwritten: a status, an outcome
 * or a correction is added to the decision's history, and a correction keeps
 * the words it replaced.
 */
export type DecisionLogAction =
  | { type: 'record'; decision: Decision }
  /** Decisions added from a spreadsheet. */
  | { type: 'import'; decisions: readonly Decision[] }
  | { type: 'add-change'; id: string; change: StatusChange | OutcomeChange }
  | { type: 'correct'; id: string; details: DecisionDetails; at: string };

export function createDocument(): DecisionLogDocument {
  return { decisions: [] };
}

/** How a log is stored and exported. Bump `version` and add a migration to change its shape. */
export const DECISION_LOG_FORMAT: DocumentFormat<DecisionLogDocument> = {
  format: 'coproduce/decision-log',
  version: 1,
  get schema() {
    return decisionLogDocumentSchema();
  },
};

/**
 * A saved copy of 20,000 decisions as people write them is about 29 MB as
 * downloaded (18 MB without indents; bench/README.md): room for that and more.
 */
export const MAX_LOG_BYTES = 40 * 1024 * 1024;

export const DECISION_LOG_MODEL: DocumentModel<DecisionLogDocument, DecisionLogAction> = {
  format: DECISION_LOG_FORMAT,
  tag: 'decision-log',
  create: createDocument,
  normalise: (doc) => doc,
  apply: applyAction,
  check: checkChange,
};

/** The fields someone wrote, without the id and history. */
export function detailsOf(decision: Decision): DecisionDetails {
  const { id: _id, recordedAt: _recordedAt, history: _history, ...details } = decision;
  return details;
}

export function applyAction(doc: DecisionLogDocument, action: DecisionLogAction): DecisionLogDocument {
  switch (action.type) {
    case 'record':
      return { ...doc, decisions: [...doc.decisions, action.decision] };
    case 'import':
      return { ...doc, decisions: [...doc.decisions, ...action.decisions] };
    case 'add-change':
      return updateDecision(doc, action.id, (decision) => ({
        ...decision,
        history: [...decision.history, action.change],
      }));
    case 'correct':
      return updateDecision(doc, action.id, (decision) => ({
        ...decision,
        ...action.details,
        history: [...decision.history, { type: 'edited', at: action.at, before: detailsOf(decision) }],
      }));
  }
}

/** Only the changed decision is a new object, so a long log is checked by what changed. */
function updateDecision(
  doc: DecisionLogDocument,
  id: string,
  update: (decision: Decision) => Decision,
): DecisionLogDocument {
  const index = doc.decisions.findIndex((decision) => decision.id === id);
  if (index < 0) return doc;
  const decisions = doc.decisions.slice();
  decisions[index] = update(decisions[index]!);
  return { ...doc, decisions };
}

/**
 * Validates a log after one action, given the valid log before it: only the
 * decisions that are new objects are checked, which keeps a change to a log
 * of 10,000 decisions as quick as a change to a log of ten.
 */
export function checkChange(
  next: DecisionLogDocument,
  previous: DecisionLogDocument,
): { success: true } | { success: false; error: unknown } {
  if (next.decisions.length > LIMITS.decisions) {
    return { success: false, error: new Error(`More than ${LIMITS.decisions} decisions`) };
  }
  // Ids in use, gathered only when decisions are added: an update to one decision needs none of them.
  let used: Set<string> | null = null;
  for (let index = 0; index < next.decisions.length; index++) {
    const decision = next.decisions[index]!;
    if (decision === previous.decisions[index]) continue;
    const checked = validate(decisionSchema(), decision);
    if (!checked.success) return checked;
    if (index >= previous.decisions.length) {
      used ??= new Set(previous.decisions.map((each) => each.id));
      if (used.has(decision.id)) return { success: false, error: new Error(`Id ${decision.id} is already used`) };
      used.add(decision.id);
    }
  }
  return { success: true };
}

/** Where a decision stands now: its latest status. */
export function currentStatus(decision: Decision): StatusChange {
  for (let index = decision.history.length - 1; index >= 0; index--) {
    const change = decision.history[index]!;
    if (change.type === 'status') return change;
  }
  // The schema requires a first status; this is for type safety only.
  throw new Error('A decision without a status');
}

/** What actually happened, if it has been recorded: the latest outcome. */
export function latestOutcome(decision: Decision): OutcomeChange | null {
  for (let index = decision.history.length - 1; index >= 0; index--) {
    const change = decision.history[index]!;
    if (change.type === 'outcome') return change;
  }
  return null;
}

export function isDueForReview(decision: Decision, today: string): boolean {
  if (decision.reviewOn === null || decision.reviewOn > today) return false;
  const status: Status = currentStatus(decision).status;
  return status !== 'not-possible';
}

/** The history entries a timeline shows: statuses and outcomes, each on its day. */
export function datedChanges(decision: Decision): (StatusChange | OutcomeChange)[] {
  return decision.history.filter((change): change is StatusChange | OutcomeChange => change.type !== 'edited');
}
