// Documents as the elements seed them, small enough to read.
export const MARK_SCORER = 'coproduce/mark-scorer';
export const VALUES_AGREEMENT = 'coproduce/values-agreement';
export const DECISION_LOG = 'coproduce/decision-log';

/** A mark of the process stage as <mark-scorer> seeds it, nothing scored (`extra` changes it). */
export function mark(id, extra = {}) {
  return {
    id,
    stage: 'process',
    preset: true,
    hidden: false,
    notes: '',
    ladders: [],
    snakes: [],
    agreed: null,
    individual: {},
    revealed: false,
    answered: [],
    ...extra,
  };
}

export function markScorerData() {
  return {
    marks: [mark('listening'), mark('own-1', { preset: false, name: 'Meeting somewhere easy to reach' })],
    ideas: [],
    rounds: [],
    participants: ['Sam', 'Ali'],
    absent: [],
  };
}

export function valuesAgreementData({ privateAnswers = true } = {}) {
  return {
    version: 1,
    participants: ['Sam', 'Ali'],
    absent: [],
    items: [{ id: 'kindness', kind: 'value', text: 'Be kind', meaning: '', responses: {} }],
    history: [],
    reviewDate: null,
    privateAnswers,
    revealed: false,
  };
}

export function decisionLogData() {
  return { decisions: [] };
}
