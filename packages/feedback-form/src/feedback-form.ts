import { errorSummary, inLanguage, InteractiveElement, safeUrl, validate, type Locale, type Localised } from '@coproduce/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { anyAnswered, defaultQuestions, EMPTY_DRAFT, maxLengthOf, messagesByField, problemsIn, submissionId, toSubmission, type FieldProblem } from './answers.js';
import { DraftKeeper } from './draft-keeper.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import { reportToHostForm, restoredDraft } from './form-state.js';
import { feedbackFormCatalogues, type FeedbackFormKey } from './i18n/catalogues.js';
import { feedbackFormEasyRead } from './i18n/easy-read.js';
import { renderForm, type FormView } from './render-form.js';
import { renderDone, renderResuming } from './render-status.js';
import { parseQuestions, questionListSchema, type Answer, type Draft, type Question, type Submission } from './schema.js';
import { OutboxSender, type Outcome } from './sender.js';

export type { FeedbackQueuedDetail, FeedbackSentDetail, FeedbackSubmitDetail } from './events.js';

/**
 * Where the person is: writing, sending, done, or done with the feedback kept
 * to send later; or back on a page closed mid-send, waiting to hear of it.
 */
type Stage = 'writing' | 'sending' | 'resuming' | 'sent' | 'queued';

/** Every language's Easy Read strings over its plain ones, for the usual questions' words. */
function easyReadOverPlain() {
  const plain = FeedbackForm.catalogues;
  const easy = FeedbackForm.easyReadCatalogues;
  return { en: { ...plain.en, ...easy.en }, cy: { ...plain.cy, ...easy.cy } };
}

/** A form filled in faster than this is probably not a person: they are asked to check and send again. */
const MINIMUM_MS = 3000;
/** How long to wait for the server before keeping the feedback to send later. */
const TIMEOUT_MS = 10_000;

/**
 * A feedback form for a public website. Anonymous by default: a name and a
 * way to reply are asked for only if the person wants a reply, and sent only
 * with their consent. Unsent answers are kept in the browser. With `action`
 * it POSTs JSON, and a submission that cannot be sent (offline, a server
 * error, no reply) waits in an outbox in the browser and is sent later, once.
 * Inside a host's `<form>` it is a form control instead.
 *
 * @summary A feedback form that is anonymous by default and never loses a submission.
 * @tagname feedback-form
 *
 * @event feedback-submit - About to send. Cancelable: a host that calls `preventDefault()` sends `detail.submission` itself.
 * @event feedback-sent - A submission reached the server. `detail: { id }`.
 * @event feedback-queued - A submission is kept in the browser to send later. `detail: { id, reason }`, reason `offline`, `network`, `timeout` or `server`.
 * @event feedback-error - The server refused a submission; one could not be sent where the browser keeps nothing (`storage-unavailable`); `action` or `you-said-we-did-href` is not an http(s) address (`invalid-attribute`); the questions or `src` could not be used; or the saved answers could not be read. `detail: { message, cause, code }`.
 *
 * @csspart base - The element's outer box.
 * @csspart form - The questions and the send button.
 * @csspart error-summary - The list of problems to put right.
 * @csspart done - The thank-you message, or the message that feedback sent before the page closed is still being sent.
 *
 * @cssproperty --coproduce-color-background - Background. Default #ffffff (dark: #1b1b1f).
 * @cssproperty --coproduce-color-surface - Panels. Default #f3f2f1.
 * @cssproperty --coproduce-color-text - Text. Default #0b0c0c.
 * @cssproperty --coproduce-color-text-secondary - Hints. Default #484949.
 * @cssproperty --coproduce-color-border - Borders of fields. Default #6f777b.
 * @cssproperty --coproduce-color-accent - Buttons and links. Default #1d70b8.
 * @cssproperty --coproduce-color-on-accent - Text on the accent colour. Default #ffffff.
 * @cssproperty --coproduce-color-focus - Focus outline. Default #0b0c0c.
 * @cssproperty --coproduce-color-focus-halo - Glow around the focus outline. Default #ffdd00.
 * @cssproperty --coproduce-color-error - Problems and field errors. Default #b3261e.
 * @cssproperty --coproduce-color-success - The thank-you panel. Default #00703c.
 * @cssproperty --coproduce-font-family - Font. Default: the device's interface font.
 * @cssproperty --coproduce-font-size - Base text size. Default `medium`: the reader's own browser setting.
 * @cssproperty --coproduce-radius - Corner rounding. Default 0.25em.
 * @cssproperty --coproduce-space - Padding around the element. Default 1em.
 */
