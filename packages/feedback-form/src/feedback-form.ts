import {
  Announcer,
  CoproduceElement,
  elementView,
  inLanguage,
  localStorageAdapter,
  safeUrl,
  SOURCE_MESSAGES,
  SourceLoadController,
  validate,
  type Localised,
} from '@coproduce/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { anyAnswered, EMPTY_DRAFT, maxLengthOf, toSubmission, usualQuestions } from './answers.js';
import { FieldProblems } from './field-problems.js';
import { formState, restoredDraft, type DraftLoad } from './draft.js';
import { DraftKeeper } from './draft-keeper.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import { FormAssociation } from './form-association.js';
import { feedbackFormCatalogues, type FeedbackFormKey } from './i18n/catalogues.js';
import { feedbackFormEasyRead } from './i18n/easy-read.js';
import { renderForm, type FormView } from './render-form.js';
import { renderDone, renderResuming, type StatusView } from './render-status.js';
import {
  parseQuestions,
  questionListSchema,
  type Answer,
  type Draft,
  type Question,
  type Submission,
} from './schema.js';
import { checkAddress, Sending } from './sending.js';

export type {
  FeedbackFormChangeDetail,
  FeedbackQueuedDetail,
  FeedbackSendDetail,
  FeedbackSentDetail,
} from './events.js';

/**
 * A feedback form for a public website. Anonymous by default: a name and a
 * way to reply are asked for only if the person wants a reply, and sent only
 * with their consent. Unsent answers are kept through the project's storage
 * (this browser's, by default). With `action` it POSTs JSON, and a
 * submission that cannot be sent (offline, a server error, no reply) waits
 * in an outbox in the browser and is sent later: at least once, every copy
 * with the same Idempotency-Key (its id), so the server can keep one. Inside a host's
 * `<form>` it is a form control instead.
 *
 * @summary A feedback form that is anonymous by default and never loses a submission.
 * @tagname feedback-form
 *
 * @event {CustomEvent<FeedbackFormChangeDetail>} feedback-form-change - The person changed an answer (as they type, too), or cleared them. `detail: { value }`, the same string as the `value` property. Not sent when the host sets properties.
 * @event {CustomEvent<CoproduceErrorDetail>} feedback-form-error - Something was refused or failed; the answers are kept. `detail: { message, code, cause }`. Codes: `send-refused` (the server refused a submission), `sent-too-soon` (sent within seconds of the form appearing: the person is asked to check and press again), `storage-unavailable` (not sent, and the browser keeps nothing to send later), `invalid-attribute` (`action` or `you-said-we-did-href` is not an http(s) address), `invalid-data` (`questions` not usable), the `src` codes, and `unreadable-storage` (kept answers could not be read).
 * @event {CustomEvent<FeedbackSendDetail>} feedback-send - A submission is about to be sent. Cancelable: a host that calls `preventDefault()` sends `detail.submission` itself (the person is thanked and nothing is posted).
 * @event {CustomEvent<FeedbackSentDetail>} feedback-sent - The server took a submission (on a later try too). `detail: { submissionId }`.
 * @event {CustomEvent<FeedbackQueuedDetail>} feedback-queued - A submission is kept in the browser to send later, once per submission. `detail: { submissionId, reason }`, reason `offline`, `network`, `timeout` or `server`.
 *
 * @csspart base - The element's outer box.
 * @csspart form - The questions and the send button.
 * @csspart error-summary - The list of problems to put right.
 * @csspart done - The thank-you message, or the message that feedback sent before the page closed is still being sent.
 */
export class FeedbackForm extends CoproduceElement<FeedbackFormKey, 'feedback-form'> {
  static override styles = [...CoproduceElement.styles, feedbackFormStyles];
  /** @internal */
  static formAssociated = true;

  /** @internal */
  static override catalogues = feedbackFormCatalogues;

