import type { CoproduceErrorDetail } from '@coproduce/core';
import type { Change, Decision, DecisionLogDocument } from './schema.js';

export interface DecisionsRecordedDetail {
  /** The decisions recorded by one action: one from the form, every row of a spreadsheet. */
  decisions: Decision[];
}

export interface DecisionUpdatedDetail {
  decisionId: string;
  /** What was added to the decision's history: a status, an outcome, or a correction (with the words it replaced). */
  change: Change;
}

export interface DecisionLogChangeDetail {
  data: DecisionLogDocument;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'decisions-recorded': CustomEvent<DecisionsRecordedDetail>;
    'decision-updated': CustomEvent<DecisionUpdatedDetail>;
    'decision-log-change': CustomEvent<DecisionLogChangeDetail>;
    'decision-log-error': CustomEvent<CoproduceErrorDetail>;
  }
}