export class FeedbackForm extends InteractiveElement<FeedbackFormKey> implements FormView {
  static override styles = [...InteractiveElement.styles, feedbackFormStyles];
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
    /** @internal */ draft: { state: true, attribute: false },
    /** @internal */ hostQuestions: { state: true, attribute: false },
    /** @internal */ fieldMessages: { state: true, attribute: false },
    /** @internal */ stage: { state: true, attribute: false },
    /** @internal */ formDisabled: { state: true, attribute: false },
  };

  /** The answers' name in a host form's data, and `form` in each submission. */
  declare name: string | undefined;
  /** Where to POST each submission as JSON. Without it, the form only sends events. */
  declare action: string | undefined;
  /** The address of the questions (JSON: a list, or `{ "questions": [...] }`). */
  declare src: string | undefined;
  /** After sending, a link to where people can see what came of feedback (a "you said, we did" page). */
  declare youSaidWeDidHref: string | undefined;
  /** Where unsent answers are kept in this browser. Default: one key per page and form name. */
  declare storageKey: string | undefined;
  /** Leaves out "I'd like a reply": the form is anonymous only. */
  declare noContact: boolean;
  /** In a host form: the form cannot be submitted until these questions are answered. */
  declare required: boolean;
  /** In a host form: nothing can be changed or sent. */
  declare disabled: boolean;
  /** @internal */
  declare draft: Draft;
  /** @internal */
  declare hostQuestions: readonly Question[] | null;
  /** @internal */
  declare fieldMessages: ReadonlyMap<string, string>;
  /** @internal */
  declare stage: Stage;
  /** @internal */
  declare formDisabled: boolean;

  /** Milliseconds before a try is repeated; it doubles each time, up to an hour. @internal */
  retryBaseMs = 5000;
  /** @internal */
  minimumMs = MINIMUM_MS;
  /** @internal */
  timeoutMs = TIMEOUT_MS;

  private readonly internals: ElementInternals;
  private startedAt = Date.now();
  private readonly drafts = new DraftKeeper(this);
  private readonly sender = new OutboxSender(this);
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private defaults: Question[] | null = null;
  private easyReadDefaults: Question[] | null = null;
  /** The id of the submission being written: one per submission, so a server can spot a repeat. */
  private pendingId: string | null = null;
  private triedTooFast = false;
  /** The id of a submission tried but not kept: changed, it becomes a new one. */
  private triedId: string | null = null;

  constructor() {
    super('feedback');
    this.noContact = false;
    this.required = false;
    this.disabled = false;
    this.draft = EMPTY_DRAFT;
    this.hostQuestions = null;
    this.fieldMessages = new Map();
    this.stage = 'writing';
    this.formDisabled = false;
    this.internals = this.attachInternals();
  }

  /** The questions asked: the host's (validated), or the usual two (in Easy Read, in Easy Read words). */
  get questions(): readonly Question[] {
    if (this.hostQuestions) return this.hostQuestions;
    if (this.inEasyRead) return (this.easyReadDefaults ??= defaultQuestions(easyReadOverPlain()));
    return (this.defaults ??= defaultQuestions(FeedbackForm.catalogues));
  }

  set questions(value: unknown) {
    if (value === undefined) return;
    const result = validate(questionListSchema(), value);
    if (!result.success) {
      this.setProblem('questions', { code: 'invalid-data', key: 'error.questions' }, result.error);
      return;
    }
    this.clearProblem('questions');
    this.hostQuestions = result.data;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** What a host form submits under `name`: the submission as JSON, or '' while nothing is answered. */
  get value(): string {
    return this.formValue();
  }

  /** @internal */
  get inForm(): boolean {
    return this.internals.form !== null;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.showProblems);
    this.loadDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.showProblems);
    clearTimeout(this.countTimer);
  }

  // ——— Form association ———

  /** @internal */
  formResetCallback(): void {
    this.draft = EMPTY_DRAFT;
    this.pendingId = null;
    this.fieldMessages = new Map();
    this.drafts.clear();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.draft = restoredDraft(state) ?? this.draft;
  }

  private formValue(): string {
    return anyAnswered(this.questions, this.draft) && !this.disabled && !this.formDisabled ? JSON.stringify(this.submission()) : '';
  }

  private updateFormState(): void {
    const value = this.formValue();
    const problems = this.required || value ? this.currentProblems() : [];
    reportToHostForm(this.internals, this.renderRoot, { value, draft: this.draft, problems, message: (problem) => this.message(problem) });
  }

  private readonly showProblems = () => this.listProblems(false);

  // ——— Answers and the draft ———

  /** @internal */
  text<T>(value: Localised<T>): { value: T; lang: Locale | null } {
    return inLanguage(value, this.resolvedLocale);
  }

  /** @internal */
  answer(questionId: string, value: Answer | undefined): void {
    const answers = { ...this.draft.answers };
    if (value === undefined) delete answers[questionId];
    else answers[questionId] = value;
    this.draftChanged({ ...this.draft, answers });
    const question = this.questions.find((each) => each.id === questionId);
    if (question?.type === 'text' && typeof value === 'string') {
      // The count is read out once typing pauses, not at every key (GOV.UK's character count).
      clearTimeout(this.countTimer);
      const left = maxLengthOf(question) - value.length;
      this.countTimer = setTimeout(() => this.announce(this.t(left >= 0 ? 'count.left' : 'count.over', { count: Math.abs(left) })), 1000);
    }
  }

  /** @internal */
  setContact(patch: Partial<Omit<Draft, 'answers'>>): void {
    const next = { ...this.draft, ...patch };
    // Unticking "I'd like a reply" forgets who they are: nothing identifying is kept without a reason.
    this.draftChanged(next.wantsReply ? next : { ...next, name: '', reply: '', consent: false });
  }

  private draftChanged(draft: Draft): void {
    this.draft = draft;
    this.triedTooFast = false;
    if (this.pendingId && this.pendingId === this.triedId) this.pendingId = null;
    if (this.fieldMessages.size) this.fieldMessages = this.messagesFor(this.currentProblems(), new Set(this.fieldMessages.keys()));
    this.drafts.changed();
  }

  /** @internal */
  draftToKeep(): Draft | null {
    return this.stage === 'writing' ? this.draft : null;
  }

  private loadDraft(): void {
    const loaded = this.drafts.load();
    if ('unreadable' in loaded) {
      this.setProblem('draft', { code: 'unreadable-storage', key: 'error.draftUnreadable' }, loaded.cause);
      return;
    }
    if (!loaded.draft) return;
    const { sendingId, ...draft } = loaded.draft;
    this.draft = draft;
    if (sendingId && !this.inForm) void this.resume(sendingId);
  }

  /** Closed or reloaded mid-send: the outbox has it, so it is never offered to send again, only followed. */
  private async resume(id: string): Promise<void> {
    this.stage = 'resuming';
    this.pendingId = id;
    this.settled(await this.sender.resume(id), null, false);
  }

  // ——— Problems ———

  private currentProblems() {
    return problemsIn(this.questions, this.draft, (question) => this.text(question.label).value);
  }

  private message(problem: FieldProblem): string {
    return this.t(problem.key as FeedbackFormKey, problem.params);
  }

  private messagesFor(problems: readonly FieldProblem[], only?: ReadonlySet<string>): Map<string, string> {
    return messagesByField(problems, (problem) => this.message(problem), only);
  }

  /** Shows every problem at its field and in the summary, which takes focus. True if there were none. */
  private listProblems(focus = true): boolean {
    const problems = this.currentProblems();
    this.fieldMessages = this.messagesFor(problems);
    if (problems.length && focus) this.focusAfterRender('#error-summary');
    return problems.length === 0;
  }

  // ——— Sending ———

  private submission(): Submission {
    return toSubmission(this.questions, this.draft, {
      id: (this.pendingId ??= submissionId()),
      form: this.name ?? null,
      locale: this.resolvedLocale,
      createdAt: new Date().toISOString(),
      checks: {
        hiddenFieldFilled: !!this.renderRoot.querySelector<HTMLInputElement>('#website')?.value,
        secondsToComplete: Math.round((Date.now() - this.startedAt) / 1000),
      },
    });
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.stage === 'sending' || this.inForm) return;
    if (!this.listProblems()) return;
    if (Date.now() - this.startedAt < this.minimumMs && !this.triedTooFast) {
      this.triedTooFast = true;
      this.setProblem('fast', { code: 'invalid-data', key: 'error.tooFast' }, new Error('Sent within seconds of the form appearing'));
      this.focusAfterRender('#problems');
      return;
    }
    if (this.action && !safeUrl(this.action)) {
      this.checkAddress('action', this.action, 'error.action');
      this.focusAfterRender('#problems');
      return;
    }
    this.clearProblem('fast');
    this.clearProblem('refused');
    this.clearProblem('unkept');
    const submission = this.submission();
    if (!this.emit('feedback-submit', { submission: structuredClone(submission) }, { cancelable: true }) || !this.action) {
      this.finish('sent');
      return;
    }
    this.stage = 'sending';
    this.drafts.keepSending(this.draft, submission.id);
    const { outcome, cause } = await this.sender.send(submission, this.action);
    this.settled(outcome, cause, true);
  }

  /** Where the person goes once a send is settled. `pressed`: they pressed Send just now, so focus follows; otherwise it is announced. */
  private settled(outcome: Outcome, cause: unknown, pressed: boolean): void {
    // The page is going: the draft keeps the id, so the next page (or this one, back from the cache) follows it.
    if (outcome === 'interrupted') return void this.resume(this.pendingId!);
    if (outcome !== 'refused' && outcome !== 'unkept') return this.finish(outcome === 'queued' ? 'queued' : 'sent', pressed);
    this.stage = 'writing';
    if (outcome === 'unkept') {
      // Sent again unchanged, it keeps its id, so a server that did get it can ignore the repeat.
      this.triedId = this.pendingId;
      this.setProblem('unkept', { code: 'storage-unavailable', key: 'error.notKept' }, cause);
      this.focusAfterRender('#problems');
    }
    // Kept again as answers to finish, no longer as feedback being sent.
    this.drafts.saveNow();
  }

  /** @internal */
  awaiting(id: string): boolean {
    return (this.stage === 'sending' || this.stage === 'resuming') && this.pendingId === id;
  }

  /** @internal */
  refused(_id: string, _status: number, personHere: boolean, cause: unknown): void {
    const key = personHere ? 'error.refused' : 'error.queuedRefused';
    // The status code is for the host, in the event's cause; people see plain words.
    this.setProblem('refused', { code: 'invalid-data', key }, cause);
    if (!personHere) return;
    // Changed and sent again, it is a new submission.
    this.pendingId = null;
    this.focusAfterRender('#problems');
  }

  private finish(stage: 'sent' | 'queued', pressed = true): void {
    this.stage = stage;
    this.pendingId = null;
    this.drafts.clear();
    if (pressed) this.focusAfterRender('#done-heading');
    else this.announce(this.t(stage === 'sent' ? 'sent.body' : 'queued.heading'));
  }

  private again(): void {
    this.stage = 'writing';
    this.draft = EMPTY_DRAFT;
    this.fieldMessages = new Map();
    this.startedAt = Date.now();
    this.focusAfterRender('#title');
  }

  private clearAnswers(): void {
    this.formResetCallback();
    this.announce(this.t('announce.cleared'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      void this.loadSource(this.src, parseQuestions, (questions) => {
        if (questions) this.hostQuestions = questions;
      });
    }
    if (changed.has('youSaidWeDidHref')) this.checkAddress('you-said-we-did-href', this.youSaidWeDidHref, 'error.loopHref');
    if (changed.has('action')) {
      this.checkAddress('action', this.action, 'error.action');
      if (this.hasUpdated) void this.sender.flush(true);
    }
  }

  /** An address attribute must be http(s) or relative: anything else (`javascript:`…) is reported, never linked to or posted to. */
  private checkAddress(attribute: string, value: string | undefined, key: FeedbackFormKey): void {
    if (!value || safeUrl(value)) this.clearProblem(attribute);
    else this.setProblem(attribute, { code: 'invalid-attribute', key }, new Error(`Not an http(s) address: ${value}`));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.inForm) this.updateFormState();
  }

  // ——— Rendering ———

  private renderSummary() {
    const items = this.currentProblems()
      .filter((problem) => this.fieldMessages.has(problem.field))
      .map((problem) => ({ target: problem.focus, message: this.fieldMessages.get(problem.field)! }));
    return errorSummary(this, items, this.renderRoot);
  }

  protected override render() {
    const root = (content: unknown) => html`<div class="root" part="base" lang=${this.resolvedLocale}>
      ${this.renderProblems()} ${this.renderAnnouncer()} ${content}
    </div>`;
    if (this.stage === 'sent' || this.stage === 'queued') {
      return root(renderDone(this, { queued: this.stage === 'queued', href: safeUrl(this.youSaidWeDidHref), again: () => this.again() }));
    }
    if (this.stage === 'resuming') return root(renderResuming(this));
    return root(
      renderForm(this, {
        locked: this.disabled || this.formDisabled || this.stage === 'sending',
        sending: this.stage === 'sending',
        summary: this.renderSummary(),
        send: (event) => this.send(event),
        clear: () => this.clearAnswers(),
      }),
    );
  }
}