  /** @internal */
  static override easyReadCatalogues = feedbackFormEasyRead;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    action: {},
    src: {},
    youSaidWeDidHref: { attribute: 'you-said-we-did-href' },
    storageKey: { attribute: 'storage-key' },
    noContact: { type: Boolean, attribute: 'no-contact' },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    draft: { state: true, attribute: false },
    hostQuestions: { state: true, attribute: false },
  };

  /** The answers' name in a host form's data, and `form` in each submission. */
  declare name: string | undefined;
  /** Where to POST each submission as JSON. Without it, the form only sends events. */
  declare action: string | undefined;
  /** The address of the questions (JSON: a list, or `{ "questions": [...] }`). */
  declare src: string | undefined;
  /** After sending, a link to where people can see what came of feedback (a "you said, we did" page). */
  declare youSaidWeDidHref: string | undefined;
  /** Where unsent answers are kept. Default: one key per page and form name. */
  declare storageKey: string | undefined;
  /** Leaves out "I'd like a reply": the form is anonymous only. */
  declare noContact: boolean;
  /** In a host form: the form cannot be submitted until these questions are answered. */
  declare required: boolean;
  /** Nothing can be changed or sent. */
  declare disabled: boolean;
  declare private draft: Draft;
  declare private hostQuestions: readonly Question[] | null;

  /**
   * A form sent sooner than `minimumMs` after it appeared is probably not a
   * person's: they are asked to check and press again. Tries are repeated
   * after `retryBaseMs`, doubling up to an hour; a first try waits
   * `timeoutMs` for the server.
   */
  private readonly timing = { minimumMs: 3000, retryBaseMs: 5000, timeoutMs: 10_000 };
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  /** `value` as last worked out, and what it was worked out from: read twice unchanged, it is the same string. */
  private valueMemo: { from: readonly unknown[]; value: string } | null = null;

  private readonly announcer = new Announcer(this);
  private readonly fieldProblems = new FieldProblems({
    problems: this.problems,
    focus: this.refocus,
    read: () => ({ questions: this.questions, draft: this.draft, locale: this.resolvedLocale }),
  });
  private readonly source = new SourceLoadController<Question[], FeedbackFormKey>(this, {
    problems: this.problems,
    messages: SOURCE_MESSAGES,
    parse: parseQuestions,
    apply: (questions) => {
      // A failed or removed `src` keeps the questions already shown.
      if (questions) this.hostQuestions = questions;
    },
  });
  private readonly association = new FormAssociation(this, {
    value: () => this.value,
    state: () => formState(this.draft),
    validity: () => this.hostFormProblem(),
    reset: () => this.resetAnswers(),
    restore: (state) => {
      this.draft = restoredDraft(state) ?? this.draft;
    },
    invalid: () => this.fieldProblems.showAll(false),
    // Sent with the host form: the answers go from the screen and from the state the browser keeps for Back,
    // so neither the back/forward cache nor a restored form shows them to the next person.
    submitted: (event) => this.drafts.formSubmitted(event, () => this.resetAnswers()),
  });
  private readonly drafts = new DraftKeeper(this, {
    place: () => ({ storageKey: this.storageKey, name: this.name, project: this.project }),
    toKeep: () => (this.sending.stage === 'writing' ? this.draft : null),
    loaded: (load) => this.draftLoaded(load),
  });
  private readonly sending = new Sending(this, {
    problems: this.problems,
    focus: this.refocus,
    announcer: this.announcer,
    drafts: this.drafts,
    fieldProblems: this.fieldProblems,
    t: (key) => this.t(key),
    action: () => this.action,
    inForm: () => this.association.form !== null,
    storage: () => this.project?.storage ?? localStorageAdapter,
    timing: () => this.timing,
    draft: () => this.draft,
    submission: (id, startedAt) => this.submission(id, startedAt),
    sending: (submission) => this.emit('feedback-send', { submission }, { cancelable: true }),
    sent: (submissionId) => this.emit('feedback-sent', { submissionId }),
    queued: (submissionId, reason) => this.emit('feedback-queued', { submissionId, reason }),
  });
  private readonly view = this.createView();

  constructor() {
    super('feedback-form');
    this.noContact = false;
    this.required = false;
    this.disabled = false;
    this.draft = EMPTY_DRAFT;
    this.hostQuestions = null;
  }

  /**
   * The questions asked: the host's, or the usual two (in Easy Read, in Easy
   * Read words). Setting questions that are not right keeps the ones before
   * and reports `feedback-form-error` (`invalid-data`).
   */
  get questions(): readonly Question[] {
    return this.hostQuestions ?? usualQuestions(this.inEasyRead);
  }

  set questions(value: unknown) {
    if (value === undefined) return;
    const result = validate(questionListSchema(), value);
    if (!result.success) {
      this.problems.set('questions', { code: 'invalid-data', key: 'error.questions' }, result.error);
      return;
    }
    this.problems.clear('questions');
    this.hostQuestions = result.data;
  }

  /** The host form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.association.form;
  }

  /** What a host form submits under `name`: the submission as JSON, or `''` while nothing is answered (or while disabled). */
  get value(): string {
    const from = () => [
      this.questions,
      this.draft,
      this.disabled,
      this.association.disabled,
      this.name,
      this.resolvedLocale,
      this.sending.id,
    ];
    const now = from();
    if (this.valueMemo?.from.every((input, index) => input === now[index])) return this.valueMemo.value;
    const answered = anyAnswered(this.questions, this.draft) && !this.disabled && !this.association.disabled;
    const value = answered ? JSON.stringify(this.sending.submission()) : '';
    // Read after the submission, which may have just given itself an id.
    this.valueMemo = { from: from(), value };
    return value;
  }

  /** In a host form: true when it may be submitted. */
  checkValidity(): boolean {
    return this.association.checkValidity();
  }

  /** In a host form: like `checkValidity()`, and the browser shows why not. */
  reportValidity(): boolean {
    return this.association.reportValidity();
  }

  // The platform's callbacks for a form-associated element, handed to the form association.
  /** @internal */
  formResetCallback(): void {
    this.association.reset();
  }
  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.association.disabledChanged(disabled);
  }
  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.association.restore(state);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.source.load(this.src);
    if (changed.has('youSaidWeDidHref'))
      checkAddress(this.problems, 'you-said-we-did-href', this.youSaidWeDidHref, 'error.loopHref');
    if (changed.has('action')) this.sending.actionChanged(this.hasUpdated);
  }

  /** What the templates may read and do, and nothing else of the element. */
  private createView(): FormView & StatusView {
    const element = this;
    const parts = { problems: this.problems, focus: this.refocus, announcer: this.announcer };
    return elementView(this, parts, {
      text: <T>(value: Localised<T>) => inLanguage(value, element.resolvedLocale),
      get questions() {
        return element.questions;
      },
      get draft() {
        return element.draft;
      },
      get noContact() {
        return element.noContact;
      },
      get loading() {
        return element.source.loading;
      },
      get inForm() {
        return element.association.form !== null;
      },
      get locked() {
        return element.disabled || element.association.disabled || element.sending.stage === 'sending';
      },
      get sending() {
        return element.sending.stage === 'sending';
      },
      get canKeepAnswers() {
        return element.drafts.canKeep;
      },
      get queued() {
        return element.sending.stage === 'queued';
      },
      get youSaidWeDid() {
        return safeUrl(element.youSaidWeDidHref);
      },
      answer: (questionId: string, value: Answer | undefined) => this.answer(questionId, value),
      setContact: (patch: Partial<Omit<Draft, 'answers'>>) => this.setContact(patch),
      send: (event: Event) => {
        event.preventDefault();
        void this.sending.send();
      },
      clearAnswers: () => this.clearAnswers(),
      again: () => this.again(),
    });
  }

  // ——— Answers and the draft ———

  private answer(questionId: string, value: Answer | undefined): void {
    const answers = { ...this.draft.answers };
    if (value === undefined) delete answers[questionId];
    else answers[questionId] = value;
    this.personChanged({ ...this.draft, answers });
    const question = this.questions.find((each) => each.id === questionId);
    if (question?.type === 'text' && typeof value === 'string') {
      // The count is read out once typing pauses, not at every key (GOV.UK's character count).
      clearTimeout(this.countTimer);
      const left = maxLengthOf(question) - value.length;
      this.countTimer = setTimeout(
        () => this.announcer.say(this.t(left >= 0 ? 'count.left' : 'count.over', { count: Math.abs(left) })),
        1000,
      );
    }
  }

  private setContact(patch: Partial<Omit<Draft, 'answers'>>): void {
    const next = { ...this.draft, ...patch };
    // Unticking "I'd like a reply" forgets who they are: nothing identifying is kept without a reason.
    this.personChanged(next.wantsReply ? next : { ...next, name: '', reply: '', consent: false });
  }

  /** The person changed the answers: kept, messages at fields put right as they are, and the host told. */
  private personChanged(draft: Draft): void {
    this.draft = draft;
    this.sending.changed();
    this.fieldProblems.follow();
    this.drafts.changed();
    this.emit('feedback-form-change', { value: this.value });
  }

  private draftLoaded(load: DraftLoad): void {
    if ('unreadable' in load) {
      this.problems.set('draft', { code: 'unreadable-storage', key: 'error.draftUnreadable' }, load.cause);
      return;
    }
    if (!load.draft) return;
    const { sendingId, ...draft } = load.draft;
    this.draft = draft;
    if (sendingId && !this.association.form) void this.sending.resume(sendingId);
  }

  /** Empty again, and nothing kept: the host form's reset, or "Clear my answers". */
  private resetAnswers(): void {
    this.draft = EMPTY_DRAFT;
    this.sending.forget();
    this.fieldProblems.clear();
    this.drafts.clear();
  }

  private clearAnswers(): void {
    this.resetAnswers();
    this.announcer.say(this.t('announce.cleared'));
    this.emit('feedback-form-change', { value: this.value });
  }

  /** In a host form: the first problem, when `required` or anything is answered. */
  private hostFormProblem(): { message: string; fieldId: string } | null {
    const problem = this.required || this.value ? this.fieldProblems.all()[0] : undefined;
    return problem ? { message: this.t(problem.key, problem.params), fieldId: problem.focus } : null;
  }

  /** The answers as a submission: what is sent, and the host form's value. */
  private submission(id: string, startedAt: number): Submission {
    return toSubmission(this.questions, this.draft, {
      id,
      form: this.name ?? null,
      locale: this.resolvedLocale,
      createdAt: new Date().toISOString(),
      checks: {
        hiddenFieldFilled: !!this.renderRoot.querySelector<HTMLInputElement>('#website')?.value,
        secondsToComplete: Math.round((Date.now() - startedAt) / 1000),
      },
    });
  }

  /** "Give more feedback", after thanks: an empty form. */
  private again(): void {
    this.sending.again();
    this.draft = EMPTY_DRAFT;
    this.fieldProblems.clear();
    this.refocus.after('#title');
    this.emit('feedback-form-change', { value: this.value });
  }

  protected override render() {
    const { view } = this;
    const { stage } = this.sending;
    const content =
      stage === 'sent' || stage === 'queued'
        ? renderDone(view)
        : stage === 'resuming'
          ? renderResuming(view)
          : renderForm(view);
    return html`<div class="root" part="base" lang=${this.resolvedLocale}>
      ${this.problems.render()} ${this.announcer.render()} ${content}
    </div>`;
  }
}
