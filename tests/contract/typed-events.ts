/**
 * A host's TypeScript, checked by `npm run typecheck` (never run): every
 * element's events are typed wherever a host listens for them, on the element
 * or on the document, with no cast. Each `@ts-expect-error` is a promise that
 * a mistake is caught: if the types loosen (an event typed as a plain `Event`,
 * a detail as `any`), the line stops being an error and the typecheck fails.
 */
import type {
  CoproduceErrorCode,
  DecisionLog,
  FeedbackForm,
  IcebreakerPicker,
  MarkScorer,
  TurnEndReason,
  ValuesAgreement,
} from 'coproduce';

/** The tags are typed: `querySelector` and `createElement` give the element's own class. */
export function tagsAreTyped(): [MarkScorer, ValuesAgreement, DecisionLog, IcebreakerPicker, FeedbackForm] {
  const scorer: MarkScorer = document.createElement('mark-scorer');
  const agreement: ValuesAgreement = document.createElement('values-agreement');
  const log = document.querySelector('decision-log');
  const picker = document.querySelector('icebreaker-picker');
  const form = document.createElement('feedback-form');
  // @ts-expect-error: a <decision-log> is not a <mark-scorer>.
  const wrong: MarkScorer | null = log;
  void wrong;
  return [scorer, agreement, log!, picker!, form];
}

export function markScorerEvents(scorer: MarkScorer): void {
  scorer.addEventListener('mark-scored', (event) => {
    const markId: string = event.detail.markId;
    const score: number | 'pass' | null = event.detail.score;
    const sealed: boolean = event.detail.sealed;
    const participant: string | null = event.detail.participant;
    // @ts-expect-error: a score may be 'pass' or null, so it is not always a number.
    const always: number = event.detail.score;
    void [markId, score, sealed, participant, always];
  });
  document.addEventListener('mark-scorer-change', (event) => void event.detail.data.marks.length);
  scorer.addEventListener('mark-scorer-error', (event) => {
    const code: CoproduceErrorCode = event.detail.code;
    // @ts-expect-error: codes are a closed list.
    const unknown: typeof code = 'not-a-code';
    void [event.detail.message, unknown];
  });
}

export function valuesAgreementEvents(agreement: ValuesAgreement): void {
  agreement.addEventListener('agreement-answered', (event) => {
    const { itemId, participant, response, note, sealed } = event.detail;
    // @ts-expect-error: an answer is one of four words, or null while sealed.
    const answer: 'maybe' = response;
    void [itemId, participant, note, sealed, answer];
  });
  document.addEventListener('agreement-reached', (event) => {
    const present: string[] = event.detail.present;
    const version: number = event.detail.version;
    void [present, version, event.detail.absent];
  });
  agreement.addEventListener('values-agreement-change', (event) => void event.detail.data.items.length);
  agreement.addEventListener('values-agreement-error', (event) => void event.detail.code);
}

export function decisionLogEvents(log: DecisionLog): void {
  log.addEventListener('decisions-recorded', (event) => void event.detail.decisions.map((decision) => decision.id));
  document.addEventListener('decision-updated', (event) => {
    const id: string = event.detail.decisionId;
    void [id, event.detail.change];
    // @ts-expect-error: the detail has no `decision`: it names the decision by id.
    void event.detail.decision;
  });
  log.addEventListener('decision-log-change', (event) => void event.detail.data.decisions.length);
  log.addEventListener('decision-log-error', (event) => void event.detail.message);
}

export function icebreakerPickerEvents(picker: IcebreakerPicker): void {
  picker.addEventListener('icebreaker-picked', (event) => {
    const seed: string | null = event.detail.seed;
    void [seed, event.detail.icebreaker.id];
  });
  picker.addEventListener('icebreaker-picker-change', (event) => void event.detail.meeting);
  document.addEventListener('icebreaker-turn-started', (event) => {
    const turn: number = event.detail.turnIndex;
    const seconds: number = event.detail.seconds;
    void [turn, seconds];
  });
  picker.addEventListener('icebreaker-turn-ended', (event) => {
    const reason: TurnEndReason = event.detail.reason;
    // @ts-expect-error: time running out ends no turn, so 'time-up' is not a reason.
    const timeUp: TurnEndReason = 'time-up';
    void [reason, timeUp];
  });
  picker.addEventListener('icebreaker-picker-error', (event) => void event.detail.code);
}

export function feedbackFormEvents(form: FeedbackForm): void {
  form.addEventListener('feedback-send', (event) => {
    // feedback-send can be cancelled: a host may send the submission its own way.
    event.preventDefault();
    void event.detail.submission;
  });
  document.addEventListener('feedback-sent', (event) => {
    const id: string = event.detail.submissionId;
    void id;
  });
  form.addEventListener('feedback-queued', (event) => void [event.detail.submissionId, event.detail.reason]);
  form.addEventListener('feedback-form-change', (event) => {
    const value: string = event.detail.value;
    void value;
  });
  form.addEventListener('feedback-form-error', (event) => void event.detail.code);
}

/** The old names are gone: a host still listening for one is told so by TypeScript. */
export function oldNamesAreGone(scorer: MarkScorer): void {
  scorer.addEventListener('mark-score', (event) => {
    // @ts-expect-error: 'mark-score' is now 'mark-scored'; an unknown name gives a plain Event, with no detail.
    void event.detail;
  });
  document.addEventListener('feedback-submit', (event) => {
    // @ts-expect-error: 'feedback-submit' is now 'feedback-send'.
    void event.detail;
  });
}
